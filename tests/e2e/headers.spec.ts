import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { buildOutput } from '@/lib/build/output';
import { headerRules, headersMatcher } from '@/lib/build/headers';
import { cachePolicy } from '@/lib/cache-policy';
import { ownScriptHashes } from '@/lib/own-scripts';
import { routeUrls, routes, type Route } from '@/lib/routes';
import { library } from './site';

// The headers of every kind of file, as whatever serves the folder sends them
// (`npm start`, or nginx with the include), against the route table's.
const expectedOf = headersMatcher(headerRules(ownScriptHashes()));

test('the build’s _headers is the route table’s', () => {
  const written = fs.readFileSync(buildOutput().headers, 'utf8');
  const fromTable = headersMatcher(headerRules(ownScriptHashes()));
  for (const url of ['/fr', '/en/articles/kazakhstan-crisis', '/fr/feed.xml', '/robots.txt']) {
    expect(written).toContain(Object.values(fromTable(url)).at(-1));
  }
});

for (const [name, route] of Object.entries<Route>(routes)) {
  const urls = routeUrls(route, library);
  // Search is the service's; a route may have no page for this content (a second page of a short list).
  if (route.kind === 'search' || route.pattern === '/' || urls.length === 0) continue;
  test(`${name}: every kind of file is sent with the headers the route table gives it`, async ({ request }) => {
    for (const url of new Set([urls[0]!, urls.at(-1)!])) {
      const response = await request.get(url, { headers: { 'Accept-Encoding': 'br, gzip' }, maxRedirects: 0 });
      expect(response.status(), url).toBe(route.kind === 'error' ? 404 : 200);
      const sent = response.headers();
      for (const [header, value] of Object.entries(expectedOf(url))) expect(sent[header.toLowerCase()], `${url}: ${header}`).toBe(value);
      if (route.kind !== 'image') expect(sent['content-encoding'], url).toBe('br');
      // nginx sends an error page without them: it is never revalidated, only kept a minute.
      if (route.kind !== 'error') {
        expect(sent['etag'], url).toBeTruthy();
        expect(sent['last-modified'], url).toBeTruthy();
      }
    }
  });
}

test('an unknown URL under a locale is its 404 page, with the 404 page’s headers', async ({ request }) => {
  const response = await request.get('/en/articles/no-such-piece');
  expect(response.status()).toBe(404);
  expect(response.headers()['cache-control']).toBe(cachePolicy.missing);
  expect(await response.text()).toContain('<html lang="en"');
});

test('a page answers 304 to its ETag, HEAD without a body, and a range with its bytes', async ({ request }) => {
  const url = '/fr/articles/kazakhstan-crisis';
  const first = await request.get(url, { headers: { 'Accept-Encoding': 'identity' } });
  const whole = await first.body();
  const etag = first.headers()['etag']!;
  expect((await request.get(url, { headers: { 'Accept-Encoding': 'identity', 'If-None-Match': etag } })).status()).toBe(304);
  const head = await request.head(url, { headers: { 'Accept-Encoding': 'identity' } });
  expect(head.status()).toBe(200);
  expect(Number(head.headers()['content-length'])).toBe(whole.length);
  const range = await request.get(url, { headers: { 'Accept-Encoding': 'identity', Range: 'bytes=0-99' } });
  expect(range.status()).toBe(206);
  expect((await range.body()).equals(whole.subarray(0, 100))).toBe(true);
});

test('search, / and a URL without a locale depend on the reader, and say so', async ({ request }) => {
  const search = await request.get('/en/search?q=tokayev');
  expect(search.headers()['cache-control']).toBe(cachePolicy.personal);
  expect(search.headers()['content-security-policy']).toBe(expectedOf('/en')['Content-Security-Policy']);
  const root = await request.get('/', { maxRedirects: 0, headers: { 'Accept-Language': 'en' } });
  expect(root.status()).toBe(307);
  expect(root.headers()['vary']).toMatch(/Cookie, Accept-Language/);
  const missing = await request.get('/no-such-thing', { headers: { 'Accept-Language': 'en' } });
  expect(missing.status()).toBe(404);
  expect(missing.headers()['cache-control']).toBe(cachePolicy.personal);
  expect(await missing.text()).toContain('<html lang="en"');
});

test('the folder’s own files and dotfiles are not served, however the path is spelt', async ({ request }) => {
  for (const url of ['/_headers', '/%5Fheaders', '/%5fredirects', '/fr/%2Egit/config', '/en/.hidden', '/.well-known/x']) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(404);
    expect(await response.text(), url).not.toContain('Cache-Control');
  }
});
