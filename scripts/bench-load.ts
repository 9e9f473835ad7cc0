// npm run bench:load [-- seconds]: the build in .next under load (wrk, 64
// connections, 60 s by default), over a mix of URLs (articles, tag pages,
// feeds, searches, 404s), directly and through nginx as a shared cache
// (deploy/nginx.conf); then the largest article and side-by-side page through
// the cache, each next to the same HTML served by nginx from a file. Reports requests per second, p50 and p99,
// errors (socket errors, timeouts, answers of 500 or more), and the server's
// memory after warm-up and after the runs.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getLibrary } from '../lib/content/current';
import { paths, routes, routeUrls } from '../lib/routes';
import { treeRss } from './process-tree';
import { startServer } from './server-process';

const seconds = Number(process.argv[2] ?? 60);
/** Each cached page and its file, twice: a sixth of a mix run each, side by side. */
const pairSeconds = Math.max(5, Math.round(seconds / 6));
const connections = 64;
const root = path.resolve(import.meta.dirname, '..');
const base = Number(process.env.BENCH_PORT ?? 3400);
const ports = { server: base, cache: base + 1, file: base + 2 };
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-load-'));
fs.chmodSync(work, 0o755);

execFileSync('bash', ['scripts/ensure-apt.sh', 'wrk', 'wrk'], { cwd: root, stdio: 'inherit' });
execFileSync('bash', ['scripts/ensure-apt.sh', 'nginx', 'nginx-light'], { cwd: root, stdio: 'inherit' });

const started: ChildProcess[] = [];
function start(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, detached: true, stdio: 'ignore' });
  started.push(child);
  return child;
}
function stopAll() {
  for (const child of started) if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
}
process.on('exit', stopAll);

async function waitFor(url: string) {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within 60 s`);
}

/** The server's resident memory: its processes together (server.mjs runs one Next a core). */
const rssMB = (pid: number) => treeRss(pid) / 2 ** 20;

/** The URL mix: every article (twice), side-by-side and tag page in both languages, the feeds, searches and 404s, in a fixed shuffled order. */
function mix(): string[] {
  const library = getLibrary();
  const articles = routeUrls(routes.article, library);
  const parallels = routeUrls(routes.parallel, library);
  const tags = routeUrls(routes.tag, library);
  const feeds = routeUrls(routes.feed, library);
  const searches = ['tokayev', 'sanctions', 'Nazarbaïev', 'CSTO', 'élection', 'crisis'].flatMap((q) => [paths.search('fr'), paths.search('en')].map((p) => `${p}?q=${encodeURIComponent(q)}`));
  const missing = ['/fr/articles/nope', '/en/tags/nope', '/nope', '/fr/page/99', '/wp-login.php'];
  const urls = [...articles, ...articles, ...parallels, ...tags, ...feeds, ...searches, ...missing];
  let seed = 7;
  for (let i = urls.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [urls[i], urls[j]] = [urls[j]!, urls[i]!];
  }
  return urls;
}

/** wrk's script: requests go round the mix; answers of 500 or more are counted per thread and summed. */
function wrkScript(urls: string[]): string {
  const file = path.join(work, `mix-${urls.length}.lua`);
  fs.writeFileSync(
    file,
    `local urls = {${urls.map((u) => JSON.stringify(u)).join(', ')}}
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) i = math.random(#urls); server_errors = 0 end
function request() i = i % #urls + 1; return wrk.format("GET", urls[i]) end
function response(status, headers, body) if status >= 500 then server_errors = server_errors + 1 end end
function done(summary, latency, requests)
  local n = 0
  for _, t in ipairs(threads) do n = n + t:get("server_errors") end
  io.write(string.format("SERVER_ERRORS %d\\n", n))
end
`,
  );
  return file;
}

interface Run {
  name: string;
  rps: number;
  p50: string;
  p99: string;
  errors: string;
}

/**
 * A wrk run over `urls`. One URL is requested without a script: wrk then
 * counts answers that are not 2xx or 3xx itself, and spends none of the
 * machine's two cores running Lua for each answer, which would flatten the
 * difference between two servers it compares.
 */
function wrk(name: string, origin: string, urls: string[], duration = seconds): Run {
  const target = urls.length === 1 ? ['--', `${origin}${urls[0]}`] : ['-s', wrkScript(urls), origin];
  const out = execFileSync('wrk', ['-t2', `-c${connections}`, `-d${duration}s`, '--timeout', '2s', '--latency', ...target], {
    encoding: 'utf8',
  });
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const serverErrors = urls.length === 1 ? Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0) : Number(/SERVER_ERRORS (\d+)/.exec(out)?.[1] ?? NaN);
  const [connect, read, write, timeout] = socket ? socket.slice(1).map(Number) : [0, 0, 0, 0];
  return {
    name,
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)![1]),
    p50: /^\s+50%\s+(\S+)/m.exec(out)![1]!,
    p99: /^\s+99%\s+(\S+)/m.exec(out)![1]!,
    errors: `${connect! + read! + write!} socket, ${timeout} timeouts, ${serverErrors} ${urls.length === 1 ? 'not 2xx/3xx' : '≥ 500'}`,
  };
}

const server = await startServer({ host: '127.0.0.1', port: ports.server });
process.on('exit', () => process.kill(-server.pid, 'SIGTERM'));
start('bash', ['scripts/nginx-cache.sh', `127.0.0.1:${ports.cache}`, `127.0.0.1:${ports.server}`]);
await waitFor(`http://127.0.0.1:${ports.cache}/fr`);
const urls = mix();

// The largest article and the largest side-by-side page, each next to the same
// HTML served by nginx from a file, with the transmission settings of
// deploy/nginx.conf (sendfile, tcp_nopush, open_file_cache), so that only the
// cache differs. The largest, because an answer over 64 KB is where a setting
// such as tcp_nopush showed (40 ms stalls).
const pages = new Map<string, string>();
for (const url of new Set(urls.filter((u) => u.includes('/articles/')))) {
  const response = await fetch(`http://127.0.0.1:${ports.server}${url}`);
  if (response.ok) pages.set(url, await response.text());
}
const largest = (parallel: boolean) =>
  [...pages].filter(([url]) => url.endsWith('/parallel') === parallel).sort(([, a], [, b]) => b.length - a.length)[0]!;
const compared = [largest(false), largest(true)];
for (const [url, html] of compared) {
  fs.mkdirSync(path.join(work, 'www', path.dirname(url)), { recursive: true });
  fs.writeFileSync(path.join(work, 'www', `${url}.html`), html);
}
execFileSync('chmod', ['-R', 'a+rX', work]);
const transmission = fs
  .readFileSync(path.join(root, 'deploy', 'nginx.conf'), 'utf8')
  .split('\n')
  .filter((line) => /^\s*(sendfile|tcp_nopush|open_file_cache\w*)\s/.test(line))
  .join(' ');
fs.writeFileSync(
  path.join(work, 'file.conf'),
  `worker_processes 2; pid ${work}/file.pid; error_log ${work}/file-error.log warn; daemon off;
events { worker_connections 4096; }
http { access_log off; ${transmission} client_body_temp_path ${work}/body; proxy_temp_path ${work}/proxy; fastcgi_temp_path ${work}/fcgi; uwsgi_temp_path ${work}/uwsgi; scgi_temp_path ${work}/scgi;
  default_type text/html; server { listen 127.0.0.1:${ports.file}; root ${work}/www; location / { try_files $uri.html =404; } } }
`,
);
start('nginx', ['-p', work, '-c', path.join(work, 'file.conf')]);
for (const [url] of compared) await waitFor(`http://127.0.0.1:${ports.file}${url}`);

console.log(`${urls.length} URLs in the mix; ${connections} connections, ${seconds} s a run; node ${process.version}, ${os.cpus().length} cores`);
wrk('warm-up', `http://127.0.0.1:${ports.server}`, urls, 10);
const warm = rssMB(server.pid);
const runs = [
  wrk('mix, direct', `http://127.0.0.1:${ports.server}`, urls),
  wrk('mix, through the cache', `http://127.0.0.1:${ports.cache}`, urls),
];
const kb = (html: string) => `${(Buffer.byteLength(html) / 1024).toFixed(0)} KB`;
// Two rounds, cache and file alternating, so that a slower moment of the machine does not fall on one side only.
const pairs = compared.map(([url, html]) => {
  const rounds = [0, 1].map(() => {
    const pair = [
      wrk(`\`${url}\` (${kb(html)}), through the cache`, `http://127.0.0.1:${ports.cache}`, [url], pairSeconds),
      wrk(`the same HTML, a file served by nginx`, `http://127.0.0.1:${ports.file}`, [url], pairSeconds),
    ] as const;
    runs.push(...pair);
    return pair;
  });
  const total = (side: 0 | 1) => rounds.reduce((sum, pair) => sum + pair[side].rps, 0);
  return { url, ratio: total(0) / total(1) };
});
const after = rssMB(server.pid);
await server.stop();
stopAll();

console.log('\n| run | requests/s | p50 | p99 | errors |\n| --- | --- | --- | --- | --- |');
for (const run of runs) console.log(`| ${run.name} | ${run.rps.toFixed(0)} | ${run.p50} | ${run.p99} | ${run.errors} |`);
console.log('');
for (const { url, ratio } of pairs) console.log(`cached / file from disk, ${url}: ${ratio.toFixed(2)}× (both rounds)`);
console.log(`server memory: ${warm.toFixed(0)} MB after warm-up, ${after.toFixed(0)} MB after the runs (${(((after - warm) / warm) * 100).toFixed(0)} %)`);
fs.rmSync(work, { recursive: true, force: true });
