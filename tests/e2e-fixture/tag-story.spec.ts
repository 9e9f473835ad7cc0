import { expect, test, type Page } from '@playwright/test';
import { getMessages } from '@/lib/i18n/messages';
import { pageSize } from '@/lib/pagination';
import { library, watchProblems } from '../e2e/site';

// The fixture tree, two pieces a page: the five pieces tagged Kazakhstan run
// over three pages, and January 2022 (alpha, delta) is cut by the first.

test.beforeAll(() => {
  expect(pageSize).toBe(2);
  expect(library.tagged('kazakhstan').map((p) => p.slug)).toEqual(['beta', 'alpha', 'delta', 'gamma', 'epsilon']);
});

/** The story as the page shows it: each month's heading with its pieces' titles. */
async function story(page: Page): Promise<[string, string[]][]> {
  return page.locator('main section[aria-label] > div').evaluateAll((months) =>
    months.map((month) => [month.querySelector('h2')!.textContent!, [...month.querySelectorAll('ol > li h3')].map((h) => h.textContent!)]),
  );
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('a tag’s story runs month by month, newest first, across its pages, in French', async ({ page }) => {
      const check = watchProblems(page, javaScriptEnabled);
      const fr = getMessages('fr');
      await page.goto('/fr/tags/kazakhstan');
      await expect(page.getByRole('region', { name: fr.story.label })).toBeVisible();
      expect(await story(page)).toEqual([
        ['Mai 2022', ['Beta only in English']],
        ['Janvier 2022', ['Alpha en français']],
      ]);
      await page.getByRole('link', { name: fr.pagination.next }).click();
      await expect(page).toHaveURL(/\/fr\/tags\/kazakhstan\/page\/2$/);
      expect(await story(page)).toEqual([
        ['Janvier 2022 (suite)', ['Delta']],
        ['Mars 2021', ['Gamma']],
      ]);
      await page.getByRole('link', { name: fr.pagination.next }).click();
      expect(await story(page)).toEqual([['Novembre 2020', ['Epsilon, un scrutin sous surveillance']]]);
      check();
    });

    test('and in English, each piece with its kind, date and lead', async ({ page }) => {
      const check = watchProblems(page, javaScriptEnabled);
      await page.goto('/en/tags/kazakhstan/page/2');
      expect(await story(page)).toEqual([
        ['January 2022 (continued)', ['Delta']],
        ['March 2021', ['Gamma']],
      ]);
      const gamma = page.locator('main ol > li').filter({ hasText: 'Gamma' });
      await expect(gamma.locator('time')).toHaveText('March 1, 2021');
      await expect(gamma.locator('time')).toHaveAttribute('datetime', '2021-03-01');
      await expect(gamma).toContainText('Analysis');
      await expect(gamma.locator('p[lang="fr"]')).toHaveText('Gamma.');
      await page.goto('/fr/tags/kazakhstan/page/2');
      await expect(page.locator('main ol > li').filter({ hasText: 'Gamma' }).locator('time')).toHaveText('1er mars 2021');
      check();
    });

    test('the tags met with it are linked, with their counts, the most frequent first', async ({ page }) => {
      const check = watchProblems(page, javaScriptEnabled);
      for (const n of [1, 3]) {
        await page.goto(n === 1 ? '/fr/tags/kazakhstan' : `/fr/tags/kazakhstan/page/${n}`);
        const related = page.getByRole('complementary', { name: 'Thèmes associés' });
        const links = related.getByRole('link');
        await expect(links).toHaveText([
          'Kassym-Jomart Tokaïev2 articles en commun',
          'Diplomatie1 article en commun',
          'Élections1 article en commun',
          'OTSC1 article en commun',
          'Russie1 article en commun',
          'Sécurité1 article en commun',
        ]);
        await expect(links.first()).toHaveAttribute('href', '/fr/tags/tokayev');
      }
      await page.getByRole('complementary', { name: 'Thèmes associés' }).getByRole('link', { name: /^OTSC/ }).click();
      await expect(page).toHaveURL(/\/fr\/tags\/csto$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('OTSC');
      check();
    });
  });
}

test('a person’s page opens with the dates and description, emphasis kept', async ({ page }) => {
  await page.goto('/fr/tags/tokayev');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kassym-Jomart Tokaïev');
  await expect(page.getByText('Personnalité · 2 articles')).toBeVisible();
  await expect(page.locator('main dl')).toHaveText('Naissance17 mai 1953');
  await expect(page.locator('main dl time')).toHaveAttribute('datetime', '1953-05-17');
  const description = page.locator('main p').filter({ hasText: 'Président du Kazakhstan depuis 2019' });
  await expect(description).toHaveText('Président du Kazakhstan depuis 2019\u00a0; sa résidence est l’«\u00a0Akorda\u00a0».');
  await expect(description.locator('em')).toHaveText('Akorda');
  await page.goto('/en/tags/csto');
  await expect(page.locator('main dl')).toHaveText('Founded2002');
  await expect(page.locator('main dl time')).toHaveAttribute('datetime', '2002');
});

test('the story’s headings go one level at a time: the tag, the months, the pieces', async ({ page }) => {
  await page.goto('/en/tags/kazakhstan');
  const levels = await page.locator('main :is(h1, h2, h3, h4, h5, h6)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);
  expect(levels.filter((l) => l === 2)).toHaveLength(3);
});

test('search in English shows the person’s card first, from any spelling', async ({ page }) => {
  for (const q of ['tokaiev', 'Tonkaïev', 'kassym-jomart tokayev']) {
    await page.goto(`/en/search?q=${encodeURIComponent(q)}`);
    const card = page.locator('[data-search-results] [data-tag-card]');
    await expect(card, q).toHaveCount(1);
    await expect(card.getByRole('heading', { level: 2 })).toHaveText('Kassym-Jomart Tokayev');
    await expect(card.getByRole('link')).toHaveAttribute('href', '/en/tags/tokayev');
    await expect(card).toContainText('Person');
    await expect(card).toContainText('2 pieces');
    await expect(card.locator('em')).toHaveText('Akorda');
  }
  await page.goto('/en/search?q=gamma');
  await expect(page.locator('[data-tag-card]')).toHaveCount(0);
});
