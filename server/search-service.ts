// The search service: the only part of the site that depends on the reader.
// It answers search (`/{locale}/search?q=`), `/` (a redirect to the reader's
// language) and any URL without a locale (the 404 page in the reader's
// language), and holds the search index once. `npm start` runs one beside the
// file servers (server/main.ts); deployed beside a static host or a CDN, it
// runs alone: `node search/service.mjs` with HOST and PORT (or SOCKET).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import Negotiator from 'negotiator';
import { cachePolicy, readerHeaders } from '../lib/cache-policy';
import { commonHeaders, htmlType } from '../lib/build/headers';
import { localeCookie } from '../lib/i18n/locale-cookie';
import { locales, type Locale } from '../lib/i18n/locales';
import { negotiateLocale } from '../lib/i18n/negotiate';
import { localeOfPath, paths } from '../lib/paths';
import { readSearchIndex } from '../lib/search/index-file';
import { searchTitle, searchView } from '../lib/views/listings';
import { requestPath } from './request-path';
import { searchPage } from './search-page';

/** The service's request handler, from what the build wrote into `dir` (lib/build/output.ts: `search/`). */
export function searchService(dir: string): http.RequestListener {
  const page = (kind: 'search' | '404', locale: Locale) => path.join(dir, 'pages', `${kind}.${locale}.html`);
  const read = (file: string) => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      throw new Error(`${file} is missing: run \`npm run build\`, which writes it.`);
    }
  };
  const { scriptHashes } = JSON.parse(read(path.join(dir, 'service.json'))) as { scriptHashes: string[] };
  const index = readSearchIndex(dir);
  index.warmUp();
  const searchPages = Object.fromEntries(locales.map((l) => [l, searchPage(read(page('search', l)), l, page('search', l))])) as Record<Locale, ReturnType<typeof searchPage>>;
  const notFoundPages = Object.fromEntries(locales.map((l) => [l, read(page('404', l))])) as Record<Locale, string>;
  const headers = { ...commonHeaders(scriptHashes), 'Content-Type': htmlType };
  // Every answer is a whole page (its stylesheet inline), compressed here for
  // the client: compressing took half of a search's time, so a search's
  // compressed answer is kept, the most recent ones first, and each 404 page's
  // is made once. The index never changes while the service runs.
  const answers = new Map<string, Buffer>();
  const keptAnswers = 500;
  const compressed = (key: string | undefined, body: () => string, encoding: Exclude<Encoding, 'identity'>): Buffer => {
    const id = key === undefined ? undefined : `${encoding} ${key}`;
    const kept = id === undefined ? undefined : answers.get(id);
    if (kept) {
      answers.delete(id!);
      answers.set(id!, kept);
      return kept;
    }
    const bytes = encode(body(), encoding);
    if (id !== undefined) {
      answers.set(id, bytes);
      if (answers.size > keptAnswers) answers.delete(answers.keys().next().value!);
    }
    return bytes;
  };

  return (request, response) => {
    const encoding = new Negotiator(request).encoding(['br', 'gzip', 'identity']) as Encoding | undefined;
    const send = (status: number, extra: Record<string, string>, body: () => string = () => '', key?: string) => {
      const html = extra['Content-Type'] === undefined;
      const bytes = html && encoding && encoding !== 'identity' ? compressed(key, body, encoding) : Buffer.from(body());
      response.writeHead(status, {
        ...headers,
        ...(html ? { Vary: 'Accept-Encoding' } : {}),
        ...extra,
        ...(html && encoding && encoding !== 'identity' ? { 'Content-Encoding': encoding } : {}),
        'Content-Length': String(bytes.length),
      });
      response.end(request.method === 'HEAD' ? undefined : bytes);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': cachePolicy.shared }, () => '405 Method Not Allowed: the site only answers GET and HEAD.\n');
    }
    const url = requestPath(request.url);
    if (!url || !decodable(url.pathname)) {
      return send(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': cachePolicy.shared }, () => '400 Bad Request: the path is not valid percent-encoded UTF-8.\n');
    }
    const locale = localeOfPath(url.pathname);
    const readers = () => negotiateLocale(cookie(request.headers.cookie, localeCookie.name), request.headers['accept-language'] ?? null);
    if (url.pathname === '/') {
      return send(307, { Location: paths.home(readers()), 'Cache-Control': cachePolicy.personal, Vary: readerHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
    }
    if (locale && url.pathname === paths.search(locale)) {
      const query = url.searchParams.get('q') ?? '';
      const page = () => searchPages[locale](searchView(() => index, query, locale), searchTitle(query, locale));
      return send(200, { 'Cache-Control': cachePolicy.personal }, page, `${locale} ${query}`);
    }
    // Files are served by the file server: what reaches the service without a locale is unknown.
    if (locale) return send(404, { 'Cache-Control': cachePolicy.missing }, () => notFoundPages[locale], `404 ${locale}`);
    const language = readers();
    return send(404, { 'Cache-Control': cachePolicy.personal, Vary: `${readerHeaders}, Accept-Encoding` }, () => notFoundPages[language], `404 ${language}`);
  };
}

type Encoding = 'br' | 'gzip' | 'identity';

function encode(body: string, encoding: Exclude<Encoding, 'identity'>): Buffer {
  return encoding === 'br'
    ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } })
    : zlib.gzipSync(body, { level: 6 });
}

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

// Run as a program (not imported by a test): listen.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const dir = path.dirname(new URL(import.meta.url).pathname);
  let handler: http.RequestListener;
  try {
    handler = searchService(dir);
  } catch (error) {
    console.error(`The search service cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  // Longer than the file servers' agent keeps an idle connection (main.ts).
  const server = http.createServer({ keepAliveTimeout: 60_000 }, handler);
  const socket = process.env.SOCKET;
  const host = process.env.HOST || 'localhost';
  const port = Number(process.env.PORT || 3001);
  const ready = () => {
    if (process.send) process.send('listening');
    else console.log(`Search service on ${socket ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`}`);
  };
  if (socket) {
    fs.rmSync(socket, { force: true });
    server.listen(socket, ready);
  } else {
    server.listen(port, host, ready);
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
}
