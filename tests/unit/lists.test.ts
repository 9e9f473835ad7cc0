import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ContentLibrary } from '@/lib/content/library';
import { feedLength, rssFeed } from '@/lib/feed';
import { laterPages, pageCount, pageItems, pageNumber, pageSize } from '@/lib/pagination';
import { sitemapEntries, sitemapFile, sitemapIndex } from '@/lib/sitemap';
import { archiveView, homeView, tagIndexView } from '@/lib/views/listings';
import { contentFixture, tagsYaml, version } from './fixture';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'url', 'sitemap'].includes(name) });

/** A library of `n` French pieces, one a day from 2022-01-01, newest last in the files. */
function libraryOf(n: number): ContentLibrary {
  const files: Record<string, string> = { 'tags.yaml': tagsYaml };
  for (let i = 0; i < n; i++) {
    const date = new Date(Date.UTC(2022, 0, 1 + i)).toISOString().slice(0, 10);
    files[`articles/p-${i}/fr.md`] = version({ title: `Pièce ${i}`, date });
  }
  return ContentLibrary.load(contentFixture(files));
}

describe('pagination', () => {
  it('uses 20 pieces a page unless PAGE_SIZE says otherwise', () => {
    expect(pageSize).toBe(20);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
    expect(laterPages(45)).toEqual(['2', '3']);
    expect(pageItems([...Array(45).keys()], 3)).toEqual([40, 41, 42, 43, 44]);
  });

  it('reads only the canonical spelling of a page after the first', () => {
    expect(pageNumber('2')).toBe(2);
    expect(pageNumber('12')).toBe(12);
    for (const bad of ['1', '0', '-1', '01', 'x', '2.0', ' 2', '']) expect(pageNumber(bad), bad).toBeUndefined();
  });

  it('pages the home list newest first, links the pages around, and has no page past the end', () => {
    const library = libraryOf(45);
    const first = homeView(library, 'fr')!;
    expect(first.pieces).toHaveLength(20);
    expect(first.pieces[0]!.title).toBe('Pièce 44');
    expect(first.pagination).toMatchObject({ status: 'Page 1 sur 3', next: { href: '/fr/page/2' } });
    expect(first.pagination?.previous).toBeUndefined();
    const second = homeView(library, 'en', 2)!;
    expect(second.pagination).toMatchObject({ previous: { href: '/en' }, next: { href: '/en/page/3' } });
    expect(second.metadata.alternates?.canonical).toMatch(/\/en\/page\/2$/);
    const last = homeView(library, 'fr', 3)!;
    expect(last.pieces.map((p) => p.title)).toEqual(['Pièce 4', 'Pièce 3', 'Pièce 2', 'Pièce 1', 'Pièce 0']);
    expect(last.pagination?.next).toBeUndefined();
    expect(homeView(library, 'fr', 4)).toBeUndefined();
  });

  it('has no pagination on a list that fits on one page', () => {
    expect(homeView(libraryOf(3), 'fr')!.pagination).toBeUndefined();
  });
});

describe('archive', () => {
  it('lists years and months newest first, with counts, in the reader’s language', () => {
    const view = archiveView(libraryOf(40), 'fr');
    expect(view.years.map((y) => y.heading)).toEqual(['2022']);
    expect(view.years[0]!.links.map((m) => [m.label, m.countLabel, m.href])).toEqual([
      ['Février 2022', '9 articles', '/fr/archive/2022/02'],
      ['Janvier 2022', '31 articles', '/fr/archive/2022/01'],
    ]);
    expect(archiveView(libraryOf(1), 'en').years[0]!.links[0]!.label).toBe('January 2022');
  });
});

describe('tag index', () => {
  it('groups tags by kind and sorts them in French collation, accented initials with their letter', () => {
    const library = ContentLibrary.load(path.join(__dirname, '..', 'fixtures', 'valid'));
    const view = tagIndexView(library, 'fr');
    expect(view.groups.map((g) => g.heading)).toEqual(['Personnalités', 'Lieux', 'Organisations', 'Sujets']);
    expect(view.groups.find((g) => g.id === 'tags-topic')!.links.map((t) => t.label)).toEqual(['Diplomatie', 'Élections', 'Sécurité']);
    expect(tagIndexView(library, 'en').groups.find((g) => g.id === 'tags-topic')!.links.map((t) => t.label)).toEqual(['Diplomacy', 'Elections', 'Security']);
  });
});

describe('feeds and sitemaps', () => {
  it('a feed holds the latest 50 pieces, newest first', () => {
    const library = libraryOf(feedLength + 5);
    const items = xml.parse(rssFeed(library, 'fr')).rss.channel.item;
    expect(items).toHaveLength(50);
    expect(items[0].title).toBe('Pièce 54');
    expect(items.at(-1).title).toBe('Pièce 5');
  });

  it('the sitemap index points to files that list every canonical page once', () => {
    const library = libraryOf(30);
    const index = xml.parse(sitemapIndex(library)).sitemapindex.sitemap;
    expect(index).toHaveLength(1);
    expect(index[0].loc).toMatch(/\/sitemaps\/1\.xml$/);
    const urls = xml.parse(sitemapFile(library, 1)!).urlset.url.map((u: { loc: string }) => u.loc);
    expect(urls).toHaveLength(sitemapEntries(library).length);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.some((u: string) => u.endsWith('/fr/page/2'))).toBe(true);
    expect(urls.some((u: string) => u.endsWith('/en/archive/2022/01'))).toBe(true);
    expect(sitemapFile(library, 2)).toBeUndefined();
  });
});
