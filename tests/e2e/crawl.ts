import { expect, type Browser } from '@playwright/test';
import type { ContentLibrary } from '@/lib/content/library';
import { siteUrls } from '@/lib/routes';

/**
 * Follows every link of the site from the two home pages, as a reader without
 * JavaScript would, and checks each page reached. It does not trust the route
 * table: it finds pages by their links, then compares what it found with the
 * table, so that a page no link leads to, or a link to a page that does not
 * answer, fails.
 */
export async function crawlSite(browser: Browser, baseURL: string, library: ContentLibrary) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const origin = new URL(baseURL).origin;
  const queue = ['/fr', '/en'];
  const seen = new Set(queue);
  const linkedFrom = new Map<string, string>();
  const failures: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await page.goto(origin + path);
    if (response?.status() !== 200) {
      failures.push(`${path} (linked from ${linkedFrom.get(path) ?? 'start'}): status ${response?.status()}`);
      continue;
    }
    const lang = await page.locator('html').getAttribute('lang');
    if (lang !== path.split('/')[1]) failures.push(`${path}: <html lang="${lang}">`);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      const target = url.pathname + url.search;
      if (!seen.has(target)) {
        seen.add(target);
        linkedFrom.set(target, path);
        queue.push(target);
      }
    }
  }
  await context.close();
  expect(failures).toEqual([]);
  const pages = siteUrls(library, (route) => route.kind === 'page');
  const unreached = pages.filter((url) => !seen.has(url));
  expect(unreached, 'pages of the route table that no link leads to').toEqual([]);
  return seen;
}
