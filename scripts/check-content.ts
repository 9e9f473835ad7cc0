// Validates every content file and prints every problem, one line each, then
// every warning (a translation behind its original, or never signed).
// With --strict, warnings fail the check too: CI holds our content to it.
// With --snapshot (the first step of `npm run build`), also writes the loaded
// library where Next's build workers, and then the server, read it instead of every file.
import { ContentLibrary } from '../lib/content/library';
import { ContentError } from '../lib/content/problems';
import path from 'node:path';
import { contentDir, contentStamp } from '../lib/content/current';
import { buildSnapshot, writeSnapshot } from '../lib/content/snapshot';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? contentDir;
const strict = args.includes('--strict');
try {
  const library = ContentLibrary.load(dir);
  const versions = library.pieces.reduce((n, p) => n + p.locales.length, 0);
  for (const line of library.warnings) console.error(`${strict ? 'error' : 'warning'}: ${line}`);
  if (strict && library.warnings.length > 0) {
    console.error(`\n${library.warnings.length} content problem${library.warnings.length === 1 ? '' : 's'} (warnings, made errors by --strict).`);
    process.exit(1);
  }
  if (args.includes('--snapshot')) writeSnapshot(library, { dir: path.resolve(dir), stamp: contentStamp(dir) }, buildSnapshot());
  const warned = library.warnings.length > 0 ? `, ${library.warnings.length} warning${library.warnings.length === 1 ? '' : 's'}` : '';
  console.log(`content OK: ${library.pieces.length} pieces, ${versions} versions, ${library.tags.size} tags${warned}`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const line of error.problems) console.error(line);
  console.error(`\n${error.problems.length} content problem${error.problems.length === 1 ? '' : 's'}.`);
  process.exit(1);
}
