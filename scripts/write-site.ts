// After `next build`: check that Next prerendered exactly the URLs of the route
// table, then write the site as files (lib/build/output.ts says where):
// every page as the final HTML a reader gets, without Next's runtime, with its
// brotli and gzip copies; the preview image of every version; the headers of every file as `_headers` and as an
// nginx include; and what the search service needs (its index, its pages,
// its code). Nothing of this is done again when a file is served.
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { buildSync } from 'esbuild';
import { contentDir, contentStamp } from '../lib/content/current';
import { buildSnapshot, openSnapshot } from '../lib/content/snapshot';
import { buildOutput, compressible, encodings, fileOfUrl } from '../lib/build/output';
import { contentTypeOf, formatHeadersFile, headerRules, htmlType } from '../lib/build/headers';
import { prerenderMismatch, readNextOutput } from '../lib/build/next-output';
import { nginxInclude } from '../lib/build/nginx';
import { pageStylesheets } from '../lib/build/page-css';
import { bundleServiceWorker, serviceWorkerBuild } from '../lib/build/service-worker';
import { previewImages, previewViews } from '../lib/build/preview-images';
import { withoutNextRuntimeBytes, withStylesheetsInline } from '../lib/build/runtime-free';
import { ownScriptHashes } from '../lib/own-scripts';
import { pageSize } from '../lib/pagination';
import { paths } from '../lib/paths';
import { routeUrls, routes, siteUrls, type Route } from '../lib/routes';
import { locales } from '../lib/i18n/locales';
import { SearchIndex } from '../lib/search/index';
import { searchIndexFiles, writeSearchIndex } from '../lib/search/index-file';


const started = performance.now();
const out = buildOutput();

// The library the build was made of: the snapshot `npm run build` wrote first,
// once checked to be of the files as they are now.
const snapshot = openSnapshot(buildSnapshot());
if (snapshot.source.dir !== path.resolve(contentDir) || snapshot.source.stamp !== contentStamp(contentDir)) {
  console.error(`${buildSnapshot().library} is not of ${contentDir} as it is now: run \`npm run build\`, which writes it first.`);
  process.exit(1);
}
const library = snapshot.library();

const next = readNextOutput();
const { missing, unexpected } = prerenderMismatch(siteUrls(library, (route) => route.prerendered), next.urls);
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

fs.rmSync(out.root, { recursive: true, force: true });
fs.mkdirSync(out.site, { recursive: true });

/** What a reader gets for a URL: a page without Next's runtime and with its stylesheet inline, anything else as Next wrote it. */
const stylesheets = new Map<string, Buffer>();
const whole = (href: string) => stylesheets.get(href) ?? stylesheets.set(href, next.asset(href)).get(href)!;
const forPage = pageStylesheets();
function served(route: Route, url: string): Buffer {
  const body = next.read(url);
  if (contentTypeOf(route) !== htmlType) return body;
  // The search page is prerendered without results, which the service puts
  // in: it keeps the whole stylesheet, with the rules of its results' classes.
  const stylesheet = route.kind === 'search' ? whole : (href: string, html: Buffer) => forPage(whole(href), html);
  return withStylesheetsInline(withoutNextRuntimeBytes(body), stylesheet);
}

// Brotli at quality 6: 1.2 ms for a 74 KB article against 65 ms at 11, for
// 16.0 KB against 14.7 KB; at 26,000 pages quality 11 alone would take longer than the whole build.
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const compressors = {
  br: (body: Buffer) => brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body: Buffer) => gzip(body, { level: 9 }),
};

const directories = new Set<string>();
function directoryOf(file: string) {
  const dir = path.dirname(file);
  if (!directories.has(dir)) fs.mkdirSync(dir, { recursive: true });
  directories.add(dir);
}

let largestPage = 0;
async function writeFile(file: string, body: Buffer): Promise<number> {
  directoryOf(file);
  if (file.endsWith('.html')) largestPage = Math.max(largestPage, body.length);
  fs.writeFileSync(file, body);
  if (!compressible(file)) return 1;
  // zlib's asynchronous calls run on libuv's threads: both cores compress.
  // (Reading and writing the files there too made the step slower: 187 s
  // against 149 s at 5,000 pieces, the threads being the compressors'.)
  const copies = await Promise.all(encodings.map(({ name }) => compressors[name](body)));
  encodings.forEach(({ suffix }, i) => fs.writeFileSync(file + suffix, copies[i]!));
  return 1 + copies.length;
}

const jobs: (() => Promise<number>)[] = [];
for (const route of Object.values<Route>(routes)) {
  if (!route.prerendered) continue;
  for (const url of routeUrls(route, library)) {
    if (route.kind === 'search') continue;
    jobs.push(() => writeFile(path.join(out.site, url === '/' ? 'index.html' : fileOfUrl(route, url)), served(route, url)));
  }
}
// Drawn on libuv's threads while the pages take the main thread (their jobs
// interleaved), or copied from the images of previous builds.
const previews = previewImages();
const images = previewViews(library).map(({ url, view }) => async () => {
  const file = path.join(out.site, fileOfUrl(routes.articleImage, url));
  directoryOf(file);
  await previews.write(view, file);
  return 1;
});
const pages = jobs.splice(0);
for (let i = 0, j = 0; i < pages.length || j < images.length; ) {
  if (j < images.length && (i >= pages.length || j * pages.length <= i * images.length)) jobs.push(images[j++]!);
  else jobs.push(pages[i++]!);
}
let files = 0;
let taken = 0;
await Promise.all(
  Array.from({ length: 8 }, async () => {
    while (taken < jobs.length) {
      const written = await jobs[taken++]!();
      files += written;
    }
  }),
);

// The service worker, once the files it keeps are written.
const urls = jobs.length + 1;
files += await writeFile(path.join(out.site, fileOfUrl(routes.serviceWorker, routes.serviceWorker.pattern)), bundleServiceWorker(serviceWorkerBuild(out.site, largestPage)));

// The headers of every file, from the route table, in the forms servers read.
const scriptHashes = ownScriptHashes();
fs.writeFileSync(out.headers, formatHeadersFile(headerRules(scriptHashes)));
fs.writeFileSync(out.nginx, nginxInclude(scriptHashes));
// Netlify proxies search and `/` to the search service when SEARCH_ORIGIN
// says where it runs, and answers an unknown URL under a locale with its 404
// page; Cloudflare Pages finds the nearest 404.html by itself.
const searchOrigin = process.env.SEARCH_ORIGIN?.replace(/\/$/, '');
const proxied = searchOrigin ? ['/', ...locales.map((l) => paths.search(l))].map((url) => `${url}  ${searchOrigin}${url}  200!`) : [];
fs.writeFileSync(out.redirects, [...proxied, ...locales.map((l) => `/${l}/*  ${paths.notFound(l)}  404`)].join('\n') + '\n');

// What the search service needs: its pages (the search page without a query,
// to fill in, and the 404 pages for URLs without a locale), its index, its code.
for (const locale of locales) {
  fs.mkdirSync(path.dirname(out.searchPage('search', locale)), { recursive: true });
  fs.writeFileSync(out.searchPage('search', locale), served(routes.search, `/${locale}/search`));
  fs.copyFileSync(path.join(out.site, fileOfUrl(routes.notFound, `/${locale}/404`)), out.searchPage('404', locale));
}
writeSearchIndex(SearchIndex.build(library), out.search);
fs.writeFileSync(path.join(out.search, 'service.json'), JSON.stringify({ scriptHashes }));
bundle('server/search-service.ts', out.searchService);
bundle('server/main.ts', out.server);

fs.writeFileSync(out.manifest, JSON.stringify({ contentDir: path.resolve(contentDir), pageSize, pages: urls }));

const drawn = previews.prune();
const searchFiles = Object.values(searchIndexFiles(out.search)).map((file) => `${path.basename(file)} ${(fs.statSync(file).size / 1024).toFixed(0)} KB`);
console.log(
  `${path.relative('.', out.site)}: ${urls} URLs (the route table's: its pages prerendered by Next, its preview images ` +
    `${drawn.drawn} drawn and ${drawn.kept} kept from previous builds) in ${files} files, with _headers and ${path.relative('.', out.nginx)}; ` +
    `${path.relative('.', out.search)}: ${searchFiles.join(', ')}; ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

/**
 * One file with everything it imports, React included: the search service
 * and the server run with Node alone, wherever the build is copied.
 */
function bundle(entry: string, outfile: string) {
  buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    minifySyntax: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    // Bundled CommonJS (React) calls require: give the module one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}
