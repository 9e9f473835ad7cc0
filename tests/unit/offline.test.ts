import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileOfUrl } from '@/lib/build/output';
import { bundleServiceWorker, serviceWorkerBuild } from '@/lib/build/service-worker';
import { locales } from '@/lib/i18n/locales';
import { offlineStore, recentPagesBudget, recentPagesLimit } from '@/lib/offline';
import { linkedScriptNames, linkedScriptUrl } from '@/lib/own-scripts';
import { paths } from '@/lib/paths';
import { routes } from '@/lib/routes';

/** A site folder with the files the worker keeps from its install. */
function siteWith(contents: (url: string) => string): string {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'sw-site-'));
  const files = [
    ...locales.flatMap((l) => [
      { route: routes.offline, url: paths.offline(l) },
      { route: routes.saved, url: paths.saved(l) },
    ]),
    { route: routes.icon, url: routes.icon.pattern },
  ];
  for (const { route, url } of files) {
    const file = path.join(site, fileOfUrl(route, url));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, contents(url));
  }
  return site;
}

describe('the budget of pages read lately', () => {
  it('is as many pages as fit 20 MB, each counted at the largest page of the build', () => {
    expect(recentPagesBudget).toBe(20 * 2 ** 20);
    expect(recentPagesLimit(100 * 1024)).toBe(204);
    expect(recentPagesLimit(recentPagesBudget + 1)).toBe(1);
    expect(() => recentPagesLimit(0)).toThrow(/largest page/);
  });
});

describe('the service worker’s build', () => {
  const site = siteWith((url) => `<html>${url}</html>`);
  const build = serviceWorkerBuild(site, 150_000);
  const matches = (sources: string[], pathname: string) => sources.some((source) => new RegExp(source).test(pathname));

  it('treats every page of the site as a page to keep, and nothing else', () => {
    for (const url of [paths.home('fr'), paths.article('en', 'x'), paths.parallel('fr', 'x'), paths.tag('en', 't'), paths.archiveMonth('fr', '2022-01'), paths.listPage(paths.home('fr'), 2), paths.saved('en')]) {
      expect(matches(build.pagePaths, url), url).toBe(true);
    }
    for (const url of ['/', paths.search('fr'), paths.feed('fr'), paths.tagFeed('en', 't'), '/sitemap.xml', '/robots.txt', '/sw.js', paths.articleImage('fr', 'x'), paths.offline('fr')]) {
      expect(matches(build.pagePaths, url), url).toBe(false);
    }
    expect(matches(build.networkOnlyPaths, '/')).toBe(true);
    expect(matches(build.networkOnlyPaths, paths.search('en'))).toBe(true);
    expect(matches(build.scriptPaths, linkedScriptUrl('sentences'))).toBe(true);
  });

  it('keeps the offline and saved pages, the icon and the linked scripts from its install, revised when their bytes change', () => {
    expect(build.precache.map((file) => file.url).sort()).toEqual(
      [...locales.flatMap((l) => [paths.offline(l), paths.saved(l)]), routes.icon.pattern, ...linkedScriptNames.map(linkedScriptUrl)].sort(),
    );
    expect(build.precache.find((file) => file.url === linkedScriptUrl('sentences'))!.revision).toBeNull();
    const changed = serviceWorkerBuild(siteWith((url) => (url === paths.offline('en') ? 'changed' : `<html>${url}</html>`)), 150_000);
    const revision = (b: typeof build, url: string) => b.precache.find((file) => file.url === url)!.revision;
    expect(revision(changed, paths.offline('en'))).not.toBe(revision(build, paths.offline('en')));
    expect(revision(changed, paths.offline('fr'))).toBe(revision(build, paths.offline('fr')));
    expect(build.recentPages).toBe(recentPagesLimit(150_000));
    expect(build.offlinePages).toEqual({ fr: '/fr/offline', en: '/en/offline' });
    expect(build.store).toEqual(offlineStore);
  });

  it('bundles Workbox with what it is built with, and nothing fetched from elsewhere', () => {
    const code = bundleServiceWorker(build).toString('utf8');
    expect(code).toContain(offlineStore.recentPages);
    expect(code).toContain(paths.offline('fr'));
    expect(code).not.toMatch(/importScripts|https?:\/\/(?!localhost)[\w.-]+\/[\w-]*workbox/);
    expect(code).not.toContain('__BUILD__');
  });
});
