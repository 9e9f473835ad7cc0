// Validates every content file and prints every problem, one line each.
// With --snapshot (the first step of `npm run build`), also writes the loaded
// library where Next's build workers, and then the server, read it instead of every file.
import { ContentLibrary } from '../lib/content/library';
import { ContentError } from '../lib/content/problems';
import path from 'node:path';
import { contentDir, contentStamp } from '../lib/content/current';
import { buildSnapshot, writeSnapshot } from '../lib/content/snapshot';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? contentDir;
try {
  const library = ContentLibrary.load(dir);
  const versions = library.pieces.reduce((n, p) => n + p.locales.length, 0);
  if (args.includes('--snapshot')) writeSnapshot(library, { dir: path.resolve(dir), stamp: contentStamp(dir) }, buildSnapshot());
  console.log(`content OK: ${library.pieces.length} pieces, ${versions} versions, ${library.tags.size} tags`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const line of error.problems) console.error(line);
  console.error(`\n${error.problems.length} content problem${error.problems.length === 1 ? '' : 's'}.`);
  process.exit(1);
}
