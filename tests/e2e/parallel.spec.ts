import { expect, test, type Page } from '@playwright/test';
import { alignPiece } from '@/lib/align/piece';
import { library } from './site';

const slug = 'kazakhstan-crisis';

/** Where the switch points for a block at the top: its first sentence, or the block when it is aligned whole. */
const placeOf = (id: string) => (alignPiece(library.piece(slug)!).has(id) ? `${id}\\.1` : id);

async function scrollToBlock(page: Page, id: string) {
  await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  // reader.js updates links on the next animation frame after a scroll.
  await expect(page.locator('a[data-language-switch]')).toHaveAttribute('href', new RegExp(`#${placeOf(id)}$`));
}

test.describe('side-by-side view', () => {
  for (const locale of ['fr', 'en'] as const) {
    test(`/${locale} parallel page pairs every block with the right lang`, async ({ page }) => {
      await page.goto(`/${locale}/articles/${slug}/parallel`);
      const piece = library.piece(slug)!;
      const own = piece.versions[locale]!;
      const other = piece.versions[locale === 'fr' ? 'en' : 'fr']!;
      const pairs = page.locator('[data-pair]');
      await expect(pairs).toHaveCount(1 + own.summary.length + own.body().blocks.length);
      const firstColumn = page.locator('[data-pair] > [lang]:first-child');
      const secondColumn = page.locator('[data-pair] > [lang]:nth-child(2)');
      await expect(firstColumn).toHaveCount(await pairs.count());
      await expect(secondColumn).toHaveCount(await pairs.count());
      for (const lang of await firstColumn.evaluateAll((els) => els.map((e) => e.getAttribute('lang')))) expect(lang).toBe(locale);
      for (const lang of await secondColumn.evaluateAll((els) => els.map((e) => e.getAttribute('lang')))) expect(lang).toBe(other.locale);
      await expect(pairs.first()).toContainText(own.title);
      await expect(pairs.first()).toContainText(other.title);
      // A heading faces a heading.
      const heading = own.body().blocks.find((b) => b.type === 'heading')!;
      await expect(page.locator(`#${heading.id} h2`)).toHaveCount(2);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
    });
  }

  test('columns sit side by side on a desktop and stack as pairs on a phone', async ({ browser, baseURL }) => {
    for (const [width, sideBySide] of [[1280, true], [390, false]] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${baseURL}/en/articles/${slug}/parallel`);
      const [a, b] = await page.locator('#p-2 > [lang]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
      if (sideBySide) {
        expect(b.left).toBeGreaterThan(a.right - 1);
        expect(Math.abs(a.top - b.top)).toBeLessThan(2);
      } else {
        expect(b.top).toBeGreaterThanOrEqual(a.bottom - 1);
        expect(Math.abs(a.left - b.left)).toBeLessThan(2);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    }
  });

  test('hovering or focusing a passage highlights its counterpart', async ({ page }) => {
    await page.goto(`/fr/articles/${slug}/parallel`);
    const [french, english] = [page.locator('#p-3 > [lang="fr"]'), page.locator('#p-3 > [lang="en"]')];
    const background = () => english.evaluate((e) => getComputedStyle(e).backgroundColor);
    const before = await background();
    await french.hover();
    await expect.poll(background).not.toBe(before);
    await page.mouse.move(0, 0);
    await expect.poll(background).toBe(before);
    await french.focus();
    await expect.poll(background).not.toBe(before);
  });

  test('the article links to the parallel view and back', async ({ page }) => {
    await page.goto(`/en/articles/${slug}`);
    await page.getByRole('link', { name: 'Read side by side in English and French' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/articles/${slug}/parallel$`));
    await page.getByRole('link', { name: 'Read in French only' }).click();
    await expect(page).toHaveURL(new RegExp(`/fr/articles/${slug}$`));
  });

  test('a piece without two versions has no parallel page', async ({ request }) => {
    expect((await request.get(`/fr/articles/no-such-piece/parallel`)).status()).toBe(404);
  });
});

test.describe('switching language keeps the reader’s place', () => {
  test('from the seventh block in English to the seventh in French, and back', async ({ page }) => {
    await page.goto(`/en/articles/${slug}`);
    await scrollToBlock(page, 'p-7');
    await page.locator('a[data-language-switch]').click();
    await expect(page).toHaveURL(new RegExp(`/fr/articles/${slug}#${placeOf('p-7')}$`));
    await expect(page.locator('#p-7')).toBeInViewport();
    await expect(page.locator('#p-7')).toContainText('Noursoultan Nazarbaïev');
    await scrollToBlock(page, 'p-12');
    await page.locator('a[data-language-switch]').click();
    await expect(page).toHaveURL(new RegExp(`/en/articles/${slug}#${placeOf('p-12')}$`));
    await expect(page.locator('#p-12')).toBeInViewport();
  });

  test('between the single-language and the parallel view', async ({ page }) => {
    await page.goto(`/fr/articles/${slug}`);
    await scrollToBlock(page, 'p-10');
    await page.getByRole('link', { name: 'Lire côte à côte en français et en anglais' }).click();
    await expect(page).toHaveURL(new RegExp(`/fr/articles/${slug}/parallel#${placeOf('p-10')}$`));
    await expect(page.locator('#p-10')).toBeInViewport();
    await scrollToBlock(page, 'p-5');
    await page.getByRole('link', { name: 'Lire en anglais seulement' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/articles/${slug}#${placeOf('p-5')}$`));
    await expect(page.locator('#p-5')).toBeInViewport();
  });

  test('on a slow connection every passage is followed', async ({ page, context }) => {
    // The script sits in <head>: on a slow line (and once cached) it arrives
    // while the page is still coming in, before its last passages exist.
    await page.goto(`/fr/articles/${slug}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 50, downloadThroughput: 16_000, uploadThroughput: 16_000 });
    await page.goto(`/fr/articles/${slug}/parallel`);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    // The line really was slow: the page took most of a second to arrive.
    const arrival = await page.evaluate(() => {
      const [timing] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return timing!.responseEnd - timing!.responseStart;
    });
    expect(arrival).toBeGreaterThan(500);
    await scrollToBlock(page, 'p-12');
  });

  test('at the top of the page the switch has no fragment', async ({ page }) => {
    await page.goto(`/en/articles/${slug}`);
    await expect(page.locator('a[data-language-switch]')).toHaveAttribute('href', `/fr/articles/${slug}`);
  });

  test('with JavaScript off the links still work, to the top of the page', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/en/articles/${slug}`);
    await page.locator('#p-7').evaluate((el) => el.scrollIntoView());
    await expect(page.locator('a[data-language-switch]')).toHaveAttribute('href', `/fr/articles/${slug}`);
    await page.locator('a[data-language-switch]').click();
    await expect(page).toHaveURL(`${baseURL}/fr/articles/${slug}`);
    await page.getByRole('link', { name: 'Lire côte à côte en français et en anglais' }).click();
    await expect(page).toHaveURL(`${baseURL}/fr/articles/${slug}/parallel`);
    await expect(page.locator('[data-pair]').first()).toContainText('Kazakhstan : à qui profite la crise ?');
    await context.close();
  });
});
