import { expect, test, type Page } from '@playwright/test';
import { getMessages } from '@/lib/i18n/messages';
import { library, watchProblems } from './site';

/** The story as the page shows it: each month's heading with its pieces' titles. */
async function story(page: Page): Promise<[string, string[]][]> {
  return page.locator('main section[aria-label] > div').evaluateAll((months) =>
    months.map((month) => [month.querySelector('h2')!.textContent!, [...month.querySelectorAll('ol > li h3')].map((h) => h.textContent!)]),
  );
}

const titleOf = (slug: string, locale: 'fr' | 'en') => library.piece(slug)!.versions[locale]!.title;

test.describe('a tag’s page tells its story', () => {
  test('in French: who he is, when he was born, then his pieces month by month', async ({ page }) => {
    const check = watchProblems(page);
    await page.goto('/fr/tags/tokayev');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kassym-Jomart Tokaïev');
    await expect(page.getByText('Personnalité · 2 articles')).toBeVisible();
    await expect(page.locator('main dl')).toHaveText('Naissance17 mai 1953');
    await expect(page.locator('main').getByText(/^Président du Kazakhstan depuis 2019, après la démission de Noursoultan Nazarbaïev\./)).toBeVisible();
    expect(await story(page)).toEqual([
      ['Mai 2022', [titleOf('kazakhstan-east-west', 'fr')]],
      ['Janvier 2022', [titleOf('kazakhstan-crisis', 'fr')]],
    ]);
    const crisis = page.locator('main ol > li').filter({ hasText: titleOf('kazakhstan-crisis', 'fr') });
    await expect(crisis.getByText('Actualité', { exact: true })).toBeVisible();
    await expect(crisis.locator('time')).toHaveText('9 janvier 2022');
    await expect(crisis).toContainText('Depuis une semaine, le Kazakhstan est agité par des manifestations.');
    // The tag itself is every piece's: the piece's other tags are listed, not this one.
    await expect(crisis.getByRole('link', { name: 'Noursoultan Nazarbaïev' })).toBeVisible();
    await expect(crisis.getByRole('link', { name: 'Kassym-Jomart Tokaïev' })).toHaveCount(0);
    check();
  });

  test('in English, with the same months in English', async ({ page }) => {
    const check = watchProblems(page);
    await page.goto('/en/tags/tokayev');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kassym-Jomart Tokayev');
    await expect(page.getByText('Person · 2 pieces')).toBeVisible();
    await expect(page.locator('main dl')).toHaveText('BornMay 17, 1953');
    await expect(page.locator('main').getByText(/^President of Kazakhstan since 2019/)).toBeVisible();
    expect(await story(page)).toEqual([
      ['May 2022', [titleOf('kazakhstan-east-west', 'en')]],
      ['January 2022', [titleOf('kazakhstan-crisis', 'en')]],
    ]);
    await expect(page.locator('main ol > li').first()).toContainText('Analysis');
    check();
  });

  test('the tags most often met with it are linked, with their counts, then in the reader’s collation', async ({ page }) => {
    await page.goto('/fr/tags/tokayev');
    const related = page.getByRole('complementary', { name: getMessages('fr').story.related });
    const links = related.getByRole('link');
    await expect(links).toHaveCount(8);
    await expect(links.nth(0)).toHaveText('Crise politique2 articles en commun');
    await expect(links.nth(1)).toHaveText('États-Unis2 articles en commun');
    await expect(links.nth(4)).toHaveText('Russie2 articles en commun');
    await expect(links.nth(5)).toHaveText('Chine1 article en commun');
    await links.nth(1).click();
    await expect(page).toHaveURL(/\/fr\/tags\/united-states$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('États-Unis');
    await page.goto('/en/tags/tokayev');
    await expect(page.getByRole('complementary', { name: 'Related topics' }).getByRole('link').first()).toHaveAttribute('href', '/en/tags/kazakhstan');
  });

  test('a topic has no dates nor description, and still its story', async ({ page }) => {
    await page.goto('/en/tags/sanctions');
    await expect(page.getByText('Topic · 1 piece')).toBeVisible();
    await expect(page.locator('main dl')).toHaveCount(0);
    expect(await story(page)).toEqual([['May 2022', [titleOf('kazakhstan-east-west', 'en')]]]);
  });
});

/** The tag a query names, as the search page's first card shows it. */
const cards = {
  tokayev: { fr: ['Kassym-Jomart Tokaïev', 'Personnalité', '2 articles', /^Président du Kazakhstan/], en: ['Kassym-Jomart Tokayev', 'Person', '2 pieces', /^President of Kazakhstan/] },
  nazarbayev: { fr: ['Noursoultan Nazarbaïev', 'Personnalité', '2 articles', /^À la tête du Parti communiste/], en: ['Nursultan Nazarbayev', 'Person', '2 pieces', /^Head of the Soviet republic/] },
  csto: { fr: ['OTSC', 'Organisation', '1 article', /^Organisation du traité de sécurité collective\u00a0:/], en: ['CSTO', 'Organisation', '1 piece', /^Collective Security Treaty Organization:/] },
} as const;

const queries: [string, keyof typeof cards][] = [
  ['tokayev', 'tokayev'],
  ['Tonkaïev', 'tokayev'],
  ['Nazarbaïev', 'nazarbayev'],
  ['OTSC', 'csto'],
  ['CSTO', 'csto'],
];

for (const javaScriptEnabled of [true, false]) {
  test.describe(`search names a person or an organisation, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    for (const locale of ['fr', 'en'] as const) {
      test(`their card comes first, above the pieces (${locale})`, async ({ page }) => {
        const check = watchProblems(page, javaScriptEnabled);
        for (const [q, slug] of queries) {
          const [name, kind, count, description] = cards[slug][locale];
          // As a reader gets there: from the header's plain GET form.
          await page.goto(`/${locale}/tags`);
          await page.locator('#search-header').fill(q);
          await page.locator('#search-header').press('Enter');
          await expect(page).toHaveURL(new RegExp(`/${locale}/search\\?q=`));
          const results = page.locator('[data-search-results]');
          const card = results.locator('[data-tag-card]');
          await expect(card, q).toHaveCount(1);
          await expect(card.getByRole('heading', { level: 2 })).toHaveText(name);
          await expect(card.getByRole('link')).toHaveAttribute('href', `/${locale}/tags/${slug}`);
          await expect(card).toContainText(kind);
          await expect(card).toContainText(count);
          await expect(card.locator('p').last()).toHaveText(description);
          // First: before every result.
          const first = await results.locator('[data-tag-card], ol > li').first().getAttribute('data-tag-card');
          expect(first, q).toBe(slug);
          await expect(results.locator('ol > li').first()).toBeVisible();
        }
        await page.locator('[data-tag-card] a').click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/tags/csto$`));
        check();
      });
    }

    test('no card for a name among other words, or part of a word', async ({ page }) => {
      for (const q of ['tokayev sanctions', 'Kassym', 'tokay', 'sanctions']) {
        await page.goto(`/en/search?q=${encodeURIComponent(q)}`);
        await expect(page.getByRole('status')).toContainText(q);
        await expect(page.locator('[data-tag-card]'), q).toHaveCount(0);
      }
    });
  });
}

test('live search shows the card as the name is typed, and takes it away after', async ({ page }) => {
  const check = watchProblems(page);
  await page.goto('/fr/search');
  const box = page.locator('#search-page');
  await box.pressSequentially('Tonkaïev', { delay: 30 });
  await expect(page).toHaveURL(/\/fr\/search\?q=Tonka%C3%AFev$/);
  await expect(page.locator('[data-tag-card]')).toHaveCount(1);
  await expect(page.locator('[data-tag-card] h2')).toHaveText('Kassym-Jomart Tokaïev');
  await expect(page.getByRole('status')).toHaveText('4 résultats pour « Tonkaïev »');
  await box.pressSequentially(' sanctions', { delay: 30 });
  await expect(page.getByRole('status')).toHaveText('2 résultats pour « Tonkaïev sanctions »');
  await expect(page.locator('[data-tag-card]')).toHaveCount(0);
  check();
});
