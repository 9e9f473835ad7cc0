import { expect, test } from '@playwright/test';

const cases: [path: string, lang: 'fr' | 'en', title: string][] = [
  ['/en/articles/no-such-piece', 'en', 'Page not found'],
  ['/fr/articles/no-such-piece', 'fr', 'Page introuvable'],
  ['/fr/tags/no-such-tag', 'fr', 'Page introuvable'],
  ['/en/tags/no-such-tag', 'en', 'Page not found'],
  ['/en/nowhere', 'en', 'Page not found'],
  ['/fr/articles/kazakhstan-crisis/extra', 'fr', 'Page introuvable'],
  ['/en/articles/..%2f..%2fpackage.json', 'en', 'Page not found'],
  ['/en/articles/%2e%2e%2f%2e%2e%2fpackage.json', 'en', 'Page not found'],
  ['/fr/tags/%3Cscript%3E', 'fr', 'Page introuvable'],
  // No locale in the URL: the reader's language (Accept-Language en here).
  ['/de', 'en', 'Page not found'],
  ['/de/articles/kazakhstan-crisis', 'en', 'Page not found'],
  ['/wp-login.php', 'en', 'Page not found'],
  ['/package.json', 'en', 'Page not found'],
];

test.use({ extraHTTPHeaders: { 'Accept-Language': 'en' } });

for (const [path, lang, title] of cases) {
  test(`${path} is a 404 in ${lang}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator(`main a[href="/${lang}"]`)).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });
}

test('a 404 without JavaScript still shows its text', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(`${baseURL}/fr/articles/nope`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  await context.close();
});
