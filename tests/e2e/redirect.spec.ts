import { expect, test } from '@playwright/test';

test.describe('/ sends the reader to their language', () => {
  // The browser's locale sets the Accept-Language header it sends.
  for (const [browserLocale, expected] of [
    ['en-US', 'en'],
    ['fr-CA', 'fr'],
    ['en-GB', 'en'],
    ['de-DE', 'fr'],
  ] as const) {
    test(`a browser in ${browserLocale} lands on /${expected}`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ locale: browserLocale });
      const page = await context.newPage();
      await page.goto(`${baseURL}/`);
      await expect(page).toHaveURL(`${baseURL}/${expected}`);
      await expect(page.locator('html')).toHaveAttribute('lang', expected);
      await context.close();
    });
  }

  for (const [header, expected] of [
    ['de-DE,de;q=0.9,en;q=0.5', 'en'],
    ['de-DE,de;q=0.9,fr;q=0.8,en;q=0.5', 'fr'],
    ['*', 'fr'],
    ['not a language tag', 'fr'],
  ] as const) {
    test(`Accept-Language "${header}" → /${expected}`, async ({ request }) => {
      const response = await request.get('/', { maxRedirects: 0, headers: { 'Accept-Language': header } });
      expect(response.status()).toBe(307);
      expect(response.headers()['location']).toMatch(new RegExp(`/${expected}$`));
    });
  }

  test('without Accept-Language → /fr', async ({ request, baseURL }) => {
    const response = await request.get(`${baseURL}/`, { maxRedirects: 0, headers: { 'Accept-Language': '' } });
    expect(response.status()).toBe(307);
    expect(response.headers()['location']).toMatch(/\/fr$/);
  });

  test('the remembered choice wins over Accept-Language', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${baseURL}/en/articles/kazakhstan-crisis`);
    await page.locator('a[data-language-switch]').click();
    await expect(page).toHaveURL(/\/fr\/articles\/kazakhstan-crisis/);
    const cookie = (await context.cookies()).find((c) => c.name === 'locale');
    expect(cookie?.value).toBe('fr');
    await page.goto(`${baseURL}/`);
    await expect(page).toHaveURL(`${baseURL}/fr`);
    await context.close();
  });

  test('only the language switch is remembered, not any link into the other language', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${baseURL}/en/search?q=Tokaïev`);
    await page.locator('main ol h2 a[href^="/fr/"]').first().click();
    await expect(page).toHaveURL(/\/fr\/articles\//);
    expect((await context.cookies()).find((c) => c.name === 'locale')).toBeUndefined();
    await page.goto(`${baseURL}/`);
    await expect(page).toHaveURL(`${baseURL}/en`);
    await context.close();
  });

  test('a cookie set by hand is honoured', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    await context.addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
    const page = await context.newPage();
    await page.goto(`${baseURL}/`);
    await expect(page).toHaveURL(`${baseURL}/en`);
    await context.close();
  });
});
