import { expect, test, type Page } from '@playwright/test';
import { getMessages } from '@/lib/i18n/messages';
import { pageSize } from '@/lib/pagination';
import { absoluteUrl } from '@/lib/public-url';
import { library, watchProblems } from '../e2e/site';

// The fixture tree is built with two pieces a page: six pieces make three pages
// of the home list, the five pieces tagged Kazakhstan three pages of its tag,
// and the three of January 2022 two pages of that month.
const en = getMessages('en');
const fr = getMessages('fr');

test.beforeAll(() => {
  expect(pageSize).toBe(2);
  expect(library.pieces).toHaveLength(6);
});

const titles = (page: Page) => page.locator('main ol > li h2').allTextContents();
/** A tag's page tells its story by month: its pieces' titles are under the months' headings. */
const storyTitles = (page: Page) => page.locator('main ol > li h3').allTextContents();

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('the home list goes page by page to the oldest piece and back, with its status, canonical and alternates', async ({ page }) => {
      const check = watchProblems(page, javaScriptEnabled);
      await page.goto('/en');
      expect(await titles(page)).toEqual(['Beta only in English', 'Zeta only in English']);
      const nav = page.getByRole('navigation', { name: en.pagination.label });
      await expect(nav).toContainText('Page 1 of 3');
      await expect(nav.locator('a[rel="prev"]')).toHaveCount(0);

      await nav.getByRole('link', { name: en.pagination.next }).click();
      await expect(page).toHaveURL(/\/en\/page\/2$/);
      expect(await titles(page)).toEqual(['Alpha in English', 'Delta']);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', absoluteUrl('/en/page/2'));
      await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute('href', absoluteUrl('/fr/page/2'));
      await expect(page).toHaveTitle(/^News and analysis \(page 2\) — /);
      await expect(page.locator('a[data-language-switch]')).toHaveAttribute('href', '/fr/page/2');

      await page.getByRole('link', { name: en.pagination.next }).click();
      await expect(page).toHaveURL(/\/en\/page\/3$/);
      expect(await titles(page)).toEqual(['Gamma', 'Epsilon, an election under watch']);
      await expect(page.getByRole('navigation', { name: en.pagination.label })).toContainText('Page 3 of 3');
      await expect(page.locator('a[rel="next"]')).toHaveCount(0);

      await page.getByRole('link', { name: en.pagination.previous }).click();
      await page.getByRole('link', { name: en.pagination.previous }).click();
      await expect(page).toHaveURL(/\/en$/);
      check();
    });

    test('a tag’s pieces are paginated in French too', async ({ page }) => {
      const check = watchProblems(page, javaScriptEnabled);
      await page.goto('/fr/tags/kazakhstan');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kazakhstan');
      await expect(page.getByText('Lieu · 5 articles')).toBeVisible();
      await page.getByRole('link', { name: fr.pagination.next }).click();
      await page.getByRole('link', { name: fr.pagination.next }).click();
      await expect(page).toHaveURL(/\/fr\/tags\/kazakhstan\/page\/3$/);
      await expect(page.getByRole('navigation', { name: fr.pagination.label })).toContainText('Page 3 sur 3');
      expect(await storyTitles(page)).toEqual(['Epsilon, un scrutin sous surveillance']);
      await expect(page).toHaveTitle(/^Thème\u00a0: Kazakhstan \(page 3\) — /);
      check();
    });

    test('the archive leads from the home page to a month and through its pages', async ({ page }) => {
      const check = watchProblems(page, javaScriptEnabled);
      await page.goto('/fr');
      await page.getByRole('link', { name: fr.home.archive }).click();
      await expect(page).toHaveURL(/\/fr\/archive$/);
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(['2022', '2021', '2020']);
      const january = page.getByRole('link', { name: /Janvier 2022/ });
      await expect(january).toContainText('3 articles');
      await january.click();
      await expect(page).toHaveURL(/\/fr\/archive\/2022\/01$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archives\u00a0: Janvier 2022');
      expect(await titles(page)).toEqual(['Zeta only in English', 'Alpha en français']);
      await page.getByRole('link', { name: fr.pagination.next }).click();
      await expect(page).toHaveURL(/\/fr\/archive\/2022\/01\/page\/2$/);
      expect(await titles(page)).toEqual(['Delta']);
      await page.getByRole('link', { name: fr.archive.allMonths }).click();
      await expect(page).toHaveURL(/\/fr\/archive$/);
      check();
    });
  });
}

test('every page links the archive from its footer', async ({ page }) => {
  for (const [path, label] of [['/en/tags', en.footer.archive], ['/fr/articles/gamma', fr.footer.archive]] as const) {
    await page.goto(path);
    await expect(page.locator('body > footer').getByRole('link', { name: label })).toHaveAttribute('href', `/${path.slice(1, 3)}/archive`);
  }
});

test('a page number that is not one of the list is the localized 404', async ({ request }) => {
  for (const path of [
    '/en/page/1',
    '/en/page/4',
    '/fr/page/0',
    '/fr/page/-1',
    '/fr/page/02',
    '/en/page/x',
    '/en/page/',
    '/fr/tags/kazakhstan/page/1',
    '/fr/tags/kazakhstan/page/4',
    '/en/tags/tokayev/page/2',
    '/fr/archive/2022/01/page/3',
    '/fr/archive/2022/02',
    '/fr/archive/2022/1',
    '/en/archive/22/01',
    '/en/archive/2022',
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const locale = path.slice(1, 3) as 'fr' | 'en';
    const html = await response.text();
    expect(html, path).toContain(`<html lang="${locale}"`);
    expect(html, path).toMatch(new RegExp(`<h1[^>]*>${getMessages(locale).notFound.title}</h1>`));
  }
});

test('the French tag index groups tags by kind and sorts them as a French reader expects', async ({ page }) => {
  await page.goto('/fr/tags');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Personnalités', 'Lieux', 'Organisations', 'Sujets']);
  const topics = page.locator('section', { has: page.getByRole('heading', { name: 'Sujets' }) }).getByRole('link');
  await expect(topics).toHaveText([/^Diplomatie/, /^Élections/, /^Sécurité/]);
  await expect(topics.first()).toContainText('2 articles');
});

test('text responses are compressed for a client that accepts gzip, and not for one that does not', async ({ request }) => {
  for (const path of ['/en', '/fr/feed.xml', '/en/tags/kazakhstan/feed.xml', '/sitemap.xml', '/sitemaps/1.xml', '/robots.txt', '/fr/archive']) {
    const gzip = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.status(), path).toBe(200);
    expect(gzip.headers()['content-encoding'], path).toBe('gzip');
    expect(gzip.headers()['vary'], path).toMatch(/Accept-Encoding/i);
    const plain = await request.get(path, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers()['content-encoding'], path).toBeUndefined();
    expect(await plain.text(), path).toBe(await gzip.text());
  }
});
