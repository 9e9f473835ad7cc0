import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentLibrary } from '@/lib/content/library';
import { SearchIndex, matcher, maxQueryLength, searchableText, snippet } from '@/lib/search/index';
import { fold, termForms } from '@/lib/search/text';
import { nameWords } from '@/lib/search/tag-names';
import { contentDir } from '@/lib/content/current';

describe('normalisation', () => {
  it('folds case and accents', () => {
    expect(fold('Tokaïev')).toBe('tokaiev');
    expect(fold('ÉLECTIONS')).toBe('elections');
    expect(fold('l’armée')).toBe("l'armee");
  });

  it('indexes a word under itself and its stem, in its language', () => {
    expect(termForms('sanctions', 'en')).toEqual(['sanctions', 'sanction']);
    expect(termForms('manifestations', 'fr')).toEqual(['manifestations', 'manifest']);
    expect(termForms('l’armée', 'fr')).toContain('armee');
  });

  it('searches a query word under both languages’ stems', () => {
    expect(termForms('arrested', 'any')).toEqual(expect.arrayContaining(['arrested', 'arrest']));
  });
});

describe('search over the fixture content', () => {
  const index = SearchIndex.build(ContentLibrary.load(path.join(__dirname, '..', 'fixtures', 'valid')));

  it('ranks the reader’s language first', () => {
    const both = index.query('alpha', 'fr').hits.map((h) => h.version.locale);
    expect(both).toEqual(['fr', 'en']);
    expect(index.query('alpha', 'en').hits.map((h) => h.version.locale)).toEqual(['en', 'fr']);
  });

  it('requires every word of the query', () => {
    expect(index.query('beta alpha', 'fr').hits).toEqual([]);
    expect(index.query('beta lead', 'fr').hits.map((h) => h.version.slug)).toEqual(['beta']);
  });

  it('finds pieces through tag aliases', () => {
    const slugs = (q: string) => [...new Set(index.query(q, 'fr').hits.map((h) => h.version.slug))].sort();
    expect(slugs('Tonkaïev')).toEqual(['alpha', 'gamma']);
    expect(slugs('tokaev')).toEqual(['alpha', 'gamma']);
    expect(slugs('qazaqstan')).toEqual(['alpha', 'beta', 'delta', 'epsilon', 'gamma']);
  });

  it('gives a clear empty result for empty, markup-only and over-long queries', () => {
    expect(index.query('', 'fr')).toEqual({ query: '', truncated: false, tags: [], hits: [] });
    expect(index.query('   <>"\'&;   ', 'fr').hits).toEqual([]);
    const long = index.query('alpha '.repeat(100), 'fr');
    expect(long.truncated).toBe(true);
    expect(long.query.length).toBeLessThanOrEqual(maxQueryLength);
  });
});

describe('search over the site content', () => {
  const index = SearchIndex.build(ContentLibrary.load(contentDir));
  const pieces = (q: string, locale: 'fr' | 'en' = 'fr') => [...new Set(index.query(q, locale).hits.map((h) => h.version.slug))].sort();

  it('joins every spelling of Tokayev, whatever the case and accents', () => {
    for (const q of ['tokayev', 'Tokaïev', 'TONKAÏEV', 'Tokaev', 'tokaiev']) {
      expect(pieces(q), q).toEqual(['kazakhstan-crisis', 'kazakhstan-east-west']);
    }
  });

  it('finds Nazarbaïev without its accent', () => {
    expect(pieces('nazarbaiev')).toEqual(['kazakhstan-crisis', 'kazakhstan-east-west']);
  });

  it('matches word forms and prefixes', () => {
    expect(pieces('sanction')).toEqual(['kazakhstan-east-west']);
    expect(pieces('sanctions')).toEqual(['kazakhstan-east-west']);
    expect(pieces('manifestatio')).toEqual(['kazakhstan-crisis']);
    expect(pieces('arrests', 'en')).toEqual(['kazakhstan-crisis']);
  });

  it('ranks a title match above a passing mention', () => {
    const hits = index.query('oscillations', 'en').hits;
    expect(hits[0]?.version.slug).toBe('kazakhstan-east-west');
  });

  it('highlights the matched words, every spelling included, in a snippet of the text', () => {
    const hit = index.query('tokayev', 'fr').hits.find((h) => h.version.slug === 'kazakhstan-crisis' && h.version.locale === 'fr')!;
    const marked = hit.snippet.filter((s) => s.match).map((s) => s.text);
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(['Tokaïev', 'Tonkaïev']).toContain(word);
  });
});

describe('snippet', () => {
  it('cuts around the first match at word boundaries and marks matches', () => {
    const text = `${'word '.repeat(100)}the sanctions hit ${'more '.repeat(100)}`;
    const segments = snippet(searchableText({ summary: [], body: () => ({ html: '', blocks: [], text, lead: [], mentions: [] }) }), matcher(new Set(termForms('sanction', 'any'))));
    expect(segments[0]).toEqual({ text: expect.stringMatching(/^… word/), match: false });
    expect(segments.filter((s) => s.match)).toEqual([{ text: 'sanctions', match: true }]);
    expect(segments.at(-1)?.text).toMatch(/more …$/);
  });

  it('finds accented words by their plain spelling, and the other way round', () => {
    const text = 'Le président Tokaïev et le président Tokayev.';
    const segments = snippet(searchableText({ summary: [], body: () => ({ html: '', blocks: [], text, lead: [], mentions: [] }) }), matcher(new Set(['tokaiev', 'tokayev'])));
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Tokaïev', 'Tokayev']);
  });
});

describe('stop words', () => {
  const index = SearchIndex.build(ContentLibrary.load(contentDir));

  it('are found in titles when the query has nothing else ("Est")', () => {
    const hits = index.query('Est', 'fr').hits;
    expect(hits[0]?.version.slug).toBe('kazakhstan-east-west');
    expect(hits[0]?.version.locale).toBe('fr');
  });

  it('are dropped from a query that has other words', () => {
    expect(index.query('les sanctions', 'fr').hits.map((h) => h.version.slug)).toEqual(['kazakhstan-east-west', 'kazakhstan-east-west']);
  });
});

describe('a query that names a person, a place or an organisation', () => {
  const index = SearchIndex.build(ContentLibrary.load(contentDir));
  const named = (q: string, locale: 'fr' | 'en' = 'fr') => index.query(q, locale).tags.map((t) => t.slug);

  it('finds the tag by its label or any alias, whatever the case and accents', () => {
    for (const q of ['tokayev', 'Tokaïev', 'TONKAÏEV', 'tonkaiev', 'Tokaev', 'Kassym-Jomart Tokaïev', 'kassym jomart tokayev', 'Qasym-Jomart Toqaev']) {
      expect(named(q), q).toEqual(['tokayev']);
      expect(named(q, 'en'), q).toEqual(['tokayev']);
    }
    expect(named('Nazarbaïev')).toEqual(['nazarbayev']);
    expect(named('nursultan nazarbayev', 'en')).toEqual(['nazarbayev']);
    for (const q of ['OTSC', 'csto', 'Organisation du traité de sécurité collective', 'collective security treaty organization']) {
      expect(named(q), q).toEqual(['csto']);
    }
    expect(named('massimov')).toEqual(['karim-massimov']);
    expect(named('Fédération de Russie')).toEqual(['russia']);
    expect(named('états-unis')).toEqual(['united-states']);
    expect(named('USA', 'en')).toEqual(['united-states']);
  });

  it('finds it from part of a name when that part names it on its own, in any order', () => {
    expect(named('Kassym Tokaïev')).toEqual(['tokayev']);
    expect(named('Tokayev Kassym-Jomart')).toEqual(['tokayev']);
    expect(named('république kazakhstan')).toEqual(['kazakhstan']);
  });

  it('does not on a partial word, a first name, a word that names nothing alone, or a name among other words', () => {
    for (const q of ['tokay', 'toka', 'Kassym', 'jomart', 'Karim', 'république', 'organisation', 'sécurité', 'tokayev sanctions', 'président Tokaïev', 'Tokaïev Nazarbaïev', 'kazakhstan russie', 'zzzz', '']) {
      expect(named(q), q).toEqual([]);
    }
  });

  it('gives the card what it shows: both labels, kind, description and the number of pieces', () => {
    const [tag] = index.query('Tonkaïev', 'en').tags;
    expect(tag).toMatchObject({
      slug: 'tokayev',
      kind: 'person',
      labels: { fr: 'Kassym-Jomart Tokaïev', en: 'Kassym-Jomart Tokayev' },
      description: { fr: { html: expect.stringMatching(/^Président du Kazakhstan/) }, en: { text: expect.stringMatching(/^President of Kazakhstan/) } },
      pieces: 2,
    });
  });

  it('leaves topics to the search of texts, and tags no piece carries to their absence', () => {
    expect(named('sanctions')).toEqual([]);
    expect(named('crise politique')).toEqual([]);
    const fixture = SearchIndex.build(ContentLibrary.load(path.join(__dirname, '..', 'fixtures', 'valid')));
    expect(fixture.query('Inutilisé', 'fr').tags).toEqual([]);
    expect(fixture.query('Élections', 'fr').tags).toEqual([]);
    expect(fixture.query('qazaqstan', 'fr').tags.map((t) => t.slug)).toEqual(['kazakhstan']);
  });
});

describe('nameWords', () => {
  it('folds, keeps each word once and drops stop words unless nothing else is left', () => {
    expect(nameWords('Fédération de Russie')).toEqual(['federation', 'russie']);
    expect(nameWords('Kassym-Jomart TOKAÏEV')).toEqual(['kassym', 'jomart', 'tokaiev']);
    expect(nameWords('US')).toEqual(['us']);
    expect(nameWords('  ')).toEqual([]);
  });
});
