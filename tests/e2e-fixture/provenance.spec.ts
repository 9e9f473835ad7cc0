import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { getMessages } from '@/lib/i18n/messages';
import { axeViolations, library, watchProblems } from '../e2e/site';

// In the fixture tree, alpha's French is an abridged translation by Paul
// Durand, signed before its English original's third block changed; both
// versions carry a correction and an update.
const fr = getMessages('fr').provenance;
const en = getMessages('en').provenance;

test.beforeAll(() => {
  expect(library.piece('alpha')?.versions.fr?.translation?.behind).toEqual(['p-3']);
});

for (const javaScriptEnabled of [true, false]) {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}, ${viewport.width} px`, () => {
      test.use({ javaScriptEnabled, viewport });

      test('a translation behind its original says so, and leads to the block that changed', async ({ page }) => {
        const check = watchProblems(page, javaScriptEnabled);
        await page.goto('/fr/articles/alpha');
        const note = page.getByRole('note');
        await expect(note).toContainText(fr.behind.en);
        await expect(page.locator('article header')).toContainText('Traduit de l’anglais et abrégé par Paul Durand');
        // axe runs in the page: only where scripts do.
        if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
        await note.getByRole('link', { name: fr.readOriginal.en }).click();
        await expect(page).toHaveURL(/\/en\/articles\/alpha#p-3$/);
        await expect(page.locator('#p-3')).toBeInViewport();
        await expect(page.locator('#p-3')).toHaveText('Second paragraph, now with the figure of 160.');
        // The original has nothing to say of itself, and credits its authors.
        await expect(page.getByRole('note')).toHaveCount(0);
        await expect(page.locator('article header')).toContainText('By Jeanne Martin and our newsroom');
        check();
      });

      test('the side-by-side view marks the passages changed in the original, and only those', async ({ page }) => {
        const check = watchProblems(page, javaScriptEnabled);
        await page.goto('/fr/articles/alpha/parallel');
        await expect(page.getByRole('note')).toContainText(fr.behind.en);
        const marked = page.locator('[data-pair]').filter({ hasText: fr.changed });
        await expect(marked).toHaveCount(1);
        await expect(marked).toHaveAttribute('id', 'p-3');
        await expect(marked.locator(':scope > [lang="fr"]').getByText(fr.changed)).toBeVisible();
        // axe runs in the page: only where scripts do.
        if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
        check();
      });

      test('“Corrigé le …” under the date leads to the dated list at the end of the text, in both languages', async ({ page }) => {
        const check = watchProblems(page, javaScriptEnabled);
        for (const [locale, latest, heading] of [
          ['fr', 'Mis à jour le 1er février 2022', fr.corrections.both],
          ['en', 'Updated on February 1, 2022', en.corrections.both],
        ] as const) {
          await page.goto(`/${locale}/articles/alpha`);
          await page.getByRole('link', { name: latest }).click();
          await expect(page).toHaveURL(new RegExp(`/${locale}/articles/alpha#corrections$`));
          const list = page.getByRole('region', { name: heading });
          await expect(list).toBeInViewport();
          await expect(list.getByRole('listitem')).toHaveCount(2);
        }
        check();
      });
    });
  }
}

test('the page’s JSON-LD and the feed carry credits and the last change', async ({ page, request }) => {
  await page.goto('/fr/articles/alpha');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(data).toMatchObject({
    datePublished: '2022-01-09',
    dateModified: '2022-02-01',
    translator: [{ '@type': 'Person', name: 'Paul Durand' }],
    translationOfWork: { inLanguage: 'en' },
    correction: [{ '@type': 'CorrectionComment', datePublished: '2022-01-12' }],
  });
  const feed = new XMLParser({ isArray: (name) => name === 'item' }).parse(await (await request.get('/fr/feed.xml')).text());
  const item = feed.rss.channel.item.find((i: Record<string, string>) => String(i.link).endsWith('/fr/articles/alpha'));
  expect(item['atom:updated']).toBe('2022-02-01T00:00:00Z');
  expect(item['dc:contributor']).toBe('Paul Durand');
  expect(item['content:encoded']).toContain('Traduit de l’anglais et abrégé par Paul Durand');
});
