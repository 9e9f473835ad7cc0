import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// A second production server from the same build, next to the one the suite
// runs against (E2E_PORT), with a content folder that does not exist.
const port = Number(process.env.E2E_PORT ?? 3211) + 1;
const origin = `http://localhost:${port}`;

async function waitUntilAnswering(url: string, exited: () => string | undefined) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const exit = exited();
    if (exit) throw new Error(`the second server stopped before answering: ${exit}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`the second server did not answer ${url} within 60 s`);
}

test('a server without the content searches from the index the build wrote', async ({ page }) => {
  test.setTimeout(120_000);
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', 'localhost'], {
    env: { ...process.env, CONTENT_DIR: path.join(os.tmpdir(), `no-content-${process.pid}`) },
    // Its own process group, so that stopping the group stops next-server too.
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let exit: string | undefined;
  server.on('exit', (code, signal) => (exit = `code ${code}, signal ${signal}, stderr: ${stderr}`));
  try {
    await waitUntilAnswering(`${origin}/fr`, () => exit);
    const response = await page.goto(`${origin}/fr/search?q=tokayev`);
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
    expect(stderr).toBe('');
  } finally {
    if (!exit) {
      const stopped = new Promise((resolve) => server.once('exit', resolve));
      process.kill(-server.pid!, 'SIGTERM');
      await stopped;
    }
  }
});
