import { expect, test } from '@playwright/test';
import { crawlSite } from './crawl';
import { library } from './site';

test('every page is reached by following links from the home pages, without JavaScript, and answers with its lang', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const reached = await crawlSite(browser, baseURL!, library);
  // The crawl really went through the site: both languages, pieces, tags and the side-by-side view.
  for (const path of ['/fr/articles/kazakhstan-crisis', '/en/articles/kazakhstan-east-west/parallel', '/fr/tags', '/en/tags/tokayev']) {
    expect(reached).toContain(path);
  }
});
