import { describe, expect, it } from 'vitest';
import { alternatesFor, jsonForScript } from '@/lib/seo';
import { absoluteUrl } from '@/lib/public-url';

describe('jsonForScript', () => {
  it('escapes what could end the script element or break JavaScript parsers, and stays the same JSON', () => {
    const value = { headline: '</script><script>alert(1)</script>', note: 'a\u2028b\u2029c', nested: ['<!--'] };
    const text = jsonForScript(value);
    expect(text).not.toContain('<');
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('alternatesFor', () => {
  const pathFor = (l: string) => `/${l}/articles/x`;

  it('lists real translations, x-default on French, and the canonical of the page', () => {
    const a = alternatesFor('en', ['fr', 'en'], pathFor);
    expect(a.canonical).toBe(absoluteUrl('/en/articles/x'));
    expect(a.languages).toEqual({ fr: absoluteUrl('/fr/articles/x'), en: absoluteUrl('/en/articles/x'), 'x-default': absoluteUrl('/fr/articles/x') });
    expect(a.types['application/rss+xml']?.[0]?.url).toBe(absoluteUrl('/en/feed.xml'));
  });

  it('points a page shown in the other language at the version that exists', () => {
    const a = alternatesFor('fr', ['en'], pathFor);
    expect(a.canonical).toBe(absoluteUrl('/en/articles/x'));
    expect(a.languages).toEqual({ en: absoluteUrl('/en/articles/x'), 'x-default': absoluteUrl('/en/articles/x') });
  });
});
