import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = ['', '/articles/kazakhstan-crisis', '/articles/kazakhstan-east-west', '/tags', '/tags/tokayev', '/archive', '/archive/2022/01', '/404'];

for (const locale of ['fr', 'en']) {
  for (const suffix of pages) {
    const path = `/${locale}${suffix}`;
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${path} has no serious accessibility violation (${colorScheme})`, async ({ browser, baseURL }) => {
        // AxeBuilder needs a page from an explicit context.
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(`${baseURL}${path}`);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        expect(serious).toEqual([]);
        await context.close();
      });
    }
  }
}
