import { isLocale, type Locale } from './i18n/locales';

// The site's URLs and the links to them, apart from the route table: the
// content loader links mentions with these, and must not import the route
// table, which imports the loader's types.

type Params = Readonly<Record<string, string>>;

/**
 * Every kind of URL of the site, named as in the route table (lib/routes.ts),
 * in Next's syntax: the folder of its route under `app/`.
 */
export const patterns = {
  home: '/[locale]',
  homePage: '/[locale]/page/[n]',
  article: '/[locale]/articles/[slug]',
  parallel: '/[locale]/articles/[slug]/parallel',
  articleImage: '/[locale]/articles/[slug]/preview.png',
  tags: '/[locale]/tags',
  tag: '/[locale]/tags/[tag]',
  tagPage: '/[locale]/tags/[tag]/page/[n]',
  archive: '/[locale]/archive',
  archiveMonth: '/[locale]/archive/[year]/[month]',
  archiveMonthPage: '/[locale]/archive/[year]/[month]/page/[n]',
  feed: '/[locale]/feed.xml',
  tagFeed: '/[locale]/tags/[tag]/feed.xml',
  search: '/[locale]/search',
  notFound: '/[locale]/404',
  saved: '/[locale]/saved',
  offline: '/[locale]/offline',
  serviceWorker: '/sw.js',
  sitemap: '/sitemap.xml',
  sitemapFile: '/sitemaps/[file]',
  robots: '/robots.txt',
  icon: '/icon.svg',
  script: '/scripts/[file]',
  languageChoice: '/',
} as const;

/** The URL of a route's page: the pattern with its params filled in. */
export function fill(pattern: string, params: Params): string {
  return pattern.replace(/\[(\w+)\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${pattern}: no value for [${name}]`);
    return value;
  });
}

/** URL builders for links: one per route, so that no page writes a URL by hand. */
export const paths = {
  home: (locale: Locale) => fill(patterns.home, { locale }),
  article: (locale: Locale, slug: string) => fill(patterns.article, { locale, slug }),
  parallel: (locale: Locale, slug: string) => fill(patterns.parallel, { locale, slug }),
  articleImage: (locale: Locale, slug: string) => fill(patterns.articleImage, { locale, slug }),
  tags: (locale: Locale) => fill(patterns.tags, { locale }),
  tag: (locale: Locale, tag: string) => fill(patterns.tag, { locale, tag }),
  /** Page `n` of a list whose first page is at `first`: the list's own URL for 1, `…/page/n` after. */
  listPage: (first: string, n: number) => (n === 1 ? first : `${first}/page/${n}`),
  archive: (locale: Locale) => fill(patterns.archive, { locale }),
  /** `month` is `YYYY-MM`. */
  archiveMonth: (locale: Locale, month: string) =>
    fill(patterns.archiveMonth, { locale, year: month.slice(0, 4), month: month.slice(5, 7) }),
  feed: (locale: Locale) => fill(patterns.feed, { locale }),
  tagFeed: (locale: Locale, tag: string) => fill(patterns.tagFeed, { locale, tag }),
  search: (locale: Locale, query?: string) => {
    const path = fill(patterns.search, { locale });
    return query ? `${path}?${new URLSearchParams({ q: query })}` : path;
  },
  notFound: (locale: Locale) => fill(patterns.notFound, { locale }),
  saved: (locale: Locale) => fill(patterns.saved, { locale }),
  offline: (locale: Locale) => fill(patterns.offline, { locale }),
  sitemap: () => patterns.sitemap,
  sitemapFile: (n: number) => fill(patterns.sitemapFile, { file: `${n}.xml` }),
};

/** The locale a URL is in, from its first segment. */
export function localeOfPath(pathname: string): Locale | undefined {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : undefined;
}
