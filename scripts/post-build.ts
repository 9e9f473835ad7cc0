// After `next build`: write .next/site-manifest.json for the proxy: every URL
// the site serves, and the hashes of each prerendered page's inline scripts
// (for its Content-Security-Policy).
import fs from 'node:fs';
import path from 'node:path';
import { contentDir, getLibrary } from '../lib/content/site';
import { inlineScriptHashes } from '../lib/csp';
import { siteManifestPath, type SiteManifest } from '../lib/site-manifest';
import { servedPaths } from '../lib/site-pages';

const root = path.join('.next', 'server', 'app');
const scriptHashes: SiteManifest['scriptHashes'] = {};

function walk(dir: string) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (entry.name.endsWith('.html')) {
      const route = '/' + path.relative(root, file).slice(0, -'.html'.length).split(path.sep).join('/');
      scriptHashes[route] = inlineScriptHashes(fs.readFileSync(file, 'utf8'));
    }
  }
}

walk(root);
const manifest: SiteManifest = { contentDir: path.resolve(contentDir), paths: servedPaths(getLibrary()), scriptHashes };
fs.writeFileSync(siteManifestPath(), JSON.stringify(manifest));
console.log(`site manifest (${path.relative('.', manifest.contentDir)}): ${manifest.paths.length} URLs, script hashes for ${Object.keys(scriptHashes).length} prerendered pages`);
