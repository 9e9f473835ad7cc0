import fs from 'node:fs';
import path from 'node:path';

/**
 * What the proxy needs to know about the built site, written after `next build`
 * by scripts/post-build.ts so that the proxy never loads the content itself:
 * every URL the site serves, and the hashes of each prerendered page's inline scripts.
 */
export interface SiteManifest {
  /** The content tree the site was built from, so that tests can tell which build they face. */
  contentDir: string;
  paths: string[];
  scriptHashes: Record<string, string[]>;
}

export const siteManifestPath = () => path.join(process.cwd(), '.next', 'site-manifest.json');

export function readSiteManifest(): SiteManifest | undefined {
  const file = siteManifestPath();
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as SiteManifest) : undefined;
}
