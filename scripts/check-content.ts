// Validates every content file and prints every problem, one line each.
import { ContentLibrary } from '../lib/content/library';
import { ContentError } from '../lib/content/problems';
import { contentDir } from '../lib/content/current';

const dir = process.argv[2] ?? contentDir;
try {
  const library = ContentLibrary.load(dir);
  const versions = library.pieces.reduce((n, p) => n + p.locales.length, 0);
  console.log(`content OK: ${library.pieces.length} pieces, ${versions} versions, ${library.tags.size} tags`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const line of error.problems) console.error(line);
  console.error(`\n${error.problems.length} content problem${error.problems.length === 1 ? '' : 's'}.`);
  process.exit(1);
}
