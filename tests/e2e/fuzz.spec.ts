import http from 'node:http';
import { expect, test } from '@playwright/test';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { isLocale, type Locale } from '@/lib/i18n/locales';

/**
 * Hostile and malformed requests, generated from a fixed seed so that a failure
 * can be replayed: none may answer 500 or more, and every 404 must be the
 * localized page in the language the URL (or, without one, the reader) asks for.
 * Sent with node:http, not a browser, so that paths reach the server as written
 * (a browser would resolve dot segments and re-encode).
 */

const requests = 5_000;

/** Mulberry32: small, seedable, good enough to pick from lists. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(20261121);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
const chance = (p: number) => next() < p;

const segments = [
  'fr', 'en', 'de', 'FR', 'En', 'articles', 'tags', 'archive', 'page', 'search', 'feed.xml', 'sitemaps', 'parallel',
  'preview.png', 'kazakhstan-crisis', 'kazakhstan-east-west', 'tokayev', '2022', '01', '1', '0', '-1', '99999999999999999999',
  'x', '404', '_next', 'static', 'api', 'wp-login.php', '.env', '.git', 'index.html', 'robots.txt', 'sitemap.xml',
  // Encodings, good and bad.
  '%41', '%', '%E0%A4%A', '%00', '%2e%2e%2f', '%2E%2E', '%2f', '%5c', '%ZZ', '%C0%AF', '%FF%FE', '%E2%80%AE', '%0d%0aSet-Cookie:%20x=1',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '%25', '%%32%65',
  // Dot segments and empty ones (double slashes).
  '.', '..', '...', '',
  // Raw Unicode (sent as UTF-8 bytes).
  'élection', 'Токаев', '中文', '😀', '\u202e', '\ufeff', 'a\u0301', 'ﬁ',
  // Odd but printable.
  '<script>', '"onmouseover=alert(1)"', "'", ';', ':', '@', '~', '*', '$', '(', ')', '[', ']', '{', '}', '|', '^', '`',
];

function segment(): string {
  if (chance(0.03)) return 'a'.repeat(500 + Math.floor(next() * 8000));
  if (chance(0.03)) return pick(segments).repeat(50 + Math.floor(next() * 200));
  if (chance(0.1)) return Array.from({ length: 1 + Math.floor(next() * 12) }, () => String.fromCharCode(0x21 + Math.floor(next() * 94))).join('').replace(/[?#]/g, '');
  return pick(segments);
}

const queries = [
  '', '?', '?q=', '?q=%', '?q=%E0%A4%A', '?q=' + 'x'.repeat(5000), '?q=<script>alert(1)</script>', '?__proto__[x]=1', '?constructor=1',
  '?_rsc=junk', '?a=1&a=2&a=3', '?&&&==', '?q=%00', '?page=-1', '?q=tokaiev&q=tokayev', '?' + 'k=v&'.repeat(500),
];

const headerValues = {
  'Accept-Language': ['', 'fr', 'en', 'de', '*', 'x_y', 'fr;q=abc', 'en-US,en;q=0.9,fr;q=0.8', ';;;,,,', 'a'.repeat(4000), 'zh-Hant-TW-u-ca-chinese', 'en;q=-1', 'fr;q=1e999'],
  Cookie: ['', 'locale=fr', 'locale=en', 'locale=de', 'locale=', 'locale=%', 'locale=fr; locale=en', '=;=;=', 'locale=' + 'e'.repeat(3000), 'a=b;'.repeat(200), '__proto__=1'],
  Referer: ['', 'x', 'javascript:alert(1)', 'http://localhost/fr', 'http://evil.example/en', 'http://[::1', '//', 'http://' + 'a'.repeat(2000) + '/'],
  Host: ['localhost', 'evil.example', '127.0.0.1', '[::1]', 'localhost:99999', 'a'.repeat(300), '', ':', 'localhost:0'],
  RSC: ['1', '0', 'junk', ''],
  'Next-Router-Prefetch': ['1', 'junk'],
  'Next-Router-State-Tree': ['junk', '%5B%22%22%5D', '[', '%', '%7B%7D'],
  'Next-Url': ['/fr', 'junk', '//evil.example'],
} as const;

interface Generated {
  method: string;
  path: string;
  headers: Record<string, string>;
}

function generate(): Generated {
  const count = Math.floor(next() * 6);
  let path = (chance(0.7) ? `/${pick(['fr', 'en', 'de', ''])}` : '') + Array.from({ length: count }, () => `/${segment()}`).join('');
  if (!path.startsWith('/')) path = `/${path}`;
  if (chance(0.15)) path += '/';
  if (chance(0.05)) path = `/${path}`; // starts with `//`
  path += chance(0.3) ? pick(queries) : '';
  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(headerValues)) if (chance(0.3)) headers[name] = pick(values);
  const method = chance(0.9) ? pick(['GET', 'GET', 'GET', 'HEAD']) : pick(['POST', 'OPTIONS', 'PUT', 'DELETE', 'PATCH']);
  if (method === 'POST' && chance(0.5)) headers['Next-Action'] = pick(['junk', '0'.repeat(40), '']);
  return { method, path, headers };
}

/** Node sends header and path strings as Latin-1: UTF-8 bytes spelled in Latin-1 go out as UTF-8. */
const bytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

function send(port: number, agent: http.Agent, { method, path, headers }: Generated) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const hasHost = 'Host' in headers;
    const request = http.request(
      // A browser takes response headers far larger than Node's 16 KB (Next's redirect of `//x` repeats the URL).
      { host: 'localhost', port, method, path: bytes(path), agent, setHost: !hasHost, maxHeaderSize: 256 * 1024, headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, bytes(v)])), timeout: 30_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', reject);
    request.end(method === 'POST' || method === 'PUT' ? '{"junk":' : undefined);
  });
}

/**
 * The 404's language: the URL's when it starts with one (once its dot
 * segments are resolved: `/en/../x` is `/x`), else the reader's (cookie, then
 * Accept-Language). Undefined when the request names two (a cookie set twice,
 * an encoded slash).
 */
function expectedLocale({ path, headers }: Generated): Locale | undefined {
  // An encoded slash is a separator to nginx, which decodes it before it
  // resolves dot segments, and text to a URL parser: either reading is right.
  if (/%2f|%5c/i.test(path.split('?')[0]!)) return undefined;
  // As nginx reads it: slashes merged, dot segments resolved.
  const first = new URL(`http://x${bytes(path).split('?')[0]!.replace(/[^\x21-\x7e]/g, '_').replace(/\/{2,}/g, '/')}`).pathname.split('/')[1];
  if (isLocale(first)) return first;
  const cookies = [...(headers.Cookie ?? '').matchAll(/(?:^|;\s*)locale=([^;]*)/g)].map((m) => m[1]);
  if (cookies.length > 1) return undefined;
  return negotiateLocale(cookies[0], headers['Accept-Language'] ?? null);
}

const titles: Record<Locale, string> = { fr: 'Page introuvable', en: 'Page not found' };

test('5,000 hostile requests: no answer of 500 or more, every 404 the localized page', async ({ baseURL }) => {
  test.setTimeout(300_000);
  const port = Number(new URL(baseURL!).port);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  const all = Array.from({ length: requests }, generate);
  let cursor = 0;
  const describe = (r: Generated) => `${r.method} ${JSON.stringify(r.path.slice(0, 200))} ${JSON.stringify(r.headers).slice(0, 300)}`;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (cursor < all.length) {
        const generated = all[cursor++]!;
        let response;
        try {
          response = await send(port, agent, generated);
        } catch (error) {
          failures.push(`${describe(generated)}: ${(error as Error).message}`);
          continue;
        }
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 500) failures.push(`${describe(generated)}: ${response.status}`);
        else if (response.status === 404 && generated.method === 'GET' && !generated.headers.RSC) {
          const lang = expectedLocale(generated) ?? (response.body.includes('<html lang="fr"') ? 'fr' : 'en');
          if (!response.body.includes(`<html lang="${lang}"`) || !response.body.includes(titles[lang])) {
            failures.push(`${describe(generated)}: 404 not in ${lang}: ${response.body.slice(0, 120)}`);
          }
        }
      }
    }),
  );
  agent.destroy();
  console.log(`statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
  // Server errors first: they are the worst.
  failures.sort((a, b) => Number(/: 5\d\d$/.test(b)) - Number(/: 5\d\d$/.test(a)));
  expect(failures.slice(0, 30), `${failures.length} failures`).toEqual([]);
  expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(requests);
});
