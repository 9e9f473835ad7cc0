// npm run bench:size — bytes a first visit to each page loads, as transferred
// (compressed by the server), by type. Needs a production build (npm run build).
import { chromium } from '@playwright/test';
import { startServer } from './server-process';

const port = Number(process.env.SIZE_PORT ?? 3212);
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/fr', '/fr/articles/kazakhstan-crisis', '/en/articles/kazakhstan-east-west', '/fr/tags'];

const server = await startServer({ port });
try {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  console.log('page'.padEnd(40), 'html', 'css', 'js', 'font', 'other', 'total (KB transferred)');
  for (const path of pages) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const requests: import('@playwright/test').Request[] = [];
    page.on('requestfinished', (r) => requests.push(r));
    await page.goto(`http://localhost:${port}${path}`, { waitUntil: 'networkidle' });
    const totals: Record<string, number> = { html: 0, css: 0, js: 0, font: 0, other: 0 };
    for (const request of requests) {
      const { responseBodySize, responseHeadersSize } = await request.sizes();
      const type = request.resourceType();
      const key = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : type === 'font' ? 'font' : 'other';
      totals[key]! += responseBodySize + responseHeadersSize;
    }
    const kb = (n: number) => (n / 1024).toFixed(1);
    const sum = Object.values(totals).reduce((a, b) => a + b, 0);
    console.log(path.padEnd(40), kb(totals.html!), kb(totals.css!), kb(totals.js!), kb(totals.font!), kb(totals.other!), kb(sum));
    await context.close();
  }
  await browser.close();
} finally {
  await server.stop();
}
