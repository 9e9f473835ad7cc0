import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { contentSecurityPolicy } from './csp';

/**
 * What the proxy needs to know about the built site, written after `next build`
 * by scripts/post-build.ts so that the proxy never loads the content itself:
 * every URL the site serves, and the hashes of the pages' own scripts.
 */
const servingManifestSchema = z.object({
  /** The content tree the site was built from, so that tests can tell which build they face. */
  contentDir: z.string(),
  /** The page size of its lists, which the tests' expectations depend on too. */
  pageSize: z.number().int().positive(),
  paths: z.array(z.string().startsWith('/')).min(1),
  /** The hashes of the pages' own inline scripts (lib/own-scripts.ts), which every page's policy allows. */
  scriptHashes: z.array(z.string().regex(/^sha256-[A-Za-z0-9+/]+=*$/)).min(1),
  /** Media types of the URLs that are not HTML pages (feeds, sitemaps, robots.txt). */
  contentTypes: z.record(z.string(), z.string()),
});

export type ServingManifest = z.infer<typeof servingManifestSchema>;

export const servingManifestPath = () => path.join(process.cwd(), '.next', 'serving-manifest.json');

/** The manifest of the build in `.next`, or why it cannot be used: missing, unreadable or malformed. */
export function readServingManifest(): { manifest: ServingManifest } | { problem: string } {
  const file = servingManifestPath();
  const rebuild = 'run `npm run build` (not `next build` alone), then start the server again';
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { problem: `${file} is ${missing ? 'missing' : `unreadable (${(error as Error).message})`}: ${rebuild}.` };
  }
  const parsed = servingManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { problem: `${file} is malformed (${issue.path.join('.') || 'top level'}: ${issue.message}): ${rebuild}.` };
  }
  return { manifest: parsed.data };
}

/** What the proxy asks of the build: is this a URL of the site, what policy do pages get. */
export interface Serving {
  serves(pathname: string): boolean;
  policy(): string;
  contentType(pathname: string): string | undefined;
}

let built: Serving | { problem: string } | undefined;

/**
 * The serving rules of the build in `.next`, read once, or the reason there
 * are none: a server without them must not serve (no page would get its
 * policy), so the proxy answers 503 with that reason. In development `next
 * dev` leaves the last build's manifest in place, but the content may have
 * changed since: every URL goes through (pages unknown to the dev server 404
 * through Next itself) and scripts run under the development policy.
 */
export function serving(): Serving | { problem: string } {
  if (process.env.NODE_ENV === 'development') {
    return { serves: () => true, policy: () => contentSecurityPolicy('development'), contentType: () => undefined };
  }
  if (!built) {
    const read = readServingManifest();
    if ('problem' in read) {
      console.error(read.problem);
      built = read;
    } else {
      const { paths, scriptHashes, contentTypes } = read.manifest;
      const urls = new Set(paths);
      const policy = contentSecurityPolicy({ hashes: scriptHashes });
      built = {
        serves: (pathname) => urls.has(pathname),
        policy: () => policy,
        contentType: (pathname) => contentTypes[pathname],
      };
    }
  }
  return built;
}
