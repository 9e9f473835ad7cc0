// npm run bench:search [-- N]: index build time and query latency over N synthetic bilingual pieces.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ContentLibrary } from '../lib/content/library';
import { SearchIndex } from '../lib/search/index';
import { writeSyntheticContent } from './synthetic';

const n = Number(process.argv[2] ?? 1000);
const dir = writeSyntheticContent(n);
const library = ContentLibrary.load(dir);
fs.rmSync(dir, { recursive: true });

let start = performance.now();
const index = SearchIndex.build(library);
const buildMs = performance.now() - start;

// Whole words, word prefixes being typed, accents and case, two-word queries, stems, tag aliases, misses.
const queries = [
  'crise', 'crisis', 'sanctions', 'sanction', 'pouvoir', 'Président', 'PRESIDENT', 'élection', 'election',
  'gouv', 'gouvernem', 'secur', 'sécurité', 'strat', 'transition alliance', 'crise sanctions', 'border security',
  'frontière région', 'alias12', 'Sujet 4', 'topic 17', 'kazakhstan', 'kaz', 'influence', 'économie',
  'zzzz', 'nothing here', 'a', 'le la', 'the power of',
];
for (let i = 0; i < 3; i++) for (const q of queries) index.query(q, 'fr'); // warm-up

const times: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const q of queries) {
    start = performance.now();
    index.query(q, round % 2 ? 'en' : 'fr');
    times.push(performance.now() - start);
  }
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
console.log(`node ${process.version}, ${n} pieces, ${2 * n} versions`);
console.log(`index build: ${buildMs.toFixed(0)} ms`);
console.log(`${times.length} queries: median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms`);
