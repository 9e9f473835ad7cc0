// Serves the build in .next on HOST (default localhost) and PORT (default 3000),
// in WORKERS processes (default: one a core): what `npm run serve` and the
// end-to-end tests run, instead of `next start`.
//
// `next start -H 127.0.0.1` (or `::1`) breaks every rewrite of the proxy:
// Next spells every loopback address "localhost" in the proxy's URLs but
// compares them with the literal address it was started on, so the rewrite to
// the 404 page looks external and Next fetches it from itself (next.js #94745).
// Here Next is told "localhost" whatever address the socket listens on, so its
// URLs always agree; the address a reader or a reverse proxy uses never reaches it.
//
// Several processes share the socket because one Node process given more
// connections than it can answer at once leaves a few of them waiting seconds
// for their first answer (a plain server spending 2 ms a request does it too):
// at 64 connections on two cores, one process timed out 11 to 18 requests a
// minute, two none.
import cluster from 'node:cluster';
import http from 'node:http';
import { availableParallelism } from 'node:os';
import compression from 'compression';
import { serveWithoutNextRuntime } from './lib/runtime-free.mjs';

process.env.NODE_ENV = 'production';

const host = process.env.HOST || 'localhost';
const port = Number(process.env.PORT || 3000);
const workers = Number(process.env.WORKERS || availableParallelism());
const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not ${JSON.stringify(process.env.PORT)}`);
  process.exit(2);
}
if (!Number.isInteger(workers) || workers < 1) {
  console.error(`WORKERS must be a number of processes, not ${JSON.stringify(process.env.WORKERS)}`);
  process.exit(2);
}

if (cluster.isPrimary && workers > 1) supervise();
else await serve();

function supervise() {
  let listening = 0;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('listening', () => {
    if (++listening === workers) console.log(`Serving on ${origin} (${workers} processes)`);
  });
  // One process stopping stops the server: a build that cannot be served
  // stops every process at start, and a crash must not go unnoticed.
  cluster.on('exit', (_, code) => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
    process.exit(code || 1);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      cluster.removeAllListeners('exit');
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
      process.exit(0);
    });
  }
}

async function serve() {
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: import.meta.dirname, hostname: 'localhost', port });
  await app.prepare();
  const handle = site(app.getRequestHandler());
  await warmUp(handle);
  const server = http.createServer((request, response) => handle(request, response));
  server.listen(port, host, () => {
    if (cluster.isPrimary) console.log(`Serving on ${origin}`);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}

/**
 * Next's handler, with pages sent without Next's client runtime
 * (lib/runtime-free.mjs), and every response compressed when the client
 * accepts it: here rather than in Next (`compress: false`), which would
 * compress the pages before the runtime is taken out.
 */
function site(handle) {
  const compress = compression();
  return (request, response) =>
    compress(request, response, () => {
      serveWithoutNextRuntime(request, response);
      return handle(request, response);
    });
}

/**
 * Next loads a route's code on the route's first request, which made the first
 * search a process answered take half a second. Each process answers one
 * request of each kind on a port of its own before it takes readers'.
 */
async function warmUp(handle) {
  const server = http.createServer((request, response) => handle(request, response));
  // exclusive: in a cluster, port 0 would otherwise be one port shared by every process.
  await new Promise((resolve) => server.listen({ port: 0, host: '127.0.0.1', exclusive: true }, resolve));
  const { port: warmPort } = server.address();
  try {
    for (const path of ['/fr', '/en/search?q=warm', '/fr/search?q=chaud', '/fr/no-such-page']) {
      await (await fetch(`http://127.0.0.1:${warmPort}${path}`, { redirect: 'manual' })).arrayBuffer();
    }
  } finally {
    server.close();
  }
}
