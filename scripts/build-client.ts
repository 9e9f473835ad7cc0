// The pages' own scripts, from client/ (commented sources) to
// .next/cache/own-scripts/ (minified): pages carry them inline or link to
// them (lib/own-scripts.ts), and the comments were half of reader.js. Run by
// `npm run build`, `npm run dev` and the unit tests' global setup. Not in
// public/, whose files Next would serve beside the route of a linked script.
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const sources = fs.readdirSync(path.join(root, 'client')).filter((file) => file.endsWith('.js'));
// A script that imports from lib/ (listen.js, the build's own sentence
// segmenter) is bundled with what it imports, as one plain script; the
// others are plain scripts already, and stay as they are.
const imports = (file: string) => /^import /m.test(fs.readFileSync(path.join(root, 'client', file), 'utf8'));
for (const bundle of [false, true]) {
  buildSync({
    entryPoints: sources.filter((file) => imports(file) === bundle).map((file) => path.join(root, 'client', file)),
    outdir: path.join(root, '.next', 'cache', 'own-scripts'),
    minify: true,
    ...(bundle ? { bundle: true, format: 'iife' as const } : {}),
    // The browsers the site supports.
    target: ['es2020'],
    logLevel: 'warning',
  });
}
