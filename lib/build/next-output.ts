import fs from 'node:fs';
import path from 'node:path';

/**
 * What `next build` prerendered, read from `.next` as Next 16 writes it. None
 * of it is documented, so this is the only module that reads it: when a Next
 * upgrade changes it, `npm run build` stops here with a message that says so
 * (and tests/e2e/folder.spec.ts, on the real build, fails the same way).
 *
 * - `.next/prerender-manifest.json` lists every prerendered URL under `routes`;
 * - a page's HTML is `.next/server/app/{url}.html` (`/fr` → `fr.html`);
 * - a route handler's body is `.next/server/app/{url}.body` (feeds, sitemaps,
 *   robots.txt, icon, preview images);
 * - what a page links to under `/_next/static/` is in `.next/static/` (its stylesheet).
 */
export interface NextOutput {
  /** Every URL Next prerendered, its own pages (`/_not-found`, `/_global-error`) aside. */
  urls: string[];
  /** What Next wrote for a URL: a page's HTML or a route handler's body. */
  read(url: string): Buffer;
  /** A file a page links to under `/_next/static/`. */
  asset(href: string): Buffer;
}

export class NextOutputChanged extends Error {
  constructor(what: string) {
    super(
      `Next's build output is not as lib/build/next-output.ts expects (${what}). ` +
        'A Next upgrade has changed where it writes prerendered pages: update that module to the new layout.',
    );
  }
}

export function readNextOutput(dir = path.join(process.cwd(), '.next')): NextOutput {
  const manifestFile = path.join(dir, 'prerender-manifest.json');
  let manifest: unknown;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${manifestFile} is missing: \`next build\` has not run (use \`npm run build\`).`);
    throw new NextOutputChanged(`${manifestFile} is not JSON`);
  }
  const routes = (manifest as { routes?: unknown }).routes;
  if (typeof routes !== 'object' || routes === null) throw new NextOutputChanged(`${manifestFile} has no "routes" object`);
  const urls = Object.keys(routes).filter((url) => !url.startsWith('/_'));
  const app = path.join(dir, 'server', 'app');
  return {
    urls,
    read(url) {
      const base = path.join(app, url === '/' ? 'index' : url.slice(1));
      for (const file of [`${base}.html`, `${base}.body`]) {
        try {
          return fs.readFileSync(file);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
      }
      throw new NextOutputChanged(`${url} is prerendered, but neither ${path.relative('.', base)}.html nor .body exists`);
    },
    asset(href) {
      const file = path.join(dir, 'static', href.replace(/^\/_next\/static\//, ''));
      if (!href.startsWith('/_next/static/') || !fs.existsSync(file)) throw new NextOutputChanged(`a page links to ${href}, which is not ${path.relative('.', file)}`);
      return fs.readFileSync(file);
    },
  };
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

