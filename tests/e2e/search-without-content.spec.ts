import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { siteUrls } from '@/lib/routes';
import { startServer } from '../../scripts/server-process';
import { library } from './site';

// A second server from the same build, next to the one the suite runs against
// (E2E_PORT), with a content folder that does not exist: serving needs dist/ alone.
const port = Number(process.env.E2E_PORT ?? 3211) + 1;

test('a server without the content folder answers every URL, and searches from the index the build wrote', async ({ page }) => {
  test.setTimeout(120_000);
  const server = await startServer({ port, env: { CONTENT_DIR: path.join(os.tmpdir(), `no-content-${process.pid}`) } });
  try {
    const response = await page.goto(`${server.origin}/fr/search?q=tokayev`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('status')).toHaveText('4 résultats pour « tokayev »');
    const links = await page.locator('main ol h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([
      expect.stringMatching(/^\/fr\/articles\/kazakhstan-(crisis|east-west)$/),
      expect.stringMatching(/^\/fr\/articles\/kazakhstan-(crisis|east-west)$/),
      expect.stringMatching(/^\/en\/articles\/kazakhstan-(crisis|east-west)$/),
      expect.stringMatching(/^\/en\/articles\/kazakhstan-(crisis|east-west)$/),
    ]);
    expect(new Set(links.map((href) => href?.split('/').at(-1)))).toEqual(new Set(['kazakhstan-crisis', 'kazakhstan-east-west']));
    await expect(page.locator('main mark').first()).toHaveText(/Tokaïev|Tonkaïev|Tokayev/);
    // The person's card, from the index alone: name, kind, count and description.
    const card = page.locator('[data-tag-card="tokayev"]');
    await expect(card.getByRole('heading', { level: 2 })).toHaveText('Kassym-Jomart Tokaïev');
    await expect(card).toContainText('Personnalité');
    await expect(card).toContainText('2 articles');
    await expect(card).toContainText('Président du Kazakhstan depuis 2019');
    // Every URL of the route table, preview images included.
    const urls = siteUrls(library, (route) => route.kind !== 'error');
    const failing: string[] = [];
    for (const url of urls) {
      const answer = await fetch(`${server.origin}${url}`);
      if (answer.status !== 200) failing.push(`${url}: ${answer.status}`);
    }
    expect(failing, `of ${urls.length} URLs`).toEqual([]);
    expect(urls.some((url) => url.endsWith('/preview.png'))).toBe(true);
    expect(server.stderr()).toBe('');
  } finally {
    await server.stop();
  }
});
