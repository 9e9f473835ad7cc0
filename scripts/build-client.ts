// The pages' own scripts, from client/ (commented sources) to public/
// (minified): pages carry them inline (lib/own-scripts.ts), and the comments
// were half of reader.js. Run by `npm run build`, `npm run dev` and the unit
// tests' global setup; public/ is not committed.
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const sources = fs.readdirSync(path.join(root, 'client')).filter((file) => file.endsWith('.js'));
buildSync({
  entryPoints: sources.map((file) => path.join(root, 'client', file)),
  outdir: path.join(root, 'public'),
  minify: true,
  // The browsers the site supports; the sources are already plain scripts (no modules, no bundling).
  target: ['es2020'],
  logLevel: 'warning',
});
