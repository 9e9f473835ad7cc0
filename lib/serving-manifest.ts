import fs from 'node:fs';
import path from 'node:path';
import type { ContentLibrary } from './content/library';
import { routeUrls, routes, siteUrls, type Route } from './routes';

/*
 * What scripts/post-build.ts puts in the serving manifest (lib/serving.ts).
 * Kept apart from the proxy's imports: reading public/ from a module the
 * proxy imports makes Turbopack trace the whole project into its bundle.
 */

/** Files of `public/`, found rather than listed: each is served at its path. */
export function publicFiles(dir = path.join(process.cwd(), 'public')): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => '/' + path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Every URL the proxy lets through to Next: the route table's (search, which
 * takes any query, and the 404 page, which is only reached by rewrite, aside)
 * and the files of `public/`.
 */
export function servedUrls(library: ContentLibrary, files: readonly string[]): string[] {
  return [...siteUrls(library, (route) => route.kind !== 'search' && route.kind !== 'error'), ...files];
}

export function contentTypes(library: ContentLibrary): Record<string, string> {
  return Object.fromEntries(
    Object.values<Route>(routes).flatMap((route) => (route.contentType ? routeUrls(route, library).map((url) => [url, route.contentType!]) : [])),
  );
}

/** Where the URLs the route table expects prerendered and those Next prerendered differ, either way. */
export function prerenderMismatch(expected: readonly string[], prerendered: readonly string[]): { missing: string[]; unexpected: string[] } {
  const made = new Set(prerendered);
  const wanted = new Set(expected);
  return {
    missing: expected.filter((url) => !made.has(url)),
    unexpected: prerendered.filter((url) => !wanted.has(url)),
  };
}

