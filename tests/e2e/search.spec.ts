import { expect, test } from '@playwright/test';
import { watchProblems } from './site';

for (const javaScriptEnabled of [true, false]) {
  test.describe(`search, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('from the header box to results with highlighted words, reader’s language first', async ({ page }) => {
      const check = watchProblems(page, javaScriptEnabled);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto('/fr/tags');
      const box = page.locator('#search-header');
      await box.fill('Tonkaïev');
      await box.press('Enter');
      await expect(page).toHaveURL(/\/fr\/search\?q=Tonka%C3%AFev$/);
      await expect(page.getByRole('status')).toHaveText('4 résultats pour « Tonkaïev »');
      const titles = page.locator('main ol h2');
      await expect(titles).toHaveCount(4);
      // French versions first, then the English ones, marked with their language.
      await expect(titles.nth(0)).not.toHaveAttribute('lang', /.+/);
      await expect(titles.nth(1)).not.toHaveAttribute('lang', /.+/);
      await expect(titles.nth(2)).toHaveAttribute('lang', 'en');
      await expect(titles.nth(3)).toHaveAttribute('lang', 'en');
      await expect(page.locator('main mark').first()).toHaveText(/Tokaïev|Tonkaïev|Tokayev/);
      await titles.nth(2).getByRole('link').click();
      await expect(page).toHaveURL(/\/en\/articles\//);
      check();
    });

    test('on a phone the header search opens from a disclosure', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/en');
      await expect(page.locator('#search-menu')).toBeHidden();
      // An icon on phones, still named for screen readers.
      await expect(page.locator('header summary svg')).toBeVisible();
      await expect(page.locator('header summary')).toHaveAccessibleName('Search');
      await page.locator('header summary').click();
      await page.locator('#search-menu').fill('sanction');
      await page.locator('#search-menu').press('Enter');
      await expect(page).toHaveURL(/\/en\/search\?q=sanction$/);
      await expect(page.getByRole('status')).toHaveText('2 results for “sanction”');
      await expect(page.locator('main mark').first()).toHaveText(/^sanctions$/i);
    });
  });
}

test.describe('search input that is not a word', () => {
  test('an empty query gives a clear page', async ({ page }) => {
    const response = await page.goto('/en/search?q=');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('status')).toHaveText('Type one or more words.');
    await expect(page.locator('main ol li')).toHaveCount(0);
  });

  test('markup in the query is shown as text and never runs', async ({ page }) => {
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    const q = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const response = await page.goto(`/fr/search?q=${encodeURIComponent(q)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('status')).toContainText('Aucun résultat pour « <script>alert(1)</script>');
    await expect(page.locator('main img')).toHaveCount(0);
    expect(await page.locator('#search-page').inputValue()).toBe(q);
    expect(dialog).toBe(false);
  });

  test('a very long query is cut and said to be', async ({ page }) => {
    const response = await page.goto(`/en/search?q=${'kazakhstan '.repeat(300)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText('Your search was shortened to 200 characters.')).toBeVisible();
  });

  test('special characters and odd parameters do not break the page', async ({ request }) => {
    for (const q of ['%', '%%25', '\\', '(*)', '"', 'a&q=b', '😀', '   ']) {
      expect((await request.get(`/fr/search?q=${encodeURIComponent(q)}`)).status(), q).toBe(200);
    }
    expect((await request.get('/fr/search?q=a&q=b')).status()).toBe(200);
    expect((await request.get('/fr/search?q=%E0%A4%A')).status()).toBeLessThan(500);
  });

  test('the search page switches language with its query', async ({ page }) => {
    await page.goto('/fr/search?q=sanctions');
    await expect(page.locator('a[data-language-switch]')).toHaveAttribute('href', '/en/search?q=sanctions');
  });
});

test('with JavaScript, results follow the words as they are typed', async ({ page }) => {
  const check = watchProblems(page);
  await page.goto('/en/search');
  await expect(page.getByRole('status')).toHaveText('Type one or more words.');
  await page.locator('#search-page').pressSequentially('sanct', { delay: 30 });
  await expect(page.getByRole('status')).toHaveText('2 results for “sanct”');
  await expect(page).toHaveURL(/\/en\/search\?q=sanct$/);
  await expect(page.locator('main mark').first()).toHaveText(/^sanctions$/i);
  await page.locator('#search-page').fill('tonkaiev');
  await expect(page.getByRole('status')).toHaveText('4 results for “tonkaiev”');
  await expect(page.locator('a[data-language-switch]')).toHaveAttribute('href', '/fr/search?q=tonkaiev');
  check();
});
