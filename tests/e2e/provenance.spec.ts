import { expect, test } from '@playwright/test';
import { getMessages } from '@/lib/i18n/messages';
import { watchProblems } from './site';

// Our two pieces, as they are: the French of the crisis piece is the
// newsroom's translation from the English; the English of "Between East and
// West" is the letter's published translation for its title and summary, and
// ours for the body.
const en = getMessages('en').provenance;
const fr = getMessages('fr').provenance;

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('a translation of mixed origin says so once, under its credits, and the side-by-side view labels each passage', async ({ page }) => {
      const check = watchProblems(page, javaScriptEnabled);
      await page.goto('/en/articles/kazakhstan-east-west');
      const header = page.locator('article header');
      await expect(header).toContainText('Translated from the French by our newsroom');
      await expect(header).toContainText('Some passages were translated by us; others are the translation published with the original.');
      // Nothing here is behind its original.
      await expect(page.getByRole('note')).toHaveCount(0);
      await header.getByRole('link', { name: en.passagesLink }).click();
      await expect(page).toHaveURL(/\/en\/articles\/kazakhstan-east-west\/parallel$/);
      const english = page.locator('[data-pair] > [lang="en"]');
      await expect(english.nth(0)).toContainText(en.origin.published);
      await expect(english.nth(1)).toContainText(en.origin.published);
      await expect(english.nth(2)).toContainText(en.origin.ours);
      // The original's column is labelled by nothing but its language.
      await expect(page.locator('[data-pair] > [lang="fr"]').filter({ hasText: en.origin.ours })).toHaveCount(0);

      await page.goto('/fr/articles/kazakhstan-east-west/parallel');
      await expect(page.locator('[data-pair] > [lang="en"]').nth(2)).toContainText(fr.origin.ours);
      check();
    });

    test('a translation of one origin is credited under its title, and its original is not', async ({ page }) => {
      const check = watchProblems(page, javaScriptEnabled);
      await page.goto('/fr/articles/kazakhstan-crisis');
      const header = page.locator('article header');
      await expect(header).toContainText('Traduit de l’anglais par la rédaction');
      await expect(header.getByRole('link', { name: fr.passagesLink })).toHaveCount(0);
      await page.goto('/en/articles/kazakhstan-crisis');
      await expect(page.locator('article header')).not.toContainText(/Translated|By /);
      check();
    });
  });
}
