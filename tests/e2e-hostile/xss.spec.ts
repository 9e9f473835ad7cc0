import { expect, test, type Page } from '@playwright/test';
import { getLibrary } from '@/lib/content/current';
import { siteUrls } from '@/lib/routes';
import { payloads } from './payloads';

/**
 * The hostile build (write-tree.ts): every page of it, searches for every
 * payload, and URLs made of payloads. Nothing injected may run: no dialog,
 * no window.__xss, and no CSP violation either (a violation would mean
 * injected markup reached the page, or that the policy blocks the site's own
 * scripts). Every event the payloads wait for is fired on every element.
 */

const pages = siteUrls(getLibrary(), (route) => route.kind === 'page');

declare global {
  interface Window {
    __xss?: unknown;
    __violations: string[];
  }
}

async function watch(page: Page) {
  const problems: string[] = [];
  page.on('dialog', async (dialog) => {
    problems.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('console', (message) => {
    // A 404 page reports its own status; anything else is a problem.
    const ownStatus = message.text().startsWith('Failed to load resource') && message.location().url === page.url();
    if (message.type() === 'error' && !ownStatus) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async (where: string) => {
    await page.evaluate(() => {
      const types = ['mouseover', 'mouseenter', 'pointerover', 'focus', 'focusin', 'error', 'load', 'toggle', 'animationstart', 'begin', 'pageshow'];
      for (const element of document.querySelectorAll('body, body *')) for (const type of types) element.dispatchEvent(new Event(type));
    });
    await page.waitForTimeout(50);
    const found = await page.evaluate(() => ({ xss: window.__xss, violations: window.__violations }));
    expect(found.xss, `${where}: window.__xss`).toBeUndefined();
    expect([...problems, ...found.violations], where).toEqual([]);
  };
}

test('every page of the hostile piece shows the payloads as text and runs none of them', async ({ page }) => {
  test.setTimeout(120_000);
  const check = await watch(page);
  expect(pages.length).toBeGreaterThan(10);
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await check(path);
  }
  // Escaped, not dropped: the title reads as written.
  await page.goto('/fr/articles/hostile');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Hostile ${payloads[92]}`);
  await check('/fr/articles/hostile, again');
});

test('searching for each payload runs none of them', async ({ page }) => {
  test.setTimeout(300_000);
  const check = await watch(page);
  for (const [i, payload] of payloads.entries()) {
    const locale = i % 2 ? 'en' : 'fr';
    const response = await page.goto(`/${locale}/search?q=${encodeURIComponent(payload)}`);
    expect(response?.status(), payload).toBe(200);
    await check(`search ${payload}`);
  }
});

test('URLs made of payloads are 404s that run none of them', async ({ page }) => {
  test.setTimeout(120_000);
  const check = await watch(page);
  for (const [i, payload] of payloads.entries()) {
    const path = [`/fr/tags/${encodeURIComponent(payload)}`, `/en/articles/${encodeURIComponent(payload)}`, `/${encodeURIComponent(payload)}`][i % 3]!;
    const response = await page.goto(path);
    expect([400, 404], path).toContain(response?.status());
    await check(path);
  }
});
