import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentLibrary } from '@/lib/content/library';
import { ContentError } from '@/lib/content/problems';
import { contentStamp } from '@/lib/content/current';
import { openSnapshot, snapshotFiles, writeSnapshot } from '@/lib/content/snapshot';
import { englishTypographyProblems, frenchTypographyProblems } from '@/lib/i18n/typography';
import { contentFixture, tagsYaml, version } from './fixture';

const nbsp = '\u00a0';

/** tags.yaml with a person `tokayev` (plus the fixture's places), `extra` appended to its entry. */
function withPerson(extra: string, kind = 'person'): string {
  return `${tagsYaml}tokayev:\n  kind: ${kind}\n  labels: { fr: Kassym-Jomart Tokaïev, en: Kassym-Jomart Tokayev }\n${extra}`;
}

function description(fr: string, en = 'President of Kazakhstan since 2019.'): string {
  return `  description:\n    fr: ${JSON.stringify(fr)}\n    en: ${JSON.stringify(en)}\n`;
}

const goodFr = 'Président du Kazakhstan depuis 2019.';

function load(tags: string): ContentLibrary {
  return ContentLibrary.load(contentFixture({ 'tags.yaml': tags, 'articles/a/fr.md': version() }));
}

/** The problems reported for tags.yaml, without those of pieces whose tags could then not be resolved. */
function tagProblems(tags: string): string[] {
  try {
    load(tags);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.filter((line) => /tags\.yaml: /.test(line));
    throw error;
  }
  return [];
}

describe('tag descriptions and dates that are valid', () => {
  it('load, each description rendered once as HTML and plain text, emphasis kept', () => {
    const tag = load(withPerson(description(`Président du *Kazakhstan* depuis 2019${nbsp}; «${nbsp}chef de l’État${nbsp}».`, 'President of _Kazakhstan_ since 2019.'))).tag('tokayev')!;
    expect(tag.description?.fr).toEqual({
      html: `Président du <em>Kazakhstan</em> depuis 2019${nbsp}; «${nbsp}chef de l’État${nbsp}».`,
      text: `Président du Kazakhstan depuis 2019${nbsp}; «${nbsp}chef de l’État${nbsp}».`,
    });
    expect(tag.description?.en.html).toBe('President of <em>Kazakhstan</em> since 2019.');
  });

  it('are optional, and a tag without them has neither field', () => {
    const tag = load(withPerson('')).tag('tokayev')!;
    expect(tag).not.toHaveProperty('description');
    expect(tag).not.toHaveProperty('dates');
  });

  it('keep dates as the strings written, to the year, month or day, quoted or not', () => {
    const person = load(withPerson('  dates: { born: 1953-05-17, died: "2100" }\n')).tag('tokayev')!;
    expect(person.dates).toEqual({ born: '1953-05-17', died: '2100' });
    const organisation = load(withPerson('  dates: { founded: 2002, dissolved: 2002-10 }\n', 'organisation')).tag('tokayev')!;
    expect(organisation.dates).toEqual({ founded: '2002', dissolved: '2002-10' });
  });

  it('may be as long as 280 characters', () => {
    expect(tagProblems(withPerson(description(`${'a'.repeat(279)}.`)))).toEqual([]);
  });

  it('accept dates known to different precisions that may be the same day', () => {
    expect(tagProblems(withPerson('  dates: { born: 1940-07-06, died: 1940 }\n'))).toEqual([]);
  });

  it('come through the build snapshot unchanged', () => {
    const dir = contentFixture({
      'tags.yaml': withPerson(`${description(goodFr)}  dates: { born: 1953-05-17 }\n`),
      'articles/a/fr.md': version({ tags: '[tokayev]' }),
    });
    const library = ContentLibrary.load(dir);
    const to = snapshotFiles(fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-')));
    writeSnapshot(library, { dir: path.resolve(dir), stamp: contentStamp(dir) }, to);
    const restored = openSnapshot(to).library();
    expect(restored.tag('tokayev')).toEqual(library.tag('tokayev'));
    expect(restored.piece('a')!.tags[0]!.description?.fr.text).toBe(goodFr);
    expect(restored.tag('tokayev')!.dates).toEqual({ born: '1953-05-17' });
  });
});

describe('tag descriptions that are refused, naming the tag and the field', () => {
  it.each([
    ['only one language', '  description:\n    fr: Président.\n', /tokayev\.description\.en: is required$/],
    ['a third language', `${description(goodFr)}    de: Präsident.\n`, /tokayev\.description: unknown key "de": expected fr and en$/],
    ['a bare string', '  description: Président.\n', /tokayev\.description: expected a description in fr and en$/],
    ['an empty text', description('  '), /tokayev\.description\.fr: must not be empty$/],
    ['a link', description('Président du [Kazakhstan](https://example.org).'), /tokayev\.description\.fr: links not allowed: plain text, with at most \*emphasis\*/],
    ['a bare URL', description(goodFr, 'See https://example.org.'), /tokayev\.description\.en: links not allowed/],
    ['HTML', description(goodFr, 'President <b>since</b> 2019.'), /tokayev\.description\.en: HTML tags not allowed/],
    ['a heading', description('# Président'), /tokayev\.description\.fr: headings not allowed/],
    ['code', description(goodFr, 'President `since` 2019.'), /tokayev\.description\.en: code not allowed/],
    ['bold', description(goodFr, 'President **since** 2019.'), /tokayev\.description\.en: bold not allowed/],
    ['bold inside emphasis', description(goodFr, 'President ***since*** 2019.'), /tokayev\.description\.en: bold not allowed/],
    ['a list', description('- Président'), /tokayev\.description\.fr: lists not allowed/],
    ['two paragraphs', description('Président.\n\nDiplomate.'), /tokayev\.description\.fr: must be one paragraph/],
    ['too long a text', description(`${'a'.repeat(280)}.`), /tokayev\.description\.fr: is 281 characters long: at most 280, a sentence or two/],
    ['French typography not kept', description('Président du Kazakhstan : depuis 2019.'), /tokayev\.description\.fr: ordinary space before ":"/],
    ['a typewriter apostrophe in French', description("Président de l'État."), /tokayev\.description\.fr: typewriter apostrophe/],
    ['French quotes in English', description(goodFr, `The «${nbsp}president${nbsp}».`), /tokayev\.description\.en: French quotation marks/],
  ])('%s', (_, yaml, expected) => {
    expect(tagProblems(withPerson(yaml))).toEqual([expect.stringMatching(expected)]);
  });

  it('report each problem of an entry, each with its path', () => {
    const problems = tagProblems(withPerson(description("Président de l'État ?", 'President **since** 2019.')));
    expect(problems).toEqual([
      expect.stringMatching(/tokayev\.description\.fr: typewriter apostrophe/),
      expect.stringMatching(/tokayev\.description\.fr: ordinary space before "\?"/),
      expect.stringMatching(/tokayev\.description\.en: bold not allowed/),
    ]);
  });
});

describe('tag dates that are refused, naming the tag and the field', () => {
  it.each([
    ['a malformed date', 'person', '{ born: 17 mai 1953 }', /tokayev\.dates\.born: expected YYYY, YYYY-MM or YYYY-MM-DD, got "17 mai 1953"$/],
    ['an impossible date', 'person', '{ born: 1953-02-30 }', /tokayev\.dates\.born: no such date: "1953-02-30"$/],
    ['an impossible month', 'person', '{ born: 1953-13 }', /tokayev\.dates\.born: no such date: "1953-13"$/],
    ['a date that is no date', 'person', '{ born: true }', /tokayev\.dates\.born: expected a date: YYYY, YYYY-MM or YYYY-MM-DD$/],
    ['a death before the birth', 'person', '{ born: 1953-05-17, died: 1953-04 }', /tokayev\.dates\.died: 1953-04 is before born \(1953-05-17\)$/],
    ['a dissolution before the founding', 'organisation', '{ founded: 2002, dissolved: 1992 }', /tokayev\.dates\.dissolved: 1992 is before founded \(2002\)$/],
    ['a founding date for a person', 'person', '{ founded: 1953 }', /tokayev\.dates\.founded: kind person has no "founded" date: use born or died$/],
    ['a birth date for a place', 'place', '{ born: 1991 }', /tokayev\.dates\.born: kind place has no "born" date: use founded or dissolved$/],
    ['any date for a topic', 'topic', '{ founded: 2022 }', /tokayev\.dates\.founded: kind topic has no "founded" date: a topic has no dates$/],
    ['an unknown kind of date', 'person', '{ birth: 1953 }', /tokayev\.dates: unknown key "birth": expected born, died \(person\) or founded, dissolved/],
  ])('%s', (_, kind, dates, expected) => {
    expect(tagProblems(withPerson(`  dates: ${dates}\n`, kind))).toEqual([expect.stringMatching(expected)]);
  });
});

describe('the tags of content/', () => {
  const library = ContentLibrary.load(path.join(__dirname, '..', '..', 'content'));
  const described = [...library.tags.values()].filter((tag) => tag.kind !== 'topic');

  it('describe every person, place and organisation in both languages', () => {
    expect(described.length).toBeGreaterThanOrEqual(8);
    for (const tag of described) {
      expect(tag.description?.fr.text, tag.slug).toBeTruthy();
      expect(tag.description?.en.text, tag.slug).toBeTruthy();
    }
  });

  it('follow French typography in French, and keep French quotation marks out of English', () => {
    for (const tag of library.tags.values()) {
      if (!tag.description) continue;
      expect(frenchTypographyProblems(tag.description.fr.text), tag.slug).toEqual([]);
      expect(englishTypographyProblems(tag.description.en.text), tag.slug).toEqual([]);
      expect(tag.description.en.text, tag.slug).not.toMatch(/[«»]/);
    }
  });
});
