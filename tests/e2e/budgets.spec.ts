import { expect, test } from '@playwright/test';
import { budget, desktop, firstScreen, firstVisit, phone } from '../../scripts/page-weight';

/** Every kind of page in both languages, the largest of each kind where there is a choice. */
const pages = [
  '/fr',
  '/en',
  '/fr/articles/kazakhstan-crisis',
  '/en/articles/kazakhstan-east-west',
  '/fr/articles/kazakhstan-crisis/parallel',
  '/en/articles/kazakhstan-east-west/parallel',
  '/fr/tags',
  '/en/tags/tokayev',
  '/fr/archive',
  '/en/archive/2022/01',
  '/fr/search?q=tokayev',
  '/en/search?q=sanctions',
  '/fr/nope',
  '/en/articles/nope',
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const path of pages) {
  test(`${path}: a first visit on a phone is within ${kb(budget.bytes)} and ${budget.requests} requests`, async ({ browser, baseURL }) => {
    const visit = await firstVisit(browser, `${baseURL}${path}`, phone);
    const report = visit.list.map((r) => `${r.kind} ${kb(r.bytes)} ${r.url}`).join('\n');
    expect(visit.total, `${kb(visit.total)} over the budget:\n${report}`).toBeLessThanOrEqual(budget.bytes);
    expect(visit.requests, report).toBeLessThanOrEqual(budget.requests);
    // The fonts are the reader's own; the stylesheet is inlined in the HTML;
    // Next's runtime is not sent (lib/runtime-free.mjs).
    expect(visit.bytes.font, report).toBe(0);
    expect(visit.bytes.css, report).toBe(0);
    expect(visit.list.filter((r) => r.url.includes('/_next/')), report).toEqual([]);
  });

  test(`${path}: the first screen's text comes within ${kb(budget.firstScreen)} of HTML, with nothing blocking it`, async ({ browser, baseURL }) => {
    for (const viewport of [phone, desktop]) {
      const screen = await firstScreen(browser, `${baseURL}${path}`, viewport);
      expect(screen.nothingBlocks, `${viewport.width} px: a stylesheet or a synchronous script in the head`).toBe(true);
      // The first paint waits for an element at or past the first screen's end: never half a first screen.
      expect(screen.paintTarget, `${viewport.width} px: no <link rel="expect">`).toBeDefined();
      expect(screen.gzipBytes, `${viewport.width} px, up to ${JSON.stringify(screen.lastText.slice(0, 60))} or #${screen.paintTarget}`).toBeLessThanOrEqual(budget.firstScreen);
    }
  });
}

for (const path of ['/fr', '/fr/articles/kazakhstan-crisis', '/en/articles/kazakhstan-east-west/parallel', '/en/tags/tokayev', '/fr/tags', '/fr/search?q=tokayev']) {
  test(`${path}: no layout shift from fonts, dark mode or the sticky header, at 390 and 1280 px`, async ({ browser, baseURL }) => {
    test.slow(); // four page loads with pauses while scrolling
    for (const viewport of [phone, desktop]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport, colorScheme });
        const page = await context.newPage();
        // A slow phone: the parser yields more often, so a paint of half a header shows.
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.addInitScript(() => {
          type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
          const seen: { value: number; sources: string[] }[] = [];
          (window as unknown as { shifts: typeof seen }).shifts = seen;
          const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Shift[]) {
              if (entry.hadRecentInput) continue;
              const sources = entry.sources.map((source) => {
                const node = source.node instanceof Element ? source.node : source.node?.parentElement;
                const name = node ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''} “${(node.textContent ?? '').trim().slice(0, 30)}”` : 'a node gone since';
                return `${name} ${rect(source.previousRect)} → ${rect(source.currentRect)}`;
              });
              seen.push({ value: entry.value, sources });
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
        // Down the page and back, past the sticky header's change of state.
        for (const y of [400, 1600, 0]) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          await page.waitForTimeout(150);
        }
        const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts);
        expect(shifts, `${path} at ${viewport.width} px, ${colorScheme}: what moved`).toEqual([]);
        await context.close();
      }
    }
  });
}
