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
buildSync({
  entryPoints: sources.map((file) => path.join(root, 'client', file)),
  outdir: path.join(root, '.next', 'cache', 'own-scripts'),
  minify: true,
  // The browsers the site supports; the sources are already plain scripts (no modules, no bundling).
  target: ['es2020'],
  logLevel: 'warning',
});
