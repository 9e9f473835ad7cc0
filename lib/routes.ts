import { cachePolicy } from './cache-policy';
import type { ContentLibrary } from './content/library';
import { locales, type Locale } from './i18n/locales';
import { fill, patterns } from './paths';
import { linkedScriptFile, linkedScriptNames } from './own-scripts';
import { laterPages } from './pagination';
import { lastModified } from './content/provenance';

/**
 * The route table: every kind of URL the site serves, each named by its folder
 * under `app/` (Next's pattern), with the pages it has for a given library.
 * Everything that needs the set of URLs derives it from here: the routes'
 * static params, the site's files and their headers (lib/build/), the
 * sitemap, the check that the build prerendered exactly these, and the tests.
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
   * page: an HTML page; feed, image, file: other resources;
   * error: the 404 page, served for every unknown URL under its locale;
   * search: answered per request by the search service, for any query.
   */
  readonly kind: 'page' | 'feed' | 'image' | 'file' | 'error' | 'search';
  /**
   * Prerendered by `next build`, then written into the site's folder. The
   * preview images are not: the build draws them itself (scripts/write-site.ts),
   * ten times faster than through Next's static workers; nor is the service
   * worker, which the build bundles once the files it keeps are written.
   */
  readonly prerendered: boolean;
  readonly inSitemap: boolean;
  /** Its pages; a route without `[locale]` has a single page. */
  pages(library: ContentLibrary): readonly RoutePage[];
  /** The media type of a resource that is not HTML, written into the site's headers (lib/build/headers.ts). */
  readonly contentType?: string;
  /** How long its files may be kept, when not the policy of its kind (lib/build/headers.ts). */
  readonly cacheControl?: string;
}

const everywhere = (params: Params = {}, lastModified?: string): RoutePage => ({
  params,
  translations: locales,
  ...(lastModified ? { lastModified } : {}),
});
const once = () => [everywhere()];
const usedTags = (library: ContentLibrary) => library.usedTags().map((tag) => everywhere({ tag: tag.slug }));
/** `[year]` and `[month]` of every month that has pieces. */
const months = (library: ContentLibrary) => library.months().map(({ month }) => ({ year: month.slice(0, 4), month: month.slice(5, 7) }));
const later = (params: Params, items: number) => laterPages(items).map((n) => everywhere({ ...params, n }));

const rss = 'application/rss+xml; charset=utf-8';
const xml = 'application/xml; charset=utf-8';

/** A sitemap file lists at most this many URLs (the protocol allows 50,000). */
export const urlsPerSitemap = 10_000;

export const routes = {
  home: {
    pattern: patterns.home,
    kind: 'page',
    prerendered: true,
    inSitemap: true,
    pages: (library) => [everywhere({}, library.pieces[0]?.date)],
  },
  homePage: {
    pattern: patterns.homePage,
    kind: 'page',
    prerendered: true,
    inSitemap: true,
    pages: (library) => later({}, library.pieces.length),
  },
  article: {
    pattern: patterns.article,
    kind: 'page',
    prerendered: true,
    inSitemap: true,
    pages: (library) => library.pieces.map((p) => ({ params: { slug: p.slug }, translations: p.locales, lastModified: lastModified(p) })),
  },
  parallel: {
    pattern: patterns.parallel,
    kind: 'page',
    prerendered: true,
    inSitemap: true,
    pages: (library) => library.bilingual().map((p) => everywhere({ slug: p.slug }, lastModified(p))),
  },
  articleImage: {
    pattern: patterns.articleImage,
    kind: 'image',
    prerendered: false,
    inSitemap: false,
    pages: (library) => library.pieces.map((p) => everywhere({ slug: p.slug })),
    contentType: 'image/png',
  },
  tags: { pattern: patterns.tags, kind: 'page', prerendered: true, inSitemap: true, pages: once },
  tag: { pattern: patterns.tag, kind: 'page', prerendered: true, inSitemap: true, pages: usedTags },
  tagPage: {
    pattern: patterns.tagPage,
    kind: 'page',
    prerendered: true,
    inSitemap: true,
    pages: (library) => library.usedTags().flatMap((tag) => later({ tag: tag.slug }, library.tagged(tag.slug).length)),
  },
  archive: { pattern: patterns.archive, kind: 'page', prerendered: true, inSitemap: true, pages: once },
  archiveMonth: {
    pattern: patterns.archiveMonth,
    kind: 'page',
    prerendered: true,
    inSitemap: true,
    pages: (library) => months(library).map((params) => everywhere(params)),
  },
  archiveMonthPage: {
    pattern: patterns.archiveMonthPage,
    kind: 'page',
    prerendered: true,
    inSitemap: true,
    pages: (library) => months(library).flatMap((params) => later(params, library.inMonth(`${params.year}-${params.month}`).length)),
  },
  feed: { pattern: patterns.feed, kind: 'feed', prerendered: true, inSitemap: false, pages: once, contentType: rss },
  tagFeed: { pattern: patterns.tagFeed, kind: 'feed', prerendered: true, inSitemap: false, pages: usedTags, contentType: rss },
  search: { pattern: patterns.search, kind: 'search', prerendered: true, inSitemap: false, pages: once },
  notFound: { pattern: patterns.notFound, kind: 'error', prerendered: true, inSitemap: false, pages: once },
  /** The pieces a reader kept on this device: the same file for everyone, filled by client/saved.js. */
  saved: { pattern: patterns.saved, kind: 'page', prerendered: true, inSitemap: false, pages: once },
  /** What the service worker answers with, offline, for a page it has not kept (client/service-worker.ts). */
  offline: { pattern: patterns.offline, kind: 'page', prerendered: true, inSitemap: false, pages: once },
  /**
   * The service worker, bundled by the build with the list of files it keeps
   * (scripts/write-site.ts). Its name cannot change from build to build: a
   * browser checks this URL for a new version; shared caches keep it no
   * longer than a page.
   */
  serviceWorker: {
    pattern: patterns.serviceWorker,
    kind: 'file',
    prerendered: false,
    inSitemap: false,
    pages: once,
    contentType: 'text/javascript; charset=utf-8',
  },
  /** The sitemap index, pointing to the sitemap files. */
  sitemap: { pattern: patterns.sitemap, kind: 'file', prerendered: true, inSitemap: false, pages: once, contentType: xml },
  sitemapFile: {
    pattern: patterns.sitemapFile,
    kind: 'file',
    prerendered: true,
    inSitemap: false,
    pages: (library) => Array.from({ length: sitemapFileCount(library) }, (_, i) => everywhere({ file: `${i + 1}.xml` })),
    contentType: xml,
  },
  robots: { pattern: patterns.robots, kind: 'file', prerendered: true, inSitemap: false, pages: once, contentType: 'text/plain; charset=utf-8' },
  icon: { pattern: patterns.icon, kind: 'file', prerendered: true, inSitemap: false, pages: once, contentType: 'image/svg+xml' },
  /** The scripts pages link to rather than carry inline, named by their hash (lib/own-scripts.ts). */
  script: {
    pattern: patterns.script,
    kind: 'file',
    prerendered: true,
    inSitemap: false,
    pages: () => linkedScriptNames.map((name) => everywhere({ file: linkedScriptFile(name) })),
    contentType: 'text/javascript; charset=utf-8',
    cacheControl: cachePolicy.versioned,
  },
  /**
   * `/`: the two languages to choose from, and a script that goes to the
   * remembered or preferred one. What a static host serves; a server with the
   * search service beside it redirects instead (server/search-service.ts).
   */
  languageChoice: { pattern: patterns.languageChoice, kind: 'file', prerendered: true, inSitemap: false, pages: once, contentType: 'text/html; charset=utf-8' },
} as const satisfies Record<string, Route>;

/** Every page of every route in the sitemap, with its route. */
export function sitemapPages(library: ContentLibrary): { route: Route; page: RoutePage }[] {
  return Object.values<Route>(routes)
    .filter((route) => route.inSitemap)
    .flatMap((route) => route.pages(library).map((page) => ({ route, page })));
}

/** A page is listed once per real translation. */
function sitemapFileCount(library: ContentLibrary): number {
  const urls = sitemapPages(library).reduce((n, { page }) => n + page.translations.length, 0);
  return Math.max(1, Math.ceil(urls / urlsPerSitemap));
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

