// Run by bench-search.ts in a fresh process (node --expose-gc): loads the index
// files as a server start does, reports the time and the memory then held
// (process.memoryUsage, just after loading and after a full GC), and times queries.
import { performance } from 'node:perf_hooks';
import { readSearchIndex } from '../lib/search/index-file';
import { latency } from './search-latency';

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const memory = () => {
  const { rss, heapUsed } = process.memoryUsage();
  return `RSS ${mb(rss)}, heap ${mb(heapUsed)}`;
};

globalThis.gc!();
const before = memory();
const start = performance.now();
const index = readSearchIndex(process.argv[2]);
const loadMs = performance.now() - start;
const loaded = memory();
globalThis.gc!();
console.log(`loaded from the files in ${loadMs.toFixed(0)} ms; memory before: ${before}; just after: ${loaded}; after a full GC: ${memory()}`);
console.log(`loaded index: ${latency(index)}`);
