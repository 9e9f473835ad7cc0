import fs from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy } from './csp';

/**
 * What the proxy needs to know about the built site, written after `next build`
 * by scripts/post-build.ts so that the proxy never loads the content itself:
 * every URL the site serves, and the hashes of each prerendered page's inline scripts.
 */
export interface ServingManifest {
  /** The content tree the site was built from, so that tests can tell which build they face. */
  contentDir: string;
  /** The page size of its lists, which the tests' expectations depend on too. */
  pageSize: number;
  paths: string[];
  scriptHashes: Record<string, string[]>;
  /** Media types of the URLs that are not HTML pages (feeds, sitemaps, robots.txt). */
  contentTypes: Record<string, string>;
}

export const servingManifestPath = () => path.join(process.cwd(), '.next', 'serving-manifest.json');

export function readServingManifest(): ServingManifest | undefined {
  const file = servingManifestPath();
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as ServingManifest) : undefined;
}

/** What the proxy asks of the build: is this a URL of the site, and what policy does its page get. */
export interface Serving {
  serves(pathname: string): boolean;
  policy(pathname: string): string;
  contentType(pathname: string): string | undefined;
}

let built: Serving | undefined;

/**
 * The serving rules of the build in `.next`, read once. In development
 * `next dev` leaves the last build's manifest in place, but the content may
 * have changed since: every URL goes through (pages unknown to the dev server
 * 404 through Next itself) and scripts run under the development policy.
 */
export function serving(): Serving {
  if (process.env.NODE_ENV === 'development') {
    return { serves: () => true, policy: () => contentSecurityPolicy('development'), contentType: () => undefined };
  }
  if (!built) {
    const manifest = readServingManifest();
    if (!manifest) console.error(`${servingManifestPath()} is missing: build with \`npm run build\`, not \`next build\` alone.`);
    const urls = manifest ? new Set(manifest.paths) : null;
    const hashes = manifest?.scriptHashes ?? {};
    const types = manifest?.contentTypes ?? {};
    built = {
      serves: (pathname) => urls === null || urls.has(pathname),
      policy: (pathname) => contentSecurityPolicy({ hashes: hashes[pathname] ?? [] }),
      contentType: (pathname) => types[pathname],
    };
  }
  return built;
}
