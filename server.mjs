// Serves the build in .next on HOST (default localhost) and PORT (default 3000):
// what `npm run serve` and the end-to-end tests run, instead of `next start`.
//
// `next start -H 127.0.0.1` (or `::1`) breaks every rewrite of the proxy:
// Next spells every loopback address "localhost" in the proxy's URLs but
// compares them with the literal address it was started on, so the rewrite to
// the 404 page looks external and Next fetches it from itself (next.js #94745).
// Here Next is told "localhost" whatever address the socket listens on, so its
// URLs always agree; the address a reader or a reverse proxy uses never reaches it.
import http from 'node:http';

process.env.NODE_ENV = 'production';
const { default: next } = await import('next');

const host = process.env.HOST || 'localhost';
const port = Number(process.env.PORT || 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not ${JSON.stringify(process.env.PORT)}`);
  process.exit(2);
}

const app = next({ dev: false, dir: import.meta.dirname, hostname: 'localhost', port });
await app.prepare();
const handle = app.getRequestHandler();
const server = http.createServer((request, response) => handle(request, response));
server.listen(port, host, () => {
  const { port: bound } = server.address();
  console.log(`Serving on http://${host.includes(':') ? `[${host}]` : host}:${bound}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
