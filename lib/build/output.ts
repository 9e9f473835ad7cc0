import path from 'node:path';
import type { Route } from '../routes';

/**
 * Every file the build hands to the servers, with its path and format: the
 * one place that knows where the site's files are and how a URL maps to one.
 *
 * - `site/` is the site: what any static server, static host or CDN serves,
 *   as files, with their brotli and gzip copies beside them, `_headers` (the
 *   Netlify / Cloudflare Pages format) and `_redirects`;
 * - `nginx-site.conf`, the same headers and file rules as an nginx include;
 * - `search/` is what the search service needs: its code (one file, nothing
 *   to install), the index, and the pages it answers with;
 * - `server.mjs` serves both on one port (`npm start`);
 * - `build.json` says what the build was made of, for the tests.
 */
export function buildOutput(root = process.env.OUTPUT_DIR ?? path.join(process.cwd(), 'dist')) {
  const site = path.join(root, 'site');
  const search = path.join(root, 'search');
  return {
    root,
    site,
    headers: path.join(site, '_headers'),
    redirects: path.join(site, '_redirects'),
    nginx: path.join(root, 'nginx-site.conf'),
    search,
    searchService: path.join(search, 'service.mjs'),
    /** The pages the search service answers with, one per locale and kind (search.fr.html, 404.en.html). */
    searchPage: (kind: 'search' | '404', locale: string) => path.join(search, 'pages', `${kind}.${locale}.html`),
    server: path.join(root, 'server.mjs'),
    manifest: path.join(root, 'build.json'),
  };
}

export type BuildOutput = ReturnType<typeof buildOutput>;

/** The copies written beside each text file, in the order a server prefers them. */
export const encodings = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** Files worth compressing: every page, feed, sitemap, robots.txt and the icon; not the PNG preview images. */
export const compressible = (file: string) => !file.endsWith('.png');

/**
 * The file of a URL, relative to `site/`. A page is `{url}.html` (`/fr` →
 * `fr.html`, `/fr/articles/x` → `fr/articles/x.html`), which static hosts
 * serve at the URL without its extension and nginx finds with
 * `try_files $uri $uri.html`; a `{url}/index.html` would make hosts redirect
 * `/fr` to `/fr/`. Feeds, sitemaps and images keep their own names.
 */
export function fileOfUrl(route: Pick<Route, 'kind'>, url: string): string {
  const relative = url.replace(/^\//, '');
  return route.kind === 'page' || route.kind === 'error' ? `${relative}.html` : relative;
}
