import { expect, test, type Page } from '@playwright/test';
import { getMessages } from '@/lib/i18n/messages';
import { offlineStore } from '@/lib/offline';
import { paths } from '@/lib/paths';
import { axeViolations, library, watchProblems } from './site';

// "Save for later": on a piece and its side-by-side view, a toggle that keeps
// it on the device; /{locale}/saved lists what is kept, newest saved first,
// with remove. Nothing leaves the device: no cookie, no request.
const fr = getMessages('fr').saved;
const en = getMessages('en').saved;
const crisis = library.piece('kazakhstan-crisis')!;
const eastWest = library.piece('kazakhstan-east-west')!;

const saveButton = (page: Page, label = fr.control.save) => page.getByRole('button', { name: label });
const savedTitles = (page: Page) => page.locator('[data-kept="saved"] [data-title]');

for (const width of [390, 1280]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('save two pieces, find them listed newest first in both languages, remove one', async ({ page, context }) => {
      const check = watchProblems(page);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));

      await page.goto(paths.article('fr', crisis.slug));
      const button = saveButton(page);
      await expect(button).toBeVisible();
      await expect(button).toHaveAttribute('aria-pressed', 'false');
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('[data-keep-said]')).toHaveText(fr.control.kept);
      expect(await axeViolations(page)).toEqual([]);

      // The other one from its side-by-side view, in English.
      await page.goto(paths.parallel('en', eastWest.slug));
      await saveButton(page, en.control.save).click();
      await expect(saveButton(page, en.control.save)).toHaveAttribute('aria-pressed', 'true');

      // Kept for the other language's page too.
      await page.goto(paths.article('en', crisis.slug));
      await expect(saveButton(page, en.control.save)).toHaveAttribute('aria-pressed', 'true');

      await page.goto(paths.saved('fr'));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.title);
      await expect(savedTitles(page)).toHaveText([eastWest.versions.fr!.title, crisis.versions.fr!.title]);
      await expect(savedTitles(page).first()).toHaveAttribute('href', paths.article('fr', eastWest.slug));
      const today = await page.evaluate(() => new Intl.DateTimeFormat('fr', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date()));
      await expect(page.locator('[data-kept="saved"] [data-meta]').first()).toHaveText(fr.savedOn.replace('{date}', today.replace(/^1 /, '1er ')));
      await expect(page.locator('[data-without-script]')).toBeHidden();
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(paths.saved('en'));
      await expect(savedTitles(page)).toHaveText([eastWest.versions.en!.title, crisis.versions.en!.title]);
      await expect(savedTitles(page).last()).toHaveAttribute('href', paths.article('en', crisis.slug));

      // Remove: the entry goes, focus moves to what is next, and it is said.
      const remove = page.getByRole('button', { name: en.remove.replace('{title}', eastWest.versions.en!.title) });
      await remove.click();
      await expect(savedTitles(page)).toHaveText([crisis.versions.en!.title]);
      await expect(page.locator('[data-kept-said]')).toHaveText(en.removed.replace('{title}', eastWest.versions.en!.title));
      await expect(page.getByRole('button', { name: en.remove.replace('{title}', crisis.versions.en!.title) })).toBeFocused();
      await page.getByRole('button', { name: en.remove.replace('{title}', crisis.versions.en!.title) }).click();
      await expect(savedTitles(page)).toHaveCount(0);
      await expect(page.getByText(en.empty)).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      expect(await axeViolations(page)).toEqual([]);

      // Removed from the piece's page as well, and nothing was ever sent.
      await page.goto(paths.article('fr', eastWest.slug));
      await expect(saveButton(page)).toHaveAttribute('aria-pressed', 'false');
      expect(await context.cookies()).toEqual([]);
      expect(requests.filter((r) => !r.startsWith('GET '))).toEqual([]);
      check();
    });

    test('the toggle appears without moving anything, and a second press removes the piece', async ({ page }) => {
      const check = watchProblems(page);
      await page.goto(paths.article('en', crisis.slug));
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 500);
          }),
      );
      expect(shift).toBe(0);
      const button = saveButton(page, en.control.save);
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).map((p: { slug: string }) => p.slug), offlineStore.savedList)).toEqual([crisis.slug]);
      await page.keyboard.press('Space');
      await expect(button).toHaveAttribute('aria-pressed', 'false');
      await expect(page.locator('[data-keep-said]')).toHaveText(en.control.removed);
      expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), offlineStore.savedList)).toEqual([]);
      check();
    });
  });
}

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('no toggle to press, and the saved page says why it lists nothing', async ({ page }) => {
    const check = watchProblems(page, false);
    await page.goto(paths.article('fr', crisis.slug));
    await expect(saveButton(page)).toBeHidden();
    await page.goto(paths.saved('fr'));
    await expect(page.getByText(fr.noScript)).toBeVisible();
    await expect(page.locator('[data-kept="saved"]')).toBeHidden();
    await expect(page.getByText(fr.empty)).toBeHidden();
    check();
  });
});

test('a piece in one language only is listed by its title in that language, marked as such', async ({ page }) => {
  // Our content has both languages for every piece: the saved list is given one as a reader's device would keep it.
  await page.goto(paths.saved('en'));
  await page.evaluate(
    ([key, piece]) => localStorage.setItem(key, JSON.stringify([piece])),
    [offlineStore.savedList, { slug: 'only-fr', titles: { fr: 'Seulement en français' }, links: { fr: '/fr/articles/only-fr', en: '/en/articles/only-fr' }, pages: [], savedAt: '2026-12-01T10:00:00Z' }] as const,
  );
  await page.reload();
  const title = savedTitles(page);
  await expect(title).toHaveText('Seulement en français');
  await expect(title).toHaveAttribute('lang', 'fr');
  await expect(title).toHaveAttribute('href', '/en/articles/only-fr');
  await expect(page.locator('[data-kept="saved"] [data-meta]')).toHaveText(`${en.inOther} · ${en.savedOn.replace('{date}', 'December 1, 2026')}`);
  await page.goto(paths.saved('fr'));
  await expect(page.locator('[data-kept="saved"] [data-meta]')).toHaveText(fr.savedOn.replace('{date}', '1er décembre 2026'));
  await expect(savedTitles(page)).not.toHaveAttribute('lang');
});
