import { expect, test } from '@playwright/test';
import { getLibrary } from '@/lib/content/current';
import { crawlSite } from '../e2e/crawl';

test('on the fixture tree too, every page is reached by links and answers with its lang', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const reached = await crawlSite(browser, baseURL!, getLibrary());
  // Pieces in one language are reached in both, and the side-by-side view only where there are two versions.
  expect(reached).toContain('/en/articles/gamma');
  expect(reached).not.toContain('/fr/articles/gamma/parallel');
});
