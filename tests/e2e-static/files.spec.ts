import { XMLParser } from 'fast-xml-parser';
import { expect, test } from '@playwright/test';
import { watchProblems } from '../e2e/site';

// What a static host gives that a server would otherwise: `/` offers both
// languages and goes to the reader's with a script; feeds, preview images
// and the localized 404 page are files.

test('/ goes to the browser’s language with JavaScript', async ({ browser, baseURL }) => {
  for (const [locale, expected] of [['en-GB', 'en'], ['fr-FR', 'fr'], ['de-DE', 'fr']] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const check = watchProblems(page);
    await page.goto(`${baseURL}/`);
    await expect(page).toHaveURL(`${baseURL}/${expected}`);
    await expect(page.locator('html')).toHaveAttribute('lang', expected);
    check();
    await context.close();
  }
});

test('/ goes to the remembered language before the browser’s', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(`${baseURL}/fr/articles/kazakhstan-crisis`);
  await page.locator('a[data-language-switch]').click();
  await expect(page).toHaveURL(/\/en\/articles\/kazakhstan-crisis/);
  await page.goto(`${baseURL}/`);
  await expect(page).toHaveURL(`${baseURL}/en`);
  await context.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('/ offers both languages, each in its own', async ({ page }) => {
    const check = watchProblems(page, false);
    await page.goto('/');
    await expect(page.locator('section[lang="fr"]').getByRole('link', { name: 'Lire le site en français' })).toHaveAttribute('href', '/fr');
    await expect(page.locator('section[lang="en"]').getByRole('link', { name: 'Read the site in English' })).toHaveAttribute('href', '/en');
    await page.getByRole('link', { name: 'Read the site in English' }).click();
    await expect(page).toHaveURL(/\/en$/);
    check();
  });
});

test('feeds are files whose items lead to pages', async ({ request }) => {
  for (const feed of ['/fr/feed.xml', '/en/tags/tokayev/feed.xml']) {
    const response = await request.get(feed);
    expect(response.status(), feed).toBe(200);
    const rss = new XMLParser().parse(await response.text()) as { rss: { channel: { item: { link: string }[] | { link: string } } } };
    const items = [rss.rss.channel.item].flat();
    expect(items.length, feed).toBeGreaterThan(0);
    for (const item of items) {
      const page = await request.get(new URL(item.link).pathname);
      expect(page.status(), item.link).toBe(200);
    }
  }
});

test('a piece’s preview image is a PNG file', async ({ request, page }) => {
  await page.goto('/fr/articles/kazakhstan-crisis');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  const response = await request.get(new URL(image!).pathname);
  expect(response.status()).toBe(200);
  expect((await response.body()).subarray(1, 4).toString()).toBe('PNG');
});

test('an unknown URL is a 404 from nginx’s own rule', async ({ request }) => {
  expect((await request.get('/fr/articles/nope')).status()).toBe(404);
});
