// npm run bench:build [-- N]: what building and serving the site costs with N synthetic pieces
// (default 1000). It builds into this project's .next and dist/, replacing the build that was there.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import { buildOutput } from '../lib/build/output';
import { treeRss } from './process-tree';
import { startServer, type Server } from './server-process';
import { realWords, writeSyntheticTree } from './synthetic';

const usage =
  'usage: npm run bench:build [-- N]   N synthetic pieces, default 1000; runs CONTENT_DIR=<tree> npm run build,\n' +
  'which REPLACES .next and dist/: run npm run build afterwards to serve or test content/ again';
const n = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(n) || n < 1) {
  console.error(usage);
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', resolve));

/** Runs the build, sampling the process tree's memory every 200 ms: the peak is at least the highest sample. */
async function build(env: NodeJS.ProcessEnv): Promise<{ ms: number; peakBytes: number }> {
  const start = performance.now();
  const child = spawn('npm', ['run', 'build'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  let peakBytes = 0;
  const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), 200);
  const code = await exited(child);
  clearInterval(sampler);
  if (code !== 0) throw new Error(`npm run build failed (exit ${code})`);
  return { ms: performance.now() - start, peakBytes };
}

/** Bytes `dir` takes on disk (allocated blocks, as du counts them), and its number of files. */
function diskUsage(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    bytes += fs.lstatSync(path.join(entry.parentPath, entry.name)).blocks * 512;
    if (entry.isFile()) files++;
  }
  return { bytes, files };
}

async function freePort(): Promise<number> {
  for (let port = 3500; port < 3600; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(false)).listen(port, 'localhost', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 3500-3599');
}

interface Fetched {
  status: number;
  /** Body bytes as sent, before decoding (headers not counted). */
  transferred: number;
  decoded: Buffer;
  encoding: string;
}

/** GET with `Accept-Encoding: gzip`, as a browser or crawler would; node:http, unlike fetch, shows the bytes as sent. */
function get(port: number, urlPath: string): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: 'localhost', port, path: urlPath, headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = Buffer.concat(chunks);
          const encoding = response.headers['content-encoding'] ?? 'none';
          resolve({ status: response.statusCode!, transferred: body.length, decoded: encoding === 'gzip' ? zlib.gunzipSync(body) : body, encoding });
        });
      })
      .on('error', reject);
  });
}

async function timed(port: number, urlPath: string): Promise<{ ms: number; status: number }> {
  const start = performance.now();
  const { status } = await get(port, urlPath);
  return { ms: performance.now() - start, status };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const tree = writeSyntheticTree(n, {
  tagCount: Math.min(400, Math.max(50, Math.round(n / 15))),
  wordsPerVersion: 700,
  monolingualEvery: 10,
  realisticTags: true,
});
let server: Server | undefined;
const stopServer = async () => server?.stop();
const cleanUp = () => fs.rmSync(tree.dir, { recursive: true, force: true });
process.once('SIGINT', () => {
  void server?.stop();
  cleanUp();
  process.exit(130);
});

try {
  console.log(`${usage}\n\n${n} pieces, ${tree.versions} versions, ${tree.tags} tags written to ${tree.dir}`);
  const env = { ...process.env, CONTENT_DIR: tree.dir, NEXT_TELEMETRY_DISABLED: '1' };
  // A cold build, as on a fresh clone: Turbopack's cache in .next/cache would make a second run's compile several times faster,
  // and the build would first delete the previous dist/.
  fs.rmSync(path.join(root, '.next'), { recursive: true, force: true });
  fs.rmSync(buildOutput(path.join(root, 'dist')).root, { recursive: true, force: true });
  const built = await build(env);
  const prerendered = Object.keys(
    (JSON.parse(fs.readFileSync(path.join(root, '.next', 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> }).routes,
  ).length;
  const disk = diskUsage(path.join(root, '.next'));
  // What is deployed: the site's folder (to a static host or CDN) and what the search service needs.
  const out = buildOutput(path.join(root, 'dist'));
  const site = diskUsage(out.site);
  const searchFiles = diskUsage(out.search);
  const urls = (JSON.parse(fs.readFileSync(out.manifest, 'utf8')) as { pages: number }).pages;

  const port = await freePort();
  server = await startServer({ port, env: { CONTENT_DIR: tree.dir, NEXT_TELEMETRY_DISABLED: '1' } });

  // The first search after the start, before any other request, as a reader after a deploy would meet it.
  const queries = realWords.fr.filter((word) => word.length > 3);
  const search = (i: number) => `/fr/search?q=${encodeURIComponent(queries[i % queries.length]!)}`;
  const firstSearch = await timed(port, search(0));
  const searchTimes: number[] = [];
  for (let i = 1; i <= 20; i++) searchTimes.push((await timed(port, search(i))).ms);
  searchTimes.sort((a, b) => a - b);
  const searchMedian = (searchTimes[9]! + searchTimes[10]!) / 2;
  // What the server holds once it has loaded the index and answered searches: every worker and the primary.
  const serverRss = treeRss(server.pid);

  const month = tree.newest.date.slice(0, 7).replace('-', '/');
  const pages: [string, string][] = [
    ['home', '/fr'],
    ['tag (most used)', `/fr/tags/${tree.mostUsedTag}`],
    ['archive', '/fr/archive'],
    ['archive, newest month', `/fr/archive/${month}`],
    ['article', `/fr/articles/${tree.newest.slug}`],
    ['feed', '/fr/feed.xml'],
    ['sitemap', '/sitemap.xml'],
  ];
  const fetched = new Map<string, Fetched>();
  for (const [, url] of pages) fetched.set(url, await get(port, url));

  // A sitemap index points to child sitemaps by absolute URL, whose origin is SITE_URL rather than this server.
  const sitemap = fetched.get('/sitemap.xml')!;
  const children =
    sitemap.status === 200 && sitemap.decoded.includes('<sitemapindex')
      ? await Promise.all([...sitemap.decoded.toString('utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => get(port, new URL(loc!).pathname)))
      : [];
  const childSitemaps = {
    count: children.length,
    notOk: children.filter((child) => child.status !== 200).length,
    transferred: children.reduce((total, child) => total + child.transferred, 0),
    decoded: children.reduce((total, child) => total + child.decoded.length, 0),
  };
  await stopServer();

  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  console.log(`\n## Build and serve, ${n} pieces (node ${process.version})\n`);
  console.log(
    row(['pieces', 'versions', 'tags', 'build', 'peak memory (process tree)', 'URLs in the folder', 'build per URL', 'folder on disk', 'per URL', 'search service files', '.next on disk', 'first search', 'search median (20)', 'server RSS (process tree)']),
  );
  console.log(row(Array(14).fill('---')));
  console.log(
    row([
      n.toLocaleString('en'),
      tree.versions.toLocaleString('en'),
      String(tree.tags),
      seconds(built.ms),
      mb(built.peakBytes),
      urls.toLocaleString('en'),
      `${(built.ms / urls).toFixed(0)} ms`,
      `${mb(site.bytes)} (${site.files.toLocaleString('en')} files)`,
      kb(site.bytes / urls),
      `${mb(searchFiles.bytes)} (${searchFiles.files} files)`,
      `${mb(disk.bytes)} (${disk.files.toLocaleString('en')} files)`,
      firstSearch.status === 200 ? seconds(firstSearch.ms) : `n/a (${firstSearch.status})`,
      `${searchMedian.toFixed(0)} ms`,
      mb(serverRss),
    ]),
  );
  console.log('\n' + row(['page', 'URL', 'transferred', 'decoded', 'Content-Encoding']));
  console.log(row(Array(5).fill('---')));
  for (const [name, url] of pages) {
    const page = fetched.get(url)!;
    console.log(
      row(page.status === 200 ? [name, `\`${url}\``, kb(page.transferred), kb(page.decoded.length), page.encoding] : [name, `\`${url}\``, `n/a (${page.status})`, '', '']),
    );
  }
  if (childSitemaps.count) {
    const { count, notOk, transferred, decoded } = childSitemaps;
    console.log(row([`child sitemaps (${count}${notOk ? `, ${notOk} not 200` : ''})`, '', kb(transferred), kb(decoded), '']));
  }

  const summary = {
    pieces: n,
    versions: tree.versions,
    tags: tree.tags,
    buildMs: Math.round(built.ms),
    peakRssBytes: built.peakBytes,
    prerenderedPages: prerendered,
    msPerPage: Math.round(built.ms / prerendered),
    nextBytes: disk.bytes,
    nextFiles: disk.files,
    siteUrls: urls,
    siteBytes: site.bytes,
    siteFiles: site.files,
    siteBytesPerUrl: Math.round(site.bytes / urls),
    searchServiceBytes: searchFiles.bytes,
    firstSearchMs: Math.round(firstSearch.ms),
    firstSearchStatus: firstSearch.status,
    searchMedianMs: Math.round(searchMedian),
    serverRssBytes: serverRss,
    pages: Object.fromEntries(
      [...fetched].map(([url, f]) => [url, { status: f.status, transferred: f.transferred, decoded: f.decoded.length, encoding: f.encoding }]),
    ),
    childSitemaps,
  };
  console.log(`\n${JSON.stringify(summary)}`);
} finally {
  await stopServer();
  cleanUp();
}
