import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentDir } from '@/lib/content/current';
import { ContentLibrary } from '@/lib/content/library';
import type { Locale } from '@/lib/i18n/locales';
import { SearchIndex } from '@/lib/search/index';
import { readSearchIndex, searchIndexFiles, writeSearchIndex } from '@/lib/search/index-file';
import { searchResult, tagCard } from '@/lib/views/cards';
import { contentFixture, tagsYaml, version } from './fixture';

const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'));

/** What the search page shows for a query: the tags' cards, the result cards, snippets included, in order, with their scores. */
function shown(index: SearchIndex, query: string, locale: Locale) {
  const outcome = index.query(query, locale);
  return {
    ...outcome,
    tags: outcome.tags.map((tag) => tagCard(tag, locale)),
    hits: outcome.hits.map((hit) => ({ card: searchResult(hit, locale), score: hit.score })),
  };
}

describe('the index written to a file and read back', () => {
  for (const [name, content] of [
    ['site content', contentDir],
    ['fixture content', path.join(__dirname, '..', 'fixtures', 'valid')],
  ] as const) {
    it(`answers as the one built in memory, same cards and snippets (${name})`, () => {
      const built = SearchIndex.build(ContentLibrary.load(content));
      const dir = tmpDir();
      writeSearchIndex(built, dir);
      const loaded = readSearchIndex(dir);
      const queries = [
        // aliases, accents and case
        'tokayev', 'Tokaïev', 'tonkaïev', 'TONKAÏEV', 'tokaev', 'nazarbaiev', 'qazaqstan',
        // prefixes and stems
        'manifestatio', 'sanct', 'sanction', 'arrests', 'kaz',
        // two words, stop words, tag labels, misses
        'les sanctions', 'tokayev sanctions', 'beta lead', 'alpha', 'Est', 'Russie', 'zzzz', '',
        // names of tags, which have cards
        'Kassym-Jomart Tokaïev', 'Nazarbaïev', 'OTSC', 'CSTO', 'massimov',
      ];
      let marked = 0;
      for (const query of queries) {
        for (const locale of ['fr', 'en'] as const) {
          expect(shown(loaded, query, locale), `${query} (${locale})`).toEqual(shown(built, query, locale));
          marked += loaded.query(query, locale).hits.flatMap((h) => h.snippet.filter((s) => s.match)).length;
        }
      }
      expect(marked).toBeGreaterThan(0);
    });
  }

  it('holds what a tag’s card shows, for a server that has no content folder', () => {
    const dir = tmpDir();
    writeSearchIndex(SearchIndex.build(ContentLibrary.load(contentDir)), dir);
    const header = JSON.parse(fs.readFileSync(searchIndexFiles(dir).index, 'utf8'));
    expect(header.format).toBe(4);
    expect(header.tags.find((t: { slug: string }) => t.slug === 'csto')).toEqual({
      slug: 'csto',
      kind: 'organisation',
      labels: { fr: 'OTSC', en: 'CSTO' },
      aliases: expect.arrayContaining(['OTSC', 'CSTO']),
      description: { fr: { html: expect.stringMatching(/^Organisation du traité/), text: expect.any(String) }, en: { html: expect.stringMatching(/^Collective Security/), text: expect.any(String) } },
      pieces: 1,
    });
    const [card] = readSearchIndex(dir).query('OTSC', 'en').tags.map((tag) => tagCard(tag, 'en'));
    expect(card).toEqual({
      slug: 'csto',
      href: '/en/tags/csto',
      label: 'CSTO',
      kindLabel: 'Organisation',
      countLabel: '1 piece',
      description: expect.stringMatching(/^Collective Security Treaty Organization: a Russian-led military alliance/),
    });
  });
});

describe('index files that cannot be read', () => {
  const built = SearchIndex.build(ContentLibrary.load(path.join(__dirname, '..', 'fixtures', 'valid')));
  const error = (why: RegExp) => new RegExp(`^Search cannot answer: its index cannot be read \\(${why.source}\\)\\. Build the site with \`npm run build\`, which writes it\\.$`);

  it('are an error naming the file and the command that writes it, when missing', () => {
    const dir = path.join(os.tmpdir(), 'no-such-build');
    expect(() => readSearchIndex(dir)).toThrow(error(/ENOENT: no such file or directory, open '.*\/no-such-build\/search-index\.json'/));
  });

  it('are the same error when the texts are missing, a file is cut short or of another format', () => {
    const dir = tmpDir();
    const files = searchIndexFiles(dir);
    writeSearchIndex(built, dir);
    fs.rmSync(files.texts);
    expect(() => readSearchIndex(dir)).toThrow(error(/ENOENT: no such file or directory, open '.*\/search-texts\.txt'/));

    writeSearchIndex(built, dir);
    const postings = fs.readFileSync(files.postings);
    fs.writeFileSync(files.postings, postings.subarray(0, postings.length - 4));
    expect(() => readSearchIndex(dir)).toThrow(error(new RegExp(`.*/search-postings\\.bin: ${postings.length - 4} bytes where the index expects ${postings.length}`)));

    writeSearchIndex(built, dir);
    const lines = fs.readFileSync(files.index, 'utf8');
    fs.writeFileSync(files.index, lines.slice(0, lines.length - 10));
    expect(() => readSearchIndex(dir)).toThrow(error(/.*\/search-index\.json: .*JSON.*/));
    fs.writeFileSync(files.index, JSON.stringify({ format: 0 }));
    expect(() => readSearchIndex(dir)).toThrow(error(/.*\/search-index\.json: format 0, this server reads format 4/));
  });
});

describe('getSearchIndex in development', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('builds from the content, and again after an edit', async () => {
    const dir = contentFixture({ 'tags.yaml': tagsYaml, 'articles/one/fr.md': version({ title: 'Premier titre' }) });
    vi.stubEnv('NODE_ENV', 'development');
    vi.stubEnv('CONTENT_DIR', dir);
    vi.resetModules();
    const { getSearchIndex } = await import('@/lib/search/current');
    const titles = (q: string) => getSearchIndex().query(q, 'fr').hits.map((h) => h.version.title);
    expect(titles('premier')).toEqual(['Premier titre']);

    const file = path.join(dir, 'articles/one/fr.md');
    fs.writeFileSync(file, version({ title: 'Titre changé' }));
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(file, later, later);
    expect(titles('premier')).toEqual([]);
    expect(titles('change')).toEqual(['Titre changé']);
  });
});
