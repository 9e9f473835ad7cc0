import { describe, expect, it } from 'vitest';
import { ContentLibrary } from '@/lib/content/library';
import { routes, siteUrls, staticParams } from '@/lib/routes';
import { fill, localeOfPath, paths } from '@/lib/paths';
import path from 'node:path';

const library = ContentLibrary.load(path.join(__dirname, '..', 'fixtures', 'valid'));

describe('route table', () => {
  it('fills a pattern with its params, and refuses a missing one', () => {
    expect(fill('/[locale]/tags/[tag]', { locale: 'fr', tag: 'russia' })).toBe('/fr/tags/russia');
    expect(() => fill('/[locale]/tags/[tag]', { locale: 'fr' })).toThrow(/no value for \[tag\]/);
  });

  it('builds links from the same patterns', () => {
    expect(paths.article('en', 'alpha')).toBe('/en/articles/alpha');
    expect(paths.search('fr', 'tokaïev 2022')).toBe('/fr/search?q=toka%C3%AFev+2022');
    expect(paths.notFound('en')).toBe('/en/404');
  });

  it('serves every piece in both locales, and the side-by-side view only for pieces in both', () => {
    const articles = siteUrls(library, (route) => route === routes.article);
    expect(articles).toContain('/fr/articles/beta');
    expect(articles).toContain('/en/articles/beta');
    const parallel = siteUrls(library, (route) => route === routes.parallel);
    expect(parallel).toContain('/fr/articles/alpha/parallel');
    expect(parallel.some((url) => url.includes('/beta/'))).toBe(false);
  });

  it('gives a page route its own segments under a layout, and a route handler every segment', () => {
    const underFr = staticParams(routes.tag, library, { locale: 'fr' });
    expect(underFr).toContainEqual({ tag: 'tokayev' });
    expect(underFr.every((p) => !('locale' in p))).toBe(true);
    const all = staticParams(routes.tagFeed, library);
    expect(all).toContainEqual({ locale: 'en', tag: 'tokayev' });
    expect(all).toHaveLength(2 * library.usedTags().length);
  });

  it('reads the locale of a URL from its first segment only', () => {
    expect(localeOfPath('/en/tags')).toBe('en');
    expect(localeOfPath('/de/tags')).toBeUndefined();
    expect(localeOfPath('/tags/fr')).toBeUndefined();
  });
});
