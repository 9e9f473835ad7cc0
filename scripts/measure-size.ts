// npm run bench:size [-- PATH...]: what a first visit to each page costs a
// phone (bytes transferred, compressed as served, by kind, and requests), and
// how much HTML (gzip) comes before the last text of the first screen, at 390
// and 1280 px. Needs a production build (npm run build). The budget test
// (tests/e2e/budgets.spec.ts) measures the same way (scripts/page-weight.ts).
import { chromium } from '@playwright/test';
import { budget, desktop, firstScreen, firstVisit, phone } from './page-weight';
import { startServer } from './server-process';

const port = Number(process.env.SIZE_PORT ?? 3212);
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/fr', '/fr/articles/kazakhstan-crisis', '/en/articles/kazakhstan-east-west', '/fr/articles/kazakhstan-crisis/parallel', '/fr/tags', '/en/tags/tokayev', '/fr/search?q=tokayev', '/fr/nope'];

const server = await startServer({ port });
try {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(`budget: ${kb(budget.bytes)} KB and ${budget.requests} requests a page; first screen within ${kb(budget.firstScreen)} KB of HTML (gzip)\n`);
  console.log('| page | HTML | CSS | JS | fonts | other | total | requests | first screen, 390 / 1280 px |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const path of pages) {
    const url = `${server.origin}${path}`;
    const { bytes, total, requests } = await firstVisit(browser, url, phone);
    const screens = [await firstScreen(browser, url, phone), await firstScreen(browser, url, desktop)];
    console.log(
      `| \`${path}\` | ${kb(bytes.html)} | ${kb(bytes.css)} | ${kb(bytes.js)} | ${kb(bytes.font)} | ${kb(bytes.other)} | ${kb(total)} | ${requests} | ${screens.map((s) => kb(s.gzipBytes)).join(' / ')} |`,
    );
  }
  await browser.close();
} finally {
  await server.stop();
}
