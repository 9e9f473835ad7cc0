// After `next build`: record the hashes of each prerendered page's inline
// scripts in .next/csp-hashes.json, for the proxy's Content-Security-Policy.
import fs from 'node:fs';
import path from 'node:path';
import { cspManifestFile, inlineScriptHashes } from '../lib/csp';

const root = path.join('.next', 'server', 'app');
const manifest: Record<string, string[]> = {};

function walk(dir: string) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (entry.name.endsWith('.html')) {
      const route = '/' + path.relative(root, file).slice(0, -'.html'.length).split(path.sep).join('/');
      manifest[route] = inlineScriptHashes(fs.readFileSync(file, 'utf8'));
    }
  }
}

walk(root);
fs.writeFileSync(path.join('.next', cspManifestFile), JSON.stringify(manifest));
console.log(`CSP: script hashes for ${Object.keys(manifest).length} prerendered pages`);
