import path from 'node:path';
import { contentDir } from '@/lib/content/site';
import { readSiteManifest } from '@/lib/site-manifest';

/**
 * Playwright's global setup: the build in `.next` must be of the content the
 * tests read (the site's, or the fixture tree's), else every test would fail
 * for a reason none of them names.
 */
export default function checkBuild() {
  const expected = path.resolve(contentDir);
  const relative = path.relative('.', expected);
  const command = relative === 'content' ? 'npm run build' : `CONTENT_DIR=${relative} npm run build`;
  const manifest = readSiteManifest();
  if (!manifest) throw new Error(`No site build in .next: run \`${command}\` first.`);
  if (manifest.contentDir !== expected) {
    throw new Error(`.next holds a build of ${manifest.contentDir}, these tests need one of ${expected}: run \`${command}\` first.`);
  }
}
