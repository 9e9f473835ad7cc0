// After `next build`: check that Next prerendered exactly the URLs of the route
// table, then write .next/serving-manifest.json for the proxy: every URL the
// site serves, and the hashes of the pages' own inline scripts (for their
// Content-Security-Policy); and write the search index, so that the
// server answers queries without loading the content.
import fs from 'node:fs';
import path from 'node:path';
import { contentDir, contentStamp } from '../lib/content/current';
import { buildSnapshot, openSnapshot, servedSnapshot } from '../lib/content/snapshot';
import { ownScriptHashes } from '../lib/own-scripts';
import { pageSize } from '../lib/pagination';
import { siteUrls } from '../lib/routes';
import { SearchIndex } from '../lib/search/index';
import { searchIndexFiles, writeSearchIndex } from '../lib/search/index-file';
import { servingManifestPath, type ServingManifest } from '../lib/serving';
import { contentTypes, prerenderMismatch, publicFiles, servedUrls } from '../lib/serving-manifest';

// The server reads the content from its build, never from `content/`: the
// snapshot the workers read moves into the build, once checked to be of the
// files the build was made of. Moved, not copied: at 5,000 pieces it is 200 MB.
const built = buildSnapshot();
const { source } = openSnapshot(built);
if (source.dir !== path.resolve(contentDir) || source.stamp !== contentStamp(contentDir)) {
  console.error(`${built.library} is not of ${contentDir} as it is now: run \`npm run build\`, which writes it first.`);
  process.exit(1);
}
const served = servedSnapshot();
fs.mkdirSync(path.dirname(served.library), { recursive: true });
fs.renameSync(built.library, served.library);
fs.renameSync(built.bodies, served.bodies);
const library = openSnapshot(served).library();

// Next's own pages (`/_not-found`, `/_global-error`) are not ours to list.
const prerendered = Object.keys((JSON.parse(fs.readFileSync('.next/prerender-manifest.json', 'utf8')) as { routes: Record<string, unknown> }).routes)
  .filter((url) => !url.startsWith('/_'));
const { missing, unexpected } = prerenderMismatch(siteUrls(library, (route) => route.prerendered), prerendered);
if (missing.length || unexpected.length) {
  const list = (title: string, urls: string[]) => (urls.length ? [`${title} (${urls.length}):`, ...urls.slice(0, 20).map((u) => `  ${u}`), ...(urls.length > 20 ? ['  …'] : [])] : []);
  console.error(
    [
      'The build and the route table (lib/routes.ts) disagree:',
      ...list('in the route table, not prerendered by Next', missing),
      ...list('prerendered by Next, not in the route table', unexpected),
    ].join('\n'),
  );
  process.exit(1);
}


const manifest: ServingManifest = {
  contentDir: path.resolve(contentDir),
  pageSize,
  paths: servedUrls(library, publicFiles()),
  scriptHashes: ownScriptHashes(),
  contentTypes: contentTypes(library),
};
fs.writeFileSync(servingManifestPath(), JSON.stringify(manifest));
console.log(
  `serving manifest (${path.relative('.', manifest.contentDir)}): ${prerendered.length} prerendered URLs match the route table; ` +
    `${manifest.paths.length} URLs served, ${manifest.scriptHashes.length} scripts of our own allowed by hash`,
);

writeSearchIndex(SearchIndex.build(library));
const searchFiles = Object.values(searchIndexFiles()).map((file) => `${path.relative('.', file)} (${(fs.statSync(file).size / 1024).toFixed(0)} KB)`);
console.log(`search index: ${searchFiles.join(', ')}`);
