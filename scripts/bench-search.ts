// npm run bench:search [-- N]: over N synthetic bilingual pieces, the index build
// and its query latency, the size of the files the build writes, and, in a fresh
// process as a server start would, the time to load them, the memory then held,
// and the query latency of the loaded index (texts read from their file).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ContentLibrary } from '../lib/content/library';
import { SearchIndex } from '../lib/search/index';
import { searchIndexFiles, writeSearchIndex } from '../lib/search/index-file';
import { latency } from './search-latency';
import { writeSyntheticContent } from './synthetic';

const n = Number(process.argv[2] ?? 1000);
const content = writeSyntheticContent(n);
const library = ContentLibrary.load(content);
fs.rmSync(content, { recursive: true });

let start = performance.now();
const index = SearchIndex.build(library);
const buildMs = performance.now() - start;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-search-'));
start = performance.now();
writeSearchIndex(index, dir);
const writeMs = performance.now() - start;
const sizes = Object.values(searchIndexFiles(dir)).map((file) => `${path.basename(file)} ${(fs.statSync(file).size / 2 ** 20).toFixed(1)} MB`);

console.log(`node ${process.version}, ${n} pieces, ${2 * n} versions`);
console.log(`index build: ${buildMs.toFixed(0)} ms; written in ${writeMs.toFixed(0)} ms: ${sizes.join(', ')}`);
console.log(`built index: ${latency(index)}`);
// A fresh process holds nothing of the build: its memory is what a server pays for search.
execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(import.meta.dirname, 'bench-search-load.ts'), dir], { stdio: 'inherit' });
fs.rmSync(dir, { recursive: true });
