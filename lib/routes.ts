import type { ContentLibrary } from './content/library';
import { isLocale, locales, type Locale } from './i18n/locales';

/**
 * The route table: every kind of URL the site serves, each named by its folder
 * under `app/` (Next's pattern), with the pages it has for a given library.
 * Everything that needs the set of URLs derives it from here: the routes'
 * static params, the list the proxy lets through, the sitemap, the check that
 * the build prerendered exactly these, and the tests.
 */

type Params = Readonly<Record<string, string>>;

/** One page of a route, in every locale: its params without the locale. */
export interface RoutePage {
  readonly params: Params;
  /**
   * Locales with a real version of the page. It is served in every locale
   * (a piece missing in one shows the other's text), but only these are
   * canonical, listed in the sitemap and announced as alternates.
   */
  readonly translations: readonly Locale[];
  readonly lastModified?: string;
}

export interface Route {
  /** The route's folder under `app/`, as Next names it; its URLs are this with the params filled in. */
  readonly pattern: string;
  /**
   * page: an HTML page readers reach by links; feed, image, file: other resources;
   * error: the 404 page, served only through the proxy's rewrite;
   * search: rendered per request, for any query.
   */
  readonly kind: 'page' | 'feed' | 'image' | 'file' | 'error' | 'search';
  /** Written by `next build`; false for what Next makes on first request (preview images, search). */
  readonly prerendered: boolean;
  readonly inSitemap: boolean;
  /** Its pages; a route without `[locale]` has a single page. */
  pages(library: ContentLibrary): readonly RoutePage[];
}

const everywhere = (params: Params = {}, lastModified?: string): RoutePage => ({
  params,
  translations: locales,
  ...(lastModified ? { lastModified } : {}),
});
const once = () => [everywhere()];
const usedTags = (library: ContentLibrary) => library.usedTags().map((tag) => everywhere({ tag: tag.slug }));

export const routes = {
  home: {
    pattern: '/[locale]',
    kind: 'page',
    prerendered: true,
    inSitemap: true,
    pages: (library) => [everywhere({}, library.pieces[0]?.date)],
  },
  article: {
    pattern: '/[locale]/articles/[slug]',
    kind: 'page',
    prerendered: true,
    inSitemap: true,
    pages: (library) => library.pieces.map((p) => ({ params: { slug: p.slug }, translations: p.locales, lastModified: p.date })),
  },
  parallel: {
    pattern: '/[locale]/articles/[slug]/parallel',
    kind: 'page',
    prerendered: true,
    inSitemap: true,
    pages: (library) => library.bilingual().map((p) => everywhere({ slug: p.slug }, p.date)),
  },
  articleImage: {
    pattern: '/[locale]/articles/[slug]/opengraph-image',
    kind: 'image',
    prerendered: false,
    inSitemap: false,
    pages: (library) => library.pieces.map((p) => everywhere({ slug: p.slug })),
  },
  tags: { pattern: '/[locale]/tags', kind: 'page', prerendered: true, inSitemap: true, pages: once },
  tag: { pattern: '/[locale]/tags/[tag]', kind: 'page', prerendered: true, inSitemap: true, pages: usedTags },
  feed: { pattern: '/[locale]/feed.xml', kind: 'feed', prerendered: true, inSitemap: false, pages: once },
  tagFeed: { pattern: '/[locale]/tags/[tag]/feed.xml', kind: 'feed', prerendered: true, inSitemap: false, pages: usedTags },
  search: { pattern: '/[locale]/search', kind: 'search', prerendered: false, inSitemap: false, pages: once },
  notFound: { pattern: '/[locale]/404', kind: 'error', prerendered: true, inSitemap: false, pages: once },
  sitemap: { pattern: '/sitemap.xml', kind: 'file', prerendered: true, inSitemap: false, pages: once },
  robots: { pattern: '/robots.txt', kind: 'file', prerendered: true, inSitemap: false, pages: once },
  icon: { pattern: '/icon.svg', kind: 'file', prerendered: true, inSitemap: false, pages: once },
} as const satisfies Record<string, Route>;

export type RouteName = keyof typeof routes;

/** The URL of a route's page: the pattern with its params filled in. */
export function fill(pattern: string, params: Params): string {
  return pattern.replace(/\[(\w+)\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${pattern}: no value for [${name}]`);
    return value;
  });
}

const localized = (route: Route) => route.pattern.includes('[locale]');

/** Every URL of a route: each page in every locale. */
export function routeUrls(route: Route, library: ContentLibrary): string[] {
  return route.pages(library).flatMap((page) =>
    localized(route) ? locales.map((locale) => fill(route.pattern, { ...page.params, locale })) : [fill(route.pattern, page.params)],
  );
}

/** The URLs of every route that passes `filter`. */
export function siteUrls(library: ContentLibrary, filter: (route: Route) => boolean = () => true): string[] {
  return Object.values<Route>(routes)
    .filter(filter)
    .flatMap((route) => routeUrls(route, library));
}

/**
 * `generateStaticParams` of a route's own file. Next passes a page the params
 * its layouts generated (the locale) and wants only its own segments back; a
 * route handler inherits nothing and gets them all.
 */
export function staticParams(route: Route, library: ContentLibrary, parent: Params = {}): Record<string, string>[] {
  const all = route.pages(library).flatMap((page) =>
    localized(route) ? locales.map((locale) => ({ ...page.params, locale })) : [{ ...page.params }],
  );
  const inherited = Object.keys(parent);
  return all
    .filter((params: Record<string, string>) => inherited.every((key) => params[key] === parent[key]))
    .map((params) => Object.fromEntries(Object.entries(params).filter(([key]) => !inherited.includes(key))));
}

/** URL builders for links: one per route, so that no page writes a URL by hand. */
export const paths = {
  home: (locale: Locale) => fill(routes.home.pattern, { locale }),
  article: (locale: Locale, slug: string) => fill(routes.article.pattern, { locale, slug }),
  parallel: (locale: Locale, slug: string) => fill(routes.parallel.pattern, { locale, slug }),
  articleImage: (locale: Locale, slug: string) => fill(routes.articleImage.pattern, { locale, slug }),
  tags: (locale: Locale) => fill(routes.tags.pattern, { locale }),
  tag: (locale: Locale, tag: string) => fill(routes.tag.pattern, { locale, tag }),
  feed: (locale: Locale) => fill(routes.feed.pattern, { locale }),
  tagFeed: (locale: Locale, tag: string) => fill(routes.tagFeed.pattern, { locale, tag }),
  search: (locale: Locale, query?: string) => {
    const path = fill(routes.search.pattern, { locale });
    return query ? `${path}?${new URLSearchParams({ q: query })}` : path;
  },
  notFound: (locale: Locale) => fill(routes.notFound.pattern, { locale }),
  sitemap: () => routes.sitemap.pattern,
};

/** The locale a URL is in, from its first segment. */
export function localeOfPath(pathname: string): Locale | undefined {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : undefined;
}
