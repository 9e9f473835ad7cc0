import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { locales, type Locale } from '../i18n/locales';
import { offlineStore, recentPagesLimit } from '../offline';
import { linkedScriptNames, linkedScriptUrl } from '../own-scripts';
import { paths } from '../paths';
import { routes, type Route } from '../routes';
import { headerPaths, pathPattern } from './headers';
import { fileOfUrl } from './output';

/** The service worker's source (client/service-worker/), bundled with Workbox. */
const entry = path.join('client', 'service-worker', 'sw.js');

/** A route's URLs as regular expressions' sources, which the worker matches paths against. */
const pathSources = (route: Route) => headerPaths(route).map((p) => pathPattern(p).source);

/** What the worker keeps from its install: a file of the site, and a hash of it unless its name already changes with it. */
export interface PrecachedFile {
  url: string;
  revision: string | null;
}

/**
 * What the worker is built with: the names of lib/offline.ts, which paths are
 * pages (kept, network first) and which are always the network's, and the
 * files it keeps from its install (the offline and saved pages, the linked
 * scripts, the icon). A new build whose files differ is a new worker, which
 * browsers install.
 */
export function serviceWorkerBuild(site: string, largestPageBytes: number) {
  const offlinePages = Object.fromEntries(locales.map((l) => [l, paths.offline(l)])) as Record<Locale, string>;
  const own = (route: Route, url: string): PrecachedFile => ({
    url,
    revision: createHash('sha256').update(fs.readFileSync(path.join(site, fileOfUrl(route, url)))).digest('hex').slice(0, 16),
  });
  const precache: PrecachedFile[] = [
    ...locales.flatMap((l) => [own(routes.offline, paths.offline(l)), own(routes.saved, paths.saved(l))]),
    own(routes.icon, routes.icon.pattern),
    ...linkedScriptNames.map((name) => ({ url: linkedScriptUrl(name), revision: null })),
  ];
  const pages = Object.values<Route>(routes).filter((route) => route.kind === 'page' && route !== routes.offline);
  return {
    store: offlineStore,
    precache,
    recentPages: recentPagesLimit(largestPageBytes),
    offlinePages,
    pagePaths: pages.flatMap(pathSources),
    networkOnlyPaths: [...pathSources(routes.search), pathPattern(routes.languageChoice.pattern).source],
    scriptPaths: pathSources(routes.script),
  };
}

/** The worker as one script, with what it is built with written in. */
export function bundleServiceWorker(build: ReturnType<typeof serviceWorkerBuild>, root = process.cwd()): Buffer {
  const result = buildSync({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    define: { __BUILD__: JSON.stringify(build), 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return Buffer.from(result.outputFiles[0]!.contents);
}
