import { describe, expect, it } from 'vitest';
import { contentDir } from '@/lib/content/current';
import { ContentLibrary } from '@/lib/content/library';
import { absoluteUrl } from '@/lib/public-url';
import { articleJsonLd, tagJsonLd } from '@/lib/structured-data';
import { contentFixture, version } from './fixture';

const library = ContentLibrary.load(contentDir);
const tag = (slug: string) => library.tag(slug)!;

describe('a tag page’s structured data', () => {
  it('describes a person by the name in the page’s language, other names, description and dates', () => {
    const tokayev = tag('tokayev');
    expect(tagJsonLd(tokayev, 'fr')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Kassym-Jomart Tokaïev',
      url: absoluteUrl('/fr/tags/tokayev'),
      alternateName: tokayev.aliases.filter((a) => a !== 'Kassym-Jomart Tokaïev'),
      description: tokayev.description!.fr.text,
      birthDate: '1953-05-17',
    });
    const en = tagJsonLd(tokayev, 'en');
    expect(en.name).toBe('Kassym-Jomart Tokayev');
    expect(en.url).toBe(absoluteUrl('/en/tags/tokayev'));
    expect(en.alternateName).toContain('Kassym-Jomart Tokaïev');
    expect(en.alternateName).toContain('Tonkaïev');
    expect(en.alternateName).not.toContain('Kassym-Jomart Tokayev');
    expect(en.description).toMatch(/^President of Kazakhstan/);
    expect(en.description).not.toMatch(/[<*]/);
  });

  it('describes an organisation, a place and a topic with the type and dates schema.org gives them', () => {
    expect(tagJsonLd(tag('csto'), 'en')).toMatchObject({ '@type': 'Organization', name: 'CSTO', foundingDate: '2002', alternateName: expect.arrayContaining(['OTSC']) });
    expect(tagJsonLd(tag('csto'), 'en').alternateName).not.toContain('CSTO');
    const place = tagJsonLd(tag('kazakhstan'), 'fr');
    expect(place).toMatchObject({ '@type': 'Place', name: 'Kazakhstan' });
    expect(place.alternateName).toEqual(['Qazaqstan', 'Kazakstan', 'République du Kazakhstan', 'Republic of Kazakhstan']);
    const topic = tagJsonLd(tag('political-crisis'), 'fr');
    expect(topic).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Thing',
      name: 'Crise politique',
      url: absoluteUrl('/fr/tags/political-crisis'),
      alternateName: ['political crisis'],
    });
  });

  it('lists each other name once, leaves out what it lacks, and gives a place no founding date (schema.org has none for a Place)', () => {
    const dir = contentFixture({
      'tags.yaml': `
astana:
  kind: place
  labels: { fr: Astana, en: Astana }
  aliases: [astana, Nour-Soultan, Nur-Sultan, Nur-Sultan, nur-sultan]
  dates: { founded: 1830 }
someone:
  kind: person
  labels: { fr: Quelqu’un, en: Someone }
  dates: { born: 1900, died: 1980-02 }
`,
      'articles/one/fr.md': version({ tags: '[astana, someone]' }),
    });
    const small = ContentLibrary.load(dir);
    const astana = tagJsonLd(small.tag('astana')!, 'en');
    expect(astana.alternateName).toEqual(['Nour-Soultan', 'Nur-Sultan']);
    expect(astana).not.toHaveProperty('foundingDate');
    expect(astana).not.toHaveProperty('description');
    const someone = tagJsonLd(small.tag('someone')!, 'fr');
    expect(someone).toMatchObject({ '@type': 'Person', birthDate: '1900', deathDate: '1980-02' });
    expect(someone).not.toHaveProperty('alternateName');
  });
});

describe('an article’s structured data', () => {
  it('lists its tags as what it is about, each a typed entity with its name and page in the article’s language', () => {
    const piece = library.piece('kazakhstan-east-west')!;
    const data = articleJsonLd(piece, piece.versions.en!, 'https://example.org/image.png');
    expect(data.about).toHaveLength(piece.tags.length);
    expect(data.about).toContainEqual({ '@type': 'Person', name: 'Kassym-Jomart Tokayev', url: absoluteUrl('/en/tags/tokayev') });
    expect(data.about).toContainEqual({ '@type': 'Organization', name: 'CSTO', url: absoluteUrl('/en/tags/csto') });
    expect(data.about).toContainEqual({ '@type': 'Place', name: 'Kazakhstan', url: absoluteUrl('/en/tags/kazakhstan') });
    expect(data.about).toContainEqual({ '@type': 'Thing', name: 'Sanctions', url: absoluteUrl('/en/tags/sanctions') });
    const fr = articleJsonLd(piece, piece.versions.fr!, 'https://example.org/image.png');
    expect(fr.about.map((a) => a.name)).toEqual(piece.tags.map((t) => t.labels.fr));
  });
});
