import { expect, test } from '@playwright/test';
import { textOfHtml } from '@/lib/align/marks';
import { getMessages } from '@/lib/i18n/messages';
import { offlineStore } from '@/lib/offline';
import { paths } from '@/lib/paths';
import { axeViolations, library, watchProblems } from '../e2e/site';
import { english, french, standIn } from '../e2e/speech';

// Save, offline and listen on pieces in one language only, which the real
// content lacks: "gamma" exists only in French, and is shown in French on
// its English page.
const en = getMessages('en');
const gamma = library.piece('gamma')!;

test.beforeAll(() => {
  expect(gamma.locales).toEqual(['fr']);
});

for (const width of [390, 1280]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('a piece in French only, saved from its English page, is listed by its French title and reads offline in both', async ({ page, context }) => {
      const check = watchProblems(page);
      await page.goto(paths.article('en', gamma.slug));
      await page.evaluate(() => navigator.serviceWorker.ready);
      await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
      await page.getByRole('button', { name: en.saved.control.save }).click();
      // Its page in each language; no side-by-side view, which it does not have.
      await expect
        .poll(() => page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort(), offlineStore.savedPages))
        .toEqual([paths.article('en', gamma.slug), paths.article('fr', gamma.slug)]);

      await page.goto(paths.saved('en'));
      const title = page.locator('[data-kept="saved"] [data-title]');
      await expect(title).toHaveText(gamma.versions.fr!.title);
      await expect(title).toHaveAttribute('lang', 'fr');
      await expect(page.locator('[data-kept="saved"] [data-meta]')).toContainText(en.saved.inOther);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(paths.saved('fr'));
      await expect(page.locator('[data-kept="saved"] [data-title]')).not.toHaveAttribute('lang');
      check();

      await context.setOffline(true);
      for (const locale of ['en', 'fr'] as const) {
        await page.goto(paths.article(locale, gamma.slug));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(gamma.versions.fr!.title);
      }
    });

    test('listening to it is in French on both its pages, with no other language to go on in', async ({ page }) => {
      await standIn(page, [french, english]);
      for (const locale of ['fr', 'en'] as const) {
        await page.goto(paths.article(locale, gamma.slug));
        const t = getMessages(locale).listen;
        await page.getByRole('button', { name: t.listen }).click();
        await expect(page.getByRole('button', { name: t.continueIn.en })).toBeHidden();
        await expect(page.getByRole('button', { name: t.continueIn.fr })).toBeHidden();
        // Title, lead, body, in that order, each in French with a French voice, each lit as it is said.
        const version = gamma.versions.fr!;
        const expected = [version.title, ...version.summary.map((line) => line.text), ...version.body().blocks.map((block) => textOfHtml(block.html).trim())];
        for (let i = 0; i < expected.length; i++) {
          await expect.poll(() => page.evaluate(() => window.__spoken.length)).toBe(i + 1);
          if (i === 0) await expect(page.locator('[data-speaking]')).toHaveText(version.title);
          if (i < expected.length - 1) await page.evaluate(() => window.__finish());
        }
        const spoken = await page.evaluate(() => window.__spoken);
        expect(spoken.map((s) => s.text)).toEqual(expected);
        expect(new Set(spoken.map((s) => `${s.lang} ${s.voice}`))).toEqual(new Set(['fr-FR fr-FR']));
        expect(await axeViolations(page)).toEqual([]);
        await page.keyboard.press('Escape');
      }
    });
  });
}
