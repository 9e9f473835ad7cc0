import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { buildOutput, encodings, fileOfUrl } from '@/lib/build/output';
import { getMessages } from '@/lib/i18n/messages';
import { offlineStore } from '@/lib/offline';
import { paths, patterns } from '@/lib/paths';
import { routes } from '@/lib/routes';
import { library } from './site';

// A new deploy while a reader has pieces saved: once online, they get the new
// pages, and their saved copies become the new ones. The deploy is made on a
// copy of dist/ served by its own server: the pages of one piece changed, and
// so the service worker (a build writes a new one whenever its files change).
const en = getMessages('en');
const crisis = library.piece('kazakhstan-crisis')!;
const port = Number(process.env.E2E_PORT ?? 3211) + 7;
const origin = `http://localhost:${port}`;
let root: string;
let server: ChildProcess;

test.beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-'));
  fs.cpSync(buildOutput().root, root, { recursive: true });
  server = spawn(process.execPath, [path.join(root, 'server.mjs')], { env: { ...process.env, PORT: String(port), HOST: 'localhost' }, stdio: 'ignore', detached: true });
  await expect.poll(() => fetch(`${origin}/en`).then((r) => r.status, () => 0), { timeout: 20_000 }).toBe(200);
});

test.afterAll(() => {
  if (server.pid) process.kill(-server.pid);
  fs.rmSync(root, { recursive: true, force: true });
});

/** A file of the deployed site rewritten, with its compressed copies. */
function redeploy(route: Parameters<typeof fileOfUrl>[0], url: string, change: (text: string) => string) {
  const file = path.join(root, 'site', fileOfUrl(route, url));
  const body = Buffer.from(change(fs.readFileSync(file, 'utf8')));
  fs.writeFileSync(file, body);
  for (const { name, suffix } of encodings) fs.writeFileSync(file + suffix, name === 'br' ? zlib.brotliCompressSync(body) : zlib.gzipSync(body));
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('after a new deploy, a reader back online gets the new pages, and their saved copies are the new ones', async ({ page, context }) => {
  await page.goto(`${origin}${paths.article('en', crisis.slug)}`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await page.getByRole('button', { name: en.saved.control.save }).click();
  await expect.poll(() => page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, offlineStore.savedPages)).toBe(4);

  const newTitle = (locale: 'fr' | 'en') => `${crisis.versions[locale]!.title} (v2)`;
  for (const locale of ['en', 'fr'] as const) {
    redeploy(routes.article, paths.article(locale, crisis.slug), (html) => html.replaceAll(crisis.versions[locale]!.title, newTitle(locale)));
  }
  redeploy(routes.serviceWorker, patterns.serviceWorker, (js) => `${js}\n// the next build\n`);

  // Online: the new page at once, whatever the worker kept.
  await page.reload();
  await expect(heading(page)).toHaveText(newTitle('en'));
  // The new worker takes over and refreshes the saved copies, including the pages not read since.
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  await expect
    .poll(() =>
      page.evaluate(async ([name, url]) => {
        const response = await (await caches.open(name)).match(url);
        return response ? (await response.text()).includes('(v2)') : false;
      }, [offlineStore.savedPages, `${origin}${paths.article('fr', crisis.slug)}`] as const),
    )
    .toBe(true);

  await context.setOffline(true);
  await page.goto(`${origin}${paths.article('fr', crisis.slug)}`);
  await expect(heading(page)).toHaveText(newTitle('fr'));
  await page.goto(`${origin}${paths.article('en', crisis.slug)}`);
  await expect(heading(page)).toHaveText(newTitle('en'));
});
