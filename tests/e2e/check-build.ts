// Run before the end-to-end server starts: the build in `.next` must be of the
// content the tests read (the site's, or the fixture tree's, by CONTENT_DIR),
// else every test would fail for a reason none of them names.
import path from 'node:path';
import { contentDir } from '@/lib/content/current';
import { readServingManifest } from '@/lib/serving-manifest';

const expected = path.resolve(contentDir);
const relative = path.relative('.', expected);
const command = relative === 'content' ? 'npm run build' : `CONTENT_DIR=${relative} npm run build`;
const manifest = readServingManifest();

if (manifest?.contentDir !== expected) {
  const found = manifest?.contentDir ? `a build of ${manifest.contentDir}` : 'no build made by `npm run build`';
  console.error(`.next holds ${found}; these tests need a build of ${expected}: run \`${command}\` first.`);
  process.exit(1);
}
