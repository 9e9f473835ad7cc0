import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// Saved for people to look at (not committed, not compared): tests/e2e/screenshots/.
const dir = path.join(import.meta.dirname, 'screenshots');
fs.mkdirSync(dir, { recursive: true });

const pages = {
  home: '',
  article: '/articles/kazakhstan-crisis',
  analysis: '/articles/kazakhstan-east-west',
  tags: '/tags',
  tag: '/tags/tokayev',
  archive: '/archive',
  'archive-month': '/archive/2022/01',
  parallel: '/articles/kazakhstan-east-west/parallel',
  search: '/search?q=tokayev',
  'not-found': '/articles/no-such-piece',
};

for (const width of [390, 1280]) {
  for (const locale of ['fr', 'en']) {
    for (const [name, suffix] of Object.entries(pages)) {
      test(`screenshot ${name} ${locale} at ${width}px`, async ({ browser, baseURL }) => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(`${baseURL}/${locale}${suffix}`);
        await page.evaluate(() => document.fonts.ready);
        // Nothing may overflow the viewport sideways.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: path.join(dir, `${name}-${locale}-${width}.png`), fullPage: true });
        await context.close();
      });
    }
  }
}
