import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { getMessages } from '@/lib/i18n/messages';
import { offlineStore } from '@/lib/offline';
import { paths } from '@/lib/paths';
import { axeViolations, library } from './site';

// Offline (the browser context set offline, with the service worker of
// client/service-worker/ in charge): a saved piece reads in both languages
// and side by side; a page read lately is kept; any other page is the offline
// page in its language, listing what is kept; search and feeds are the network's.
const fr = getMessages('fr');
const en = getMessages('en');
const crisis = library.piece('kazakhstan-crisis')!;
const eastWest = library.piece('kazakhstan-east-west')!;

/** Opens `url` once the service worker controls the page, as it does from a reader's second page on. */
async function openControlled(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

async function cachedPaths(page: Page, name: string): Promise<string[]> {
  return page.evaluate(async (cacheName) => {
    if (!(await caches.has(cacheName))) return [];
    const cache = await caches.open(cacheName);
    return (await cache.keys()).map((request) => new URL(request.url).pathname).sort();
  }, name);
}

async function offline(context: BrowserContext, page: Page, url: string) {
  await context.setOffline(true);
  await page.goto(url);
}

for (const width of [390, 1280]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('a saved piece reads offline in both languages, and side by side', async ({ page, context }) => {
      await openControlled(page, paths.article('fr', crisis.slug));
      await page.getByRole('button', { name: fr.saved.control.save }).click();
      const pages = [...['fr', 'en'].map((l) => paths.article(l as 'fr', crisis.slug)), ...['fr', 'en'].map((l) => paths.parallel(l as 'fr', crisis.slug))].sort();
      await expect.poll(() => cachedPaths(page, offlineStore.savedPages)).toEqual(pages);

      await offline(context, page, paths.article('en', crisis.slug));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(crisis.versions.en!.title);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      // Its scripts are there too: the toggle shows it is saved.
      await expect(page.getByRole('button', { name: en.saved.control.save })).toHaveAttribute('aria-pressed', 'true');

      await page.goto(paths.parallel('fr', crisis.slug));
      await expect(page.locator('[data-pair]').first()).toContainText(crisis.versions.fr!.title);
      await expect(page.locator('[data-pair]').first()).toContainText(crisis.versions.en!.title);
      // The language switch works offline, to the other saved page.
      await page.getByRole('link', { name: fr.switchLanguage.label }).click();
      await expect(page).toHaveURL(new RegExp(`${paths.parallel('en', crisis.slug)}$`));
      await expect(page.locator('[data-pair]').first()).toContainText(crisis.versions.en!.title);
    });

    test('offline, a page not kept is the offline page in its language, listing what is kept', async ({ page, context }) => {
      await openControlled(page, paths.article('en', eastWest.slug));
      await page.getByRole('button', { name: en.saved.control.save }).click();
      await expect.poll(async () => (await cachedPaths(page, offlineStore.savedPages)).length).toBe(4);
      // Read lately: kept, within the budget, without being saved.
      await page.goto(paths.tags('fr'));
      await expect.poll(() => cachedPaths(page, offlineStore.recentPages)).toContain(paths.tags('fr'));

      await offline(context, page, paths.archive('fr'));
      await expect(page).toHaveURL(new RegExp(`${paths.archive('fr')}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.offline.title);
      await expect(page.getByText(fr.offline.notKept)).toBeVisible();
      await expect(page.locator('[data-kept="saved"] [data-title]')).toHaveText([eastWest.versions.fr!.title]);
      await expect(page.locator('[data-kept="recent"] [data-title]')).toContainText([fr.tags.title]);
      expect(await axeViolations(page)).toEqual([]);

      // The page read lately reads offline.
      await page.locator('[data-kept="recent"]').getByRole('link', { name: fr.tags.title, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.tags.title);

      await page.goto('/en/tags/no-such-tag-here');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.offline.title);
      await expect(page.getByText(en.offline.notKept)).toBeVisible();
      await expect(page.locator('[data-kept="saved"] [data-title]')).toHaveText([eastWest.versions.en!.title]);

      // Search is the network's: offline, it is the offline page too, never a stale result.
      await page.goto(paths.search('fr', 'Tokaïev'));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.offline.title);
      // Back online, "Try again" is the page itself.
      await context.setOffline(false);
      await page.getByRole('link', { name: fr.offline.retry }).click();
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(fr.offline.title);
      await expect(page).toHaveURL(/\/fr\/search\?q=/);

      // Online, the saved page leads to the same list, which then says nothing of a missing page.
      await page.goto(paths.saved('fr'));
      await page.getByRole('link', { name: fr.saved.offline }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.offline.title);
      await expect(page.getByText(fr.offline.notKept)).toBeHidden();
      await expect(page.locator('[data-kept="saved"] [data-title]')).toHaveText([eastWest.versions.fr!.title]);
    });
  });
}

test('search, feeds and `/` are never kept', async ({ page }) => {
  await openControlled(page, paths.home('fr'));
  await page.goto(paths.search('fr', 'Kazakhstan'));
  await page.goto(paths.feed('fr'));
  await page.goto('/');
  await page.goto(paths.home('en'));
  await expect.poll(() => cachedPaths(page, offlineStore.recentPages)).toContain(paths.home('en'));
  const kept = await page.evaluate(async () => {
    const names = await caches.keys();
    const all: string[] = [];
    for (const name of names) for (const request of await (await caches.open(name)).keys()) all.push(new URL(request.url).pathname);
    return all;
  });
  expect(kept.filter((p) => p === '/' || p.includes('/search') || p.endsWith('.xml'))).toEqual([]);
});
