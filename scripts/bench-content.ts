// npm run bench:content [-- N]: time to load, validate and render N synthetic bilingual pieces.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ContentLibrary } from '../lib/content/library';
import { writeSyntheticContent } from './synthetic';

const n = Number(process.argv[2] ?? 1000);
console.log(`node ${process.version}, ${n} pieces (${2 * n} versions, ~800 words each)`);
// A warm-up run pays for module loading and JIT so that sizes compare fairly.
const warm = writeSyntheticContent(20);
ContentLibrary.load(warm);
fs.rmSync(warm, { recursive: true });

for (const size of [n / 4, n / 2, n].map(Math.round)) {
  const dir = writeSyntheticContent(size);
  const start = performance.now();
  const library = ContentLibrary.load(dir);
  const ms = performance.now() - start;
  const related = performance.now();
  for (const piece of library.pieces) library.related(piece.slug);
  const relatedMs = performance.now() - related;
  console.log(
    `${String(size).padStart(6)} pieces: load+validate+render ${ms.toFixed(0)} ms, ` +
      `${(ms / (2 * size)).toFixed(2)} ms per version; related for every piece ${relatedMs.toFixed(0)} ms; ${library.tags.size} tags`,
  );
  fs.rmSync(dir, { recursive: true });
}
