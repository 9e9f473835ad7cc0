// npm run bench:load [-- seconds]: the build in dist/ under load (wrk, 64
// connections, 60 s a run by default), each server started just before, with
// no cache in front: the largest article, then a mix of URLs (articles,
// side-by-side and tag pages, feeds, searches, 404s), through `npm start`
// (server/main.ts) and through nginx as `npm run serve:nginx` runs it
// (deploy/nginx.conf with the search service), the article also next to the
// same HTML served by nginx as a plain file. Reports requests per second, p50
// and p99, errors (socket errors, timeouts, answers of 500 or more), and the
// servers' memory after the runs.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getLibrary } from '../lib/content/current';
import { routes, routeUrls } from '../lib/routes';
import { paths } from '../lib/paths';
import { treeRss } from './process-tree';
import { startServer } from './server-process';

const seconds = Number(process.argv[2] ?? 60);
const connections = 64;
const root = path.resolve(import.meta.dirname, '..');
const base = Number(process.env.BENCH_PORT ?? 3400);
const ports = { server: base, nginx: base + 1, search: base + 2, file: base + 3 };
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

/** A server's resident memory: its processes together (file servers and the search service). */
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
function wrk(name: string, origin: string, urls: string[], headers: string[] = []): Run {
  const target = urls.length === 1 ? ['--', `${origin}${urls[0]}`] : ['-s', wrkScript(urls), origin];
  const out = execFileSync('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '--timeout', '2s', '--latency', ...headers.flatMap((h) => ['-H', h]), ...target], {
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

const urls = mix();
const article = routeUrls(routes.article, getLibrary())
  .map((url) => ({ url, bytes: fs.statSync(path.join(root, 'dist', 'site', `${url}.html`)).size }))
  .sort((a, b) => b.bytes - a.bytes)[0]!;
const browser = ['Accept-Encoding: gzip, deflate, br'];

// The same HTML as a plain file, served by nginx with deploy/nginx.conf's
// transmission settings (sendfile, tcp_nopush, open_file_cache) and nothing else.
fs.mkdirSync(path.join(work, 'www', path.dirname(article.url)), { recursive: true });
fs.copyFileSync(path.join(root, 'dist', 'site', `${article.url}.html`), path.join(work, 'www', `${article.url}.html`));
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

console.log(`${urls.length} URLs in the mix; the article ${article.url} (${(article.bytes / 1024).toFixed(0)} KB); ${connections} connections, ${seconds} s a run; node ${process.version}, ${os.cpus().length} cores`);
const runs: Run[] = [];
const kb = `${(article.bytes / 1024).toFixed(0)} KB`;

// npm start, just started: the article, then the mix.
const server = await startServer({ host: '127.0.0.1', port: ports.server });
process.on('exit', () => void server.stop());
runs.push(wrk(`npm start: \`${article.url}\` (${kb})`, `http://127.0.0.1:${ports.server}`, [article.url]));
runs.push(wrk('npm start: the same, brotli', `http://127.0.0.1:${ports.server}`, [article.url], browser));
runs.push(wrk('npm start: the mix, brotli', `http://127.0.0.1:${ports.server}`, urls, browser));
const serverMB = rssMB(server.pid);
await server.stop();

// nginx from disk with the search service (npm run serve:nginx), just started,
// alternating with the plain file so that a slower moment of the machine does not fall on one side only.
const service = start(process.execPath, ['dist/search/service.mjs'], { HOST: '127.0.0.1', PORT: String(ports.search) });
await waitFor(`http://127.0.0.1:${ports.search}/fr/search`);
const nginx = start('bash', ['scripts/nginx.sh', 'deploy/nginx.conf', `127.0.0.1:${ports.nginx}`, `SEARCH=127.0.0.1:${ports.search}`]);
start('nginx', ['-p', work, '-c', path.join(work, 'file.conf')]);
await waitFor(`http://127.0.0.1:${ports.nginx}/fr`);
await waitFor(`http://127.0.0.1:${ports.file}${article.url}`);
const site = wrk(`serve:nginx: \`${article.url}\` (${kb})`, `http://127.0.0.1:${ports.nginx}`, [article.url]);
const file = wrk('the same HTML, a plain file served by nginx', `http://127.0.0.1:${ports.file}`, [article.url]);
runs.push(site, file);
runs.push(wrk('serve:nginx: the same, brotli', `http://127.0.0.1:${ports.nginx}`, [article.url], browser));
runs.push(wrk('serve:nginx: the mix, brotli', `http://127.0.0.1:${ports.nginx}`, urls, browser));
const nginxMB = rssMB(nginx.pid!) + rssMB(service.pid!);
stopAll();

console.log('\n| run | requests/s | p50 | p99 | errors |\n| --- | --- | --- | --- | --- |');
for (const run of runs) console.log(`| ${run.name} | ${run.rps.toFixed(0)} | ${run.p50} | ${run.p99} | ${run.errors} |`);
console.log(`\nserve:nginx / plain file, ${article.url}: ${(site.rps / file.rps).toFixed(2)}×`);
console.log(`memory after the runs: npm start ${serverMB.toFixed(0)} MB (file servers and search service); nginx and the search service ${nginxMB.toFixed(0)} MB`);
fs.rmSync(work, { recursive: true, force: true });
