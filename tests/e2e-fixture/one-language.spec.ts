import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { getMessages } from '@/lib/i18n/messages';
import { absoluteUrl, publicOrigin } from '@/lib/public-url';
import { library, watchProblems } from '../e2e/site';

// In the fixture tree, "alpha" exists in both languages, "beta" only in
// English, "gamma" and "delta" only in French.
const en = getMessages('en');
const fr = getMessages('fr');

test.beforeAll(() => {
  expect(library.piece('gamma')?.locales).toEqual(['fr']);
  expect(library.piece('beta')?.locales).toEqual(['en']);
});

/** The card of a piece on a paginated list, following the "next page" links from the page shown until it is found. */
async function cardOnList(page: Page, title: string) {
  for (;;) {
    const card = page.locator('main ol > li').filter({ hasText: title });
    if ((await card.count()) > 0) return card;
    await page.locator('a[rel="next"]').click();
  }
}

async function expectFallback(page: Page, { notice, lang, title }: { notice: string; lang: string; title: string }) {
  await expect(page.getByRole('note')).toHaveText(notice);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', lang);
  await expect(page.locator('.article-text')).toHaveAttribute('lang', lang);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('from the English home to a piece that exists only in French, and across the switch', async ({ page }) => {
      const check = watchProblems(page, javaScriptEnabled);
      await page.goto('/en');
      const alpha = await cardOnList(page, 'Alpha in English');
      await expect(alpha).toHaveCount(1);
      await expect(alpha.getByText(en.onlyInOther)).toHaveCount(0);
      const card = await cardOnList(page, 'Gamma');
      await expect(card.getByText(en.onlyInOther)).toBeVisible();
      await expect(card.getByRole('heading', { name: 'Gamma' })).toHaveAttribute('lang', 'fr');

      await card.getByRole('link', { name: 'Gamma' }).click();
      await expect(page).toHaveURL(/\/en\/articles\/gamma$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expectFallback(page, { notice: en.article.notInLanguage, lang: 'fr', title: 'Gamma' });
      // The interface stays English; there is nothing to read side by side.
      await expect(page.getByRole('heading', { name: en.article.sources })).toBeVisible();
      await expect(page.getByRole('link', { name: en.parallel.link })).toHaveCount(0);

      // The switch leads to the French page, which is the piece itself, without a notice.
      await page.locator('a[data-language-switch]').click();
      await expect(page).toHaveURL(/\/fr\/articles\/gamma(#.*)?$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      await expect(page.getByRole('note')).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', /./);
      check();
    });

    test('from the French home to a piece that exists only in English', async ({ page }) => {
      const check = watchProblems(page, javaScriptEnabled);
      await page.goto('/fr');
      const card = page.locator('main ol > li').filter({ hasText: 'Beta only in English' });
      await expect(card.getByText(fr.onlyInOther)).toBeVisible();
      await card.getByRole('link', { name: 'Beta only in English' }).click();
      await expect(page).toHaveURL(/\/fr\/articles\/beta$/);
      await expectFallback(page, { notice: fr.article.notInLanguage, lang: 'en', title: 'Beta only in English' });
      await expect(page.getByRole('heading', { name: fr.article.share })).toBeVisible();
      check();
    });

    test('a tag leads from a bilingual piece to one in the other language only', async ({ page }) => {
      const check = watchProblems(page, javaScriptEnabled);
      await page.goto('/en/articles/alpha');
      const related = page.locator('section[aria-labelledby="related-heading"]');
      await expect(related.getByRole('heading', { name: 'Gamma' })).toHaveAttribute('lang', 'fr');
      await page.locator('article').getByRole('link', { name: 'Kassym-Jomart Tokayev' }).click();
      await expect(page).toHaveURL(/\/en\/tags\/tokayev$/);
      await page.getByRole('link', { name: 'Gamma' }).click();
      await expect(page).toHaveURL(/\/en\/articles\/gamma$/);
      await expectFallback(page, { notice: en.article.notInLanguage, lang: 'fr', title: 'Gamma' });
      check();
    });
  });
}

test('the page of a piece in one language names only that version as canonical and as alternate', async ({ page }) => {
  await page.goto('/en/articles/gamma');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', absoluteUrl('/fr/articles/gamma'));
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
  expect(alternates.sort()).toEqual([
    ['fr', absoluteUrl('/fr/articles/gamma')],
    ['x-default', absoluteUrl('/fr/articles/gamma')],
  ]);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'fr_FR');
  await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveCount(0);

  const [jsonLd] = await page.locator('script[type="application/ld+json"]').evaluateAll((s) => s.map((e) => JSON.parse(e.textContent!)));
  expect(jsonLd.inLanguage).toBe('fr');
  expect(jsonLd.headline).toBe('Gamma');
  expect(jsonLd.translationOfWork).toBeUndefined();
  expect(jsonLd.workTranslation).toBeUndefined();
});

test('a piece in one language has no side-by-side page, in either language', async ({ page }) => {
  for (const path of ['/fr/articles/gamma/parallel', '/en/articles/gamma/parallel', '/en/articles/beta/parallel']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', path.slice(1, 3));
    await expect(page.getByRole('link', { name: getMessages(path.startsWith('/fr') ? 'fr' : 'en').notFound.home })).toBeVisible();
  }
  expect((await page.goto('/en/articles/alpha/parallel'))?.status()).toBe(200);
});

test('a tag that no piece carries has no page', async ({ request }) => {
  expect((await request.get('/en/tags/unused')).status()).toBe(404);
  expect((await request.get('/en/tags/unused/feed.xml')).status()).toBe(404);
});

test('search in English finds a piece that exists only in French, after the English ones, and says so', async ({ page }) => {
  await page.goto('/en/search?q=tokaiev');
  const titles = page.locator('[data-search-results] li').getByRole('heading');
  await expect(titles).toHaveText(['Alpha in English', 'Gamma', 'Alpha en français']);
  const results = page.locator('[data-search-results] li');
  await expect(results.nth(0).getByText(en.search.inOther)).toHaveCount(0);
  await expect(results.nth(1).getByText(en.search.inOther)).toBeVisible();
  await expect(results.nth(2).getByText(en.search.inOther)).toBeVisible();
});

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'url', 'xhtml:link'].includes(name) });

test('each feed carries only the pieces written in its language', async ({ request }) => {
  const titles = async (path: string) => {
    const channel = xml.parse(await (await request.get(path)).text()).rss.channel;
    return (channel.item ?? []).map((item: { title: string }) => item.title);
  };
  expect(await titles('/en/feed.xml')).toEqual(['Beta only in English', 'Zeta only in English', 'Alpha in English', 'Epsilon, an election under watch']);
  expect(await titles('/fr/feed.xml')).toEqual(['Alpha en français', 'Delta', 'Gamma', 'Epsilon, un scrutin sous surveillance']);
  expect(await titles('/fr/tags/csto/feed.xml')).toEqual([]);
});

test('the sitemap lists a one-language piece once, with no alternate in the other language', async ({ request }) => {
  const index = xml.parse(await (await request.get('/sitemap.xml')).text()).sitemapindex;
  const urls: { loc: string; 'xhtml:link'?: { '@hreflang': string; '@href': string }[] }[] = xml.parse(
    await (await request.get(new URL(index.sitemap.loc).pathname)).text(),
  ).urlset.url;
  const locs = urls.map((u) => u.loc);
  expect(locs).toContain(`${publicOrigin.origin}/fr/articles/gamma`);
  expect(locs).not.toContain(`${publicOrigin.origin}/en/articles/gamma`);
  expect(locs).not.toContain(`${publicOrigin.origin}/fr/articles/gamma/parallel`);
  const gamma = urls.find((u) => u.loc === `${publicOrigin.origin}/fr/articles/gamma`)!;
  expect(gamma['xhtml:link']!.map((l) => l['@hreflang']).sort()).toEqual(['fr', 'x-default']);
  const alpha = urls.find((u) => u.loc === `${publicOrigin.origin}/en/articles/alpha`)!;
  expect(alpha['xhtml:link']!.map((l) => l['@hreflang']).sort()).toEqual(['en', 'fr', 'x-default']);
});

test('the preview image of a piece read in the other language answers with an image', async ({ request }) => {
  for (const path of ['/en/articles/gamma/preview.png', '/fr/articles/beta/preview.png']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(/^image\//);
  }
});

test('pages that show a piece in the other language, and paginated lists, have no serious accessibility violation', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme, baseURL });
    const page = await context.newPage();
    for (const path of ['/en', '/fr', '/en/articles/gamma', '/fr/articles/beta', '/en/tags/tokayev', '/fr/page/2', '/en/tags/kazakhstan/page/3', '/fr/archive']) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${path} ${colorScheme}: ${v.id}`)).toEqual([]);
    }
    await context.close();
  }
});
