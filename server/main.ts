// `npm start`: the site on HOST (default localhost) and PORT (default 3000),
// from the build in dist/ (lib/build/output.ts). WORKERS processes (default:
// one a core) serve the site's files with sirv: the precompressed copy the
// client accepts, ETag and 304, HEAD and ranges, each file with the headers
// the build wrote for it (`_headers`). One more process, the search service
// (server/search-service.ts), answers what depends on the reader: search, `/`
// and URLs without a locale; it holds the search index once, whatever the
// number of file servers, which pass it those requests over a local socket.
import { fork, type ChildProcess } from 'node:child_process';
import cluster from 'node:cluster';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import sirv from 'sirv';
import { headersMatcher, parseHeadersFile } from '../lib/build/headers';
import type { Locale } from '../lib/i18n/locales';
import { localeOfPath, paths } from '../lib/paths';
import { requestPath } from './request-path';

const root = path.dirname(new URL(import.meta.url).pathname);
const site = path.join(root, 'site');
const host = process.env.HOST || 'localhost';
const port = Number(process.env.PORT || 3000);
const workers = Number(process.env.WORKERS || os.availableParallelism());
const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

if (cluster.isPrimary) await supervise();
else serveFiles(process.env.SEARCH_SOCKET!);

async function supervise() {
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number, not ${JSON.stringify(process.env.PORT)}`);
  if (!Number.isInteger(workers) || workers < 1) fail(`WORKERS must be a number of processes, not ${JSON.stringify(process.env.WORKERS)}`);
  const headersFile = path.join(site, '_headers');
  if (!fs.existsSync(headersFile)) fail(`${site} holds no build: run \`npm run build\` first.`);
  try {
    parseHeadersFile(fs.readFileSync(headersFile, 'utf8'));
  } catch (error) {
    fail(`${headersFile}: ${(error as Error).message}: run \`npm run build\`, which writes it.`);
  }
  const socket = path.join(os.tmpdir(), `site-search-${process.pid}.sock`);
  const children: { kill(signal?: NodeJS.Signals): unknown }[] = [];
  const stopAll = (code: number) => {
    for (const child of children) child.kill('SIGTERM');
    fs.rmSync(socket, { force: true });
    process.exit(code);
  };
  // One process stopping stops the server: a build that cannot be served stops
  // it at start, and a crash must not go unnoticed.
  const service: ChildProcess = fork(path.join(root, 'search', 'service.mjs'), { env: { ...process.env, SOCKET: socket } });
  children.push(service);
  service.on('exit', (code) => stopAll(code || 1));
  await new Promise<void>((resolve) => service.once('message', () => resolve()));
  let listening = 0;
  for (let i = 0; i < workers; i++) children.push(cluster.fork({ SEARCH_SOCKET: socket }));
  cluster.on('listening', () => {
    if (++listening === workers) console.log(`Serving on ${origin} (${workers} file servers and the search service)`);
  });
  cluster.on('exit', (_, code) => stopAll(code || 1));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      cluster.removeAllListeners('exit');
      service.removeAllListeners('exit');
      stopAll(0);
    });
  }
}

function serveFiles(socket: string) {
  const headersOf = headersMatcher(parseHeadersFile(fs.readFileSync(path.join(site, '_headers'), 'utf8')));
  const files = sirv(site, {
    // sirv's "dev" mode finds each file on disk when it is asked for; without
    // it, every file server holds a table of every file (130 MB each at
    // 5,000 pieces: 80,000 files) and the setup no longer fits in 600 MB.
    // Its Cache-Control is replaced by the build's, like every header.
    dev: true,
    brotli: true,
    gzip: true,
    etag: true,
    extensions: ['html'],
    setHeaders: (response, pathname) => {
      for (const [name, value] of Object.entries(headersOf(pathname))) response.setHeader(name, value);
    },
  });
  // The service keeps an idle connection for a minute (search-service.ts);
  // the agent lets go of it after 30 s, so it never sends on a socket the
  // service is closing at that very moment. A reused socket can still die
  // under a request; one with no body is then sent once more.
  const agent = new http.Agent({ keepAlive: true, timeout: 30_000 });
  const toService = (request: http.IncomingMessage, response: http.ServerResponse, retried = false) => {
    const upstream = http.request({ agent, socketPath: socket, path: request.url, method: request.method, headers: request.headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      if (!retried && upstream.reusedSocket && error.code === 'ECONNRESET' && !hasBody(request) && !response.headersSent) {
        return toService(request, response, true);
      }
      if (!response.headersSent) response.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('502 Bad Gateway: the search service did not answer.\n');
    });
    if (hasBody(request)) request.pipe(upstream);
    else upstream.end();
  };
  const server = http.createServer((request, response) => {
    const url = requestPath(request.url);
    if (!url) return toService(request, response);
    const { pathname } = url;
    const locale = localeOfPath(pathname);
    // sirv decodes a path before it looks on disk: `/%5Fheaders` would be
    // `_headers`, `/fr/%2Egit` a dotfile. No file of the site's begins so.
    const hidden = /(^|\/)[._]/.test(decodedPath(pathname));
    const dynamic = pathname === '/' || (locale && pathname === paths.search(locale)) || (hidden && !locale);
    if (dynamic || (request.method !== 'GET' && request.method !== 'HEAD')) return toService(request, response);
    // The 404 page is no page of its own: asked for by its URL, it is a 404 too.
    if (locale && (hidden || pathname === paths.notFound(locale))) return notFound(request, response, locale);
    const asked = request.url;
    request.url = pathname;
    files(request, response, () => {
      request.url = asked;
      if (!locale) return toService(request, response);
      notFound(request, response, locale);
    });
  });

  /**
   * An unknown URL under a locale: that locale's 404 page, with status 404,
   * served by sirv like any file (its compressed copies, its headers), with
   * the status sirv would have sent as 200 changed to 404.
   */
  function notFound(request: http.IncomingMessage, response: http.ServerResponse, locale: Locale) {
    request.url = paths.notFound(locale);
    delete request.headers['if-none-match'];
    delete request.headers.range;
    const writeHead = response.writeHead;
    response.writeHead = function (this: http.ServerResponse, _status: number, ...rest: unknown[]) {
      return (writeHead as (...args: unknown[]) => http.ServerResponse).call(this, 404, ...rest);
    } as typeof response.writeHead;
    files(request, response, () => {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('404 Not Found\n');
    });
  }

  // A request Node cannot parse (raw non-ASCII bytes in its path, say) gets a
  // 400 even on a kept-alive connection, where Node's own handler may just
  // close it, and the client sees no answer at all.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    // No body: the request may have been a HEAD, whose answer has none.
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    else socket.destroy();
  });
  server.listen(port, host);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function hasBody(request: http.IncomingMessage): boolean {
  return request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] || 0) > 0;
}

/** The path as sirv reads it, decoded; as given when it does not decode. */
function decodedPath(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}
