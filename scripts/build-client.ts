// The pages' own scripts, from client/ (commented sources) to public/
// (minified, as served): files in public/ are served as they are, and the
// comments were half of reader.js, on pages with little room in their budget.
// Run by `npm run build` and `npm run dev`; public/ is not committed.
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
