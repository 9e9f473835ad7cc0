import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { publicOrigin } from '@/lib/public-url';
import { library } from './site';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'category', 'url', 'xhtml:link', 'sitemap'].includes(name) });

/** Absolute URLs name the public origin (SITE_URL); fetch them from the server under test. */
const local = (url: string, baseURL: string) => url.replace(publicOrigin.origin, baseURL);

async function expectOk(request: APIRequestContext, urls: Iterable<string>, baseURL: string) {
  for (const url of new Set(urls)) {
    expect(url.startsWith(publicOrigin.origin), url).toBe(true);
    const response = await request.get(local(url, baseURL));
    expect(response.status(), url).toBe(200);
  }
}

for (const locale of ['fr', 'en'] as const) {
  test(`/${locale}/feed.xml is RSS 2.0 with the full text of every ${locale} piece, a category per tag`, async ({ request, baseURL }) => {
    const response = await request.get(`/${locale}/feed.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/rss+xml');
    const doc = xml.parse(await response.text());
    expect(doc.rss['@version']).toBe('2.0');
    const channel = doc.rss.channel;
    for (const field of ['title', 'link', 'description', 'language']) expect(channel[field], field).toBeTruthy();
    expect(channel.language).toBe(locale);
    const pieces = library.pieces.filter((p) => p.versions[locale]);
    expect(channel.item).toHaveLength(pieces.length);
    channel.item.forEach((item: Record<string, unknown>, i: number) => {
      const piece = pieces[i]!;
      const version = piece.versions[locale]!;
      expect(item.title).toBe(version.title);
      expect(item.link).toBe(`${publicOrigin.origin}/${locale}/articles/${piece.slug}`);
      expect(new Date(item.pubDate as string).toISOString().slice(0, 10)).toBe(piece.date);
      expect(item.guid).toBeTruthy();
      expect(item.description).toBeTruthy();
      expect(item['content:encoded']).toContain(version.body().html.slice(0, 60));
      const categories = (item.category as Record<string, string>[]).map((c) => c['#text']);
      expect(categories).toEqual(piece.tags.map((t) => t.labels[locale]));
    });
    await expectOk(
      request,
      [channel.link, channel['atom:link']['@href'], ...channel.item.flatMap((i: Record<string, unknown>) => [i.link, ...(i.category as Record<string, string>[]).map((c) => c['@domain'])])],
      baseURL!,
    );
  });

  test(`/${locale}/tags/tokayev/feed.xml lists exactly the pieces of the tag`, async ({ request, baseURL }) => {
    const response = await request.get(`/${locale}/tags/tokayev/feed.xml`);
    expect(response.status()).toBe(200);
    const channel = xml.parse(await response.text()).rss.channel;
    const expected = library.tagged('tokayev').filter((p) => p.versions[locale]).map((p) => `${publicOrigin.origin}/${locale}/articles/${p.slug}`);
    expect(channel.item.map((i: Record<string, string>) => i.link)).toEqual(expected);
    await expectOk(request, [channel.link], baseURL!);
  });

  test(`/${locale} pages announce their feeds`, async ({ page }) => {
    await page.goto(`/${locale}/tags/tokayev`);
    const feeds = await page.locator('link[rel="alternate"][type="application/rss+xml"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(feeds).toEqual([`${publicOrigin.origin}/${locale}/feed.xml`, `${publicOrigin.origin}/${locale}/tags/tokayev/feed.xml`]);
  });
}

test('every tag has a feed in both languages', async ({ request }) => {
  for (const tag of library.usedTags()) {
    for (const locale of ['fr', 'en']) expect((await request.get(`/${locale}/tags/${tag.slug}/feed.xml`)).status()).toBe(200);
  }
});

test('sitemap.xml is an index of sitemap files that list every page once, with hreflang alternates for real translations only', async ({ request, baseURL }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const index = xml.parse(await response.text()).sitemapindex;
  expect(index['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  const files: string[] = index.sitemap.map((s: { loc: string }) => s.loc);
  expect(files.length).toBeGreaterThan(0);
  const urls: { loc: string; 'xhtml:link'?: { '@hreflang': string; '@href': string }[] }[] = [];
  for (const file of files) {
    const doc = xml.parse(await (await request.get(local(file, baseURL!))).text());
    expect(doc.urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset.url.length).toBeLessThanOrEqual(10_000);
    urls.push(...doc.urlset.url);
  }
  const locs = urls.map((u) => u.loc);
  expect(new Set(locs).size).toBe(locs.length);
  for (const piece of library.pieces) {
    for (const locale of ['fr', 'en'] as const) {
      const loc = `${publicOrigin.origin}/${locale}/articles/${piece.slug}`;
      expect(locs.includes(loc), loc).toBe(piece.locales.includes(locale));
    }
  }
  for (const path of ['/fr', '/en', '/fr/tags', '/en/tags', '/fr/tags/tokayev', '/en/tags/russia', '/fr/archive', '/en/archive/2022/01']) {
    expect(locs).toContain(`${publicOrigin.origin}${path}`);
  }
  for (const url of urls) {
    const links = url['xhtml:link'] ?? [];
    expect(links.map((l) => l['@hreflang'])).toContain('x-default');
    const match = /\/(fr|en)\/articles\/([a-z0-9-]+)$/.exec(url.loc);
    if (match) {
      const piece = library.piece(match[2]!)!;
      expect(links.map((l) => l['@hreflang']).filter((h) => h !== 'x-default').sort()).toEqual([...piece.locales].sort());
    }
  }
  await expectOk(request, [...locs, ...urls.flatMap((u) => (u['xhtml:link'] ?? []).map((l) => l['@href']))], baseURL!);
});

test('robots.txt points to the sitemap', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toContain(`Sitemap: ${publicOrigin.origin}/sitemap.xml`);
  expect(text).toMatch(/Disallow: \/fr\/search/);
});

for (const piece of library.pieces) {
  for (const locale of piece.locales) {
    test(`JSON-LD of ${piece.slug} in ${locale}`, async ({ page, request, baseURL }) => {
      await page.goto(`/${locale}/articles/${piece.slug}`);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(blocks).toHaveLength(1);
      const data = JSON.parse(blocks[0]!);
      const version = piece.versions[locale]!;
      const url = `${publicOrigin.origin}/${locale}/articles/${piece.slug}`;
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe(piece.kind === 'news' ? 'NewsArticle' : 'AnalysisNewsArticle');
      expect(data['@id']).toBe(url);
      expect(data.headline).toBe(await page.getByRole('heading', { level: 1 }).textContent());
      expect(data.datePublished).toBe(piece.date);
      expect(data.inLanguage).toBe(locale);
      expect(data.keywords).toEqual(piece.tags.map((t) => t.labels[locale]));
      expect(data.about).toEqual(piece.tags.map((t) => ({ '@type': schemaType[t.kind], name: t.labels[locale], url: `${publicOrigin.origin}/${locale}/tags/${t.slug}` })));
      expect(data.isBasedOn.map((s: { name: string }) => s.name.split(',')[0])).toEqual(version.sources.map((s) => s.name));
      if (version.translation) {
        expect(data.translationOfWork).toEqual({
          '@type': data['@type'],
          '@id': `${publicOrigin.origin}/${version.translation.from}/articles/${piece.slug}`,
          inLanguage: version.translation.from,
        });
        // Our translations are the newsroom's: the translator is the publisher.
        expect(data.translator).toEqual([data.publisher]);
        expect(data.workTranslation).toBeUndefined();
      } else {
        const translations = piece.locales.filter((l) => piece.versions[l]!.translation);
        expect(data.workTranslation.map((w: { '@id': string }) => w['@id'])).toEqual(translations.map((l) => `${publicOrigin.origin}/${l}/articles/${piece.slug}`));
      }
      await expectOk(request, [data.url, data.image, ...data.about.map((a: { url: string }) => a.url)], baseURL!);
    });
  }
}

const schemaType = { person: 'Person', place: 'Place', organisation: 'Organization', topic: 'Thing' } as const;

for (const tag of library.usedTags()) {
  for (const locale of ['fr', 'en'] as const) {
    test(`JSON-LD of the tag ${tag.slug} in ${locale}`, async ({ page, request, baseURL }) => {
      await page.goto(`/${locale}/tags/${tag.slug}`);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(blocks).toHaveLength(1);
      const data = JSON.parse(blocks[0]!);
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe(schemaType[tag.kind]);
      expect(data.name).toBe(await page.getByRole('heading', { level: 1 }).textContent());
      expect(data.name).toBe(tag.labels[locale]);
      expect(data.url).toBe(`${publicOrigin.origin}/${locale}/tags/${tag.slug}`);
      const others = data.alternateName ?? [];
      expect(others).not.toContain(data.name);
      expect(new Set(others.map((n: string) => n.toLowerCase())).size).toBe(others.length);
      expect(others.every((n: string) => tag.aliases.includes(n))).toBe(true);
      if (tag.description) {
        expect(data.description).toBe(tag.description[locale].text);
        await expect(page.locator('main')).toContainText(data.description);
      } else {
        expect(data.description).toBeUndefined();
      }
      const dates = { birthDate: tag.dates?.born, deathDate: tag.dates?.died, foundingDate: tag.dates?.founded, dissolutionDate: tag.dates?.dissolved };
      for (const [property, date] of Object.entries(dates)) {
        expect(data[property], property).toBe(tag.kind === 'place' ? undefined : date);
      }
      await expectOk(request, [data.url], baseURL!);
    });
  }
}

for (const locale of ['fr', 'en'] as const) {
  for (const piece of library.pieces) {
    test(`link previews of ${piece.slug} in ${locale}: Open Graph and Twitter images`, async ({ page, request, baseURL }) => {
      await page.goto(`/${locale}/articles/${piece.slug}`);
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
      for (const selector of ['meta[property="og:image"]', 'meta[name="twitter:image"]']) {
        const url = await page.locator(selector).getAttribute('content');
        const response = await request.get(local(url!, baseURL!));
        expect(response.status(), url!).toBe(200);
        expect(response.headers()['content-type']).toBe('image/png');
        const png = await response.body();
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      }
    });
  }
}
