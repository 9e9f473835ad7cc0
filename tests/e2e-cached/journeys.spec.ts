import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';

/**
 * Through nginx as a shared cache, readers of each language take the same
 * journeys twice, alternately: each must get the answer meant for them, never
 * one the cache kept for another reader, and what is the same for everyone
 * must come from the cache the second time.
 */

const readers = [
  { lang: 'fr', headers: { 'Accept-Language': 'fr-FR,fr;q=0.9' } },
  { lang: 'en', headers: { 'Accept-Language': 'en-GB,en;q=0.9' } },
  { lang: 'en', headers: { 'Accept-Language': 'fr', Cookie: 'locale=en' } },
  { lang: 'fr', headers: { 'Accept-Language': 'en', Cookie: 'locale=fr' } },
] as const;

const cacheStatus = (response: APIResponse) => response.headers()['x-cache'];

/** What every response through the cache must respect: a response that sets a cookie is never stored by a shared cache. */
function checkCacheable(response: APIResponse) {
  const headers = response.headers();
  if (headers['set-cookie']) expect(headers['cache-control'], `${response.url()} sets a cookie`).toMatch(/private|no-store/);
  expect(headers['cache-control'], `${response.url()} says how it may be cached`).toBeTruthy();
}

async function get(request: APIRequestContext, path: string, headers: Record<string, string>) {
  const response = await request.get(path, { headers, maxRedirects: 0 });
  checkCacheable(response);
  return response;
}

test('/ sends each reader to their language, every time', async ({ request }) => {
  for (let round = 0; round < 2; round++) {
    for (const reader of readers) {
      const response = await get(request, '/', reader.headers);
      expect(response.status()).toBe(307);
      expect(response.headers().location).toBe(`/${reader.lang}`);
      expect(cacheStatus(response)).not.toBe('HIT');
    }
  }
});

test('a 404 without a locale is in each reader’s language, every time', async ({ request }) => {
  for (let round = 0; round < 2; round++) {
    for (const reader of readers) {
      const response = await get(request, '/no-such-page', reader.headers);
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain(`<html lang="${reader.lang}"`);
      expect(cacheStatus(response)).not.toBe('HIT');
    }
  }
});

test('a page, a feed and a 404 with a locale are the same for everyone, and cached', async ({ request }) => {
  for (const [path, status, lang] of [
    ['/fr/articles/kazakhstan-crisis', 200, 'fr'],
    ['/en/tags/tokayev', 200, 'en'],
    ['/fr/articles/no-such-piece', 404, 'fr'],
  ] as const) {
    const seen: string[] = [];
    for (const reader of [...readers, ...readers]) {
      const response = await get(request, path, reader.headers);
      expect(response.status(), path).toBe(status);
      expect(await response.text(), path).toContain(`<html lang="${lang}"`);
      seen.push(cacheStatus(response) ?? '');
    }
    expect(seen.slice(1), `${path}: ${seen.join(' ')}`).toEqual(Array(seen.length - 1).fill('HIT'));
  }
  const feed = await get(request, '/en/feed.xml', {});
  expect(feed.headers()['content-type']).toMatch(/xml/);
  expect(cacheStatus(await get(request, '/en/feed.xml', readers[0].headers))).toBe('HIT');
});

test('search answers each reader’s query in their language, and is never cached', async ({ request }) => {
  for (let round = 0; round < 2; round++) {
    for (const [path, lang] of [['/fr/search?q=tokayev', 'fr'], ['/en/search?q=tokayev', 'en']] as const) {
      for (const reader of readers) {
        const response = await get(request, path, reader.headers);
        expect(response.status()).toBe(200);
        const html = await response.text();
        expect(html).toContain(`<html lang="${lang}"`);
        expect(html).toMatch(lang === 'fr' ? /4 résultats pour «\s?tokayev\s?»/ : /4 results for “tokayev”/);
        expect(cacheStatus(response)).not.toBe('HIT');
      }
    }
  }
});

test('a reader’s choice of language is remembered even when the cache answers the page they switch to', async ({ browser, baseURL }) => {
  // Someone else's visit leaves the English page in the cache.
  const other = await browser.newContext({ locale: 'en-GB' });
  await (await other.newPage()).goto(`${baseURL}/en/articles/kazakhstan-crisis`);
  await other.close();

  for (let round = 0; round < 2; round++) {
    // A French-speaking reader switches to English: the cache answers, and yet `/` remembers.
    const reader = await browser.newContext({ locale: 'fr-FR' });
    const page = await reader.newPage();
    await page.goto(`${baseURL}/fr/articles/kazakhstan-crisis`);
    const switched = page.waitForResponse((r) => new URL(r.url()).pathname === '/en/articles/kazakhstan-crisis' && r.request().resourceType() === 'document');
    await page.locator('[data-language-switch]').click();
    expect((await switched).headers()['x-cache']).toBe('HIT');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto(`${baseURL}/`);
    expect(new URL(page.url()).pathname).toBe('/en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await reader.close();

    // A reader who never chose still gets their own language.
    const stranger = await browser.newContext({ locale: 'fr-FR' });
    const strangerPage = await stranger.newPage();
    await strangerPage.goto(`${baseURL}/en/articles/kazakhstan-crisis`);
    await strangerPage.goto(`${baseURL}/`);
    expect(new URL(strangerPage.url()).pathname).toBe('/fr');
    await stranger.close();
  }
});
