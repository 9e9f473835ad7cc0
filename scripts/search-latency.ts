// The queries bench-search times, and how: whole words, word prefixes being typed,
// accents and case, two-word queries, stems, tag aliases, misses, stop words.
import { performance } from 'node:perf_hooks';
import type { SearchIndex } from '../lib/search/index';

const queries = [
  'crise', 'crisis', 'sanctions', 'sanction', 'pouvoir', 'Président', 'PRESIDENT', 'élection', 'election',
  'gouv', 'gouvernem', 'secur', 'sécurité', 'strat', 'transition alliance', 'crise sanctions', 'border security',
  'frontière région', 'alias12', 'Sujet 4', 'topic 17', 'kazakhstan', 'kaz', 'influence', 'économie',
  'zzzz', 'nothing here', 'a', 'le la', 'the power of',
];

/** Median, 95th percentile and maximum of 600 queries, after a warm-up, with the time of the very first query. */
export function latency(index: SearchIndex): string {
  let start = performance.now();
  index.query(queries[0]!, 'fr');
  const first = performance.now() - start;
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
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
  return `first query ${first.toFixed(1)} ms; ${times.length} queries: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${times.at(-1)!.toFixed(2)} ms`;
}
