import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test } from '@playwright/test';
import { buildOutput, compressible, encodings, fileOfUrl } from '@/lib/build/output';
import { readNextOutput } from '@/lib/build/next-output';
import { routeUrls, routes, type Route } from '@/lib/routes';
import { library } from './site';

// The folder `npm run build` writes is the site: checked as files, before any server.
const out = buildOutput();
const files = (fs.readdirSync(out.site, { recursive: true }) as string[])
  .filter((f) => fs.statSync(path.join(out.site, f)).isFile())
  .map((f) => f.split(path.sep).join('/'));

test('every URL of the route table is a file of the folder, and nothing else is', () => {
  const expected = new Set(['_headers', '_redirects']);
  for (const route of Object.values<Route>(routes)) {
    if (route.kind === 'search') continue;
    for (const url of routeUrls(route, library)) {
      const file = url === '/' ? 'index.html' : fileOfUrl(route, url);
      expected.add(file);
      if (compressible(file)) for (const { suffix } of encodings) expected.add(file + suffix);
    }
  }
  expect(files.filter((f) => !expected.has(f))).toEqual([]);
  expect([...expected].filter((f) => !files.includes(f))).toEqual([]);
});

test('every page is the final HTML: no Next runtime, no RSC payload, only our scripts', () => {
  const pages = files.filter((f) => f.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(40);
  for (const file of pages) {
    const html = fs.readFileSync(path.join(out.site, file), 'utf8');
    expect(html, file).not.toContain('self.__next_f');
    expect(html, file).not.toMatch(/<script[^>]*src="\/_next\//);
    expect(html, file).not.toMatch(/<link[^>]*href="\/_next\/[^"]*"[^>]*as="script"|<link[^>]*as="script"[^>]*href="\/_next\//);
    expect(html, file).not.toContain('TURBOPACK');
    // Every inline script that runs is one of ours; data blocks (JSON-LD) aside.
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!);
    for (const attributes of scripts) expect(attributes, file).toMatch(/data-own-script="|type="application\/ld\+json"/);
  }
  expect(files.filter((f) => /\.(rsc|segments|meta|body)$|\.segments\//.test(f))).toEqual([]);
});

test('every text file has brotli and gzip copies of exactly its bytes', () => {
  const texts = files.filter((f) => compressible(f) && !/\.(br|gz)$/.test(f) && !f.startsWith('_'));
  for (const file of texts) {
    const bytes = fs.readFileSync(path.join(out.site, file));
    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(out.site, `${file}.br`))).equals(bytes), `${file}.br`).toBe(true);
    expect(zlib.gunzipSync(fs.readFileSync(path.join(out.site, `${file}.gz`))).equals(bytes), `${file}.gz`).toBe(true);
  }
});

test('Next’s output is where lib/build/next-output.ts reads it, for every prerendered URL', () => {
  // Fails with "A Next upgrade has changed where it writes prerendered pages…" when it moves.
  const next = readNextOutput();
  for (const url of next.urls) expect(next.read(url).length, url).toBeGreaterThan(0);
});

test('the search service puts its results where the build’s search page has them: for no query, the page is the build’s own', async () => {
  const { searchPage } = await import('../../server/search-page');
  const { searchTitle, searchView } = await import('@/lib/views/listings');
  for (const locale of ['fr', 'en'] as const) {
    const file = out.searchPage('search', locale);
    const template = fs.readFileSync(file, 'utf8');
    expect(searchPage(template, locale, file)(searchView(undefined, '', locale), searchTitle('', locale))).toBe(template);
  }
});

test('the search page keeps the rules of the results the service puts in it; other pages only those of their classes', () => {
  // `bg-amber-200` marks a matched word in a result: no prerendered page but search shows one.
  for (const locale of ['fr', 'en'] as const) expect(fs.readFileSync(out.searchPage('search', locale), 'utf8'), locale).toContain('.bg-amber-200');
  expect(fs.readFileSync(path.join(out.site, 'fr.html'), 'utf8')).not.toContain('.bg-amber-200');
});
