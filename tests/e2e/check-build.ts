// Run before the end-to-end server starts: the build in dist/ must be of the
// content the tests read (the site's, or the fixture tree's, by CONTENT_DIR)
// and with the page size they expect (PAGE_SIZE), else every test would fail
// for a reason none of them names.
import fs from 'node:fs';
import path from 'node:path';
import { buildOutput } from '@/lib/build/output';
import { contentDir } from '@/lib/content/current';
import { pageSize } from '@/lib/pagination';

const expected = path.resolve(contentDir);
const relative = path.relative('.', expected);
const env = [relative === 'content' ? '' : `CONTENT_DIR=${relative}`, process.env.PAGE_SIZE ? `PAGE_SIZE=${pageSize}` : ''].filter(Boolean);
const command = [...env, 'npm run build'].join(' ');
let manifest: { contentDir?: string; pageSize?: number } | undefined;
try {
  manifest = JSON.parse(fs.readFileSync(buildOutput().manifest, 'utf8'));
} catch {
  manifest = undefined;
}

if (manifest?.contentDir !== expected || manifest.pageSize !== pageSize) {
  const found = manifest?.contentDir ? `a build of ${manifest.contentDir} with ${manifest.pageSize} pieces a page` : 'no build made by `npm run build`';
  console.error(`dist/ holds ${found}; these tests need a build of ${expected} with ${pageSize}: run \`${command}\` first.`);
  process.exit(1);
}
