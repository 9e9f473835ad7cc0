import { expect, test } from '@playwright/test';
import { watchProblems } from './site';

for (const javaScriptEnabled of [true, false]) {
  test.describe(`reader journeys, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('read a piece from the home page', async ({ page }) => {
      const check = watchProblems(page, javaScriptEnabled);
      await page.goto('/fr');
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      const first = page.locator('main ol > li').first();
      await expect(first.getByText('Analyse')).toBeVisible();
      await expect(first.locator('time')).toHaveAttribute('datetime', '2022-05-22');
      await expect(first.locator('time')).toHaveText('22 mai 2022');
      await page.getByRole('link', { name: 'Kazakhstan : à qui profite la crise ?' }).click();
      await expect(page).toHaveURL(/\/fr\/articles\/kazakhstan-crisis$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kazakhstan : à qui profite la crise ?');
      await expect(page.locator('time').first()).toHaveText('9 janvier 2022');
      await expect(page.getByText('Traduit de l’anglais')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Putsch et contre-putsch' })).toBeVisible();
      await expect(page.getByText(/min de lecture/)).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
      check();
    });

    test('switch language on a piece and back', async ({ page }) => {
      const check = watchProblems(page, javaScriptEnabled);
      await page.goto('/en/articles/kazakhstan-east-west');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Between East and West, the oscillations of Kazakhstan');
      const toFrench = page.locator('a[data-language-switch]');
      await expect(toFrench).toHaveAttribute('hreflang', 'fr');
      await toFrench.click();
      await expect(page).toHaveURL(/\/fr\/articles\/kazakhstan-east-west(#.*)?$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Entre Est et Ouest, les oscillations du Kazakhstan');
      await page.locator('a[data-language-switch]').click();
      await expect(page).toHaveURL(/\/en\/articles\/kazakhstan-east-west(#.*)?$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      check();
    });

    test('follow a tag to another piece', async ({ page }) => {
      const check = watchProblems(page, javaScriptEnabled);
      await page.goto('/en/articles/kazakhstan-crisis');
      await page.getByRole('list', { name: 'Topics', exact: true }).getByRole('link', { name: 'Kassym-Jomart Tokayev' }).click();
      await expect(page).toHaveURL(/\/en\/tags\/tokayev$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kassym-Jomart Tokayev');
      await expect(page.getByText('Person · 2 pieces')).toBeVisible();
      await page.getByRole('link', { name: 'Between East and West, the oscillations of Kazakhstan' }).click();
      await expect(page).toHaveURL(/\/en\/articles\/kazakhstan-east-west$/);
      check();
    });

    test('related pieces say why they are related', async ({ page }) => {
      await page.goto('/fr/articles/kazakhstan-east-west');
      const related = page.locator('section[aria-labelledby="related-heading"]');
      await expect(related.getByRole('heading', { name: 'À lire aussi' })).toBeVisible();
      await expect(related.getByRole('link', { name: 'Kazakhstan : à qui profite la crise ?' })).toBeVisible();
      await expect(related.getByRole('link', { name: 'Kassym-Jomart Tokaïev' })).toBeVisible();
      await related.getByRole('link', { name: 'Kazakhstan : à qui profite la crise ?' }).click();
      await expect(page).toHaveURL(/\/fr\/articles\/kazakhstan-crisis$/);
    });
  });
}
