import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { rssFeed } from '@/lib/feed';
import { ContentLibrary } from '@/lib/content/library';
import { lastModified } from '@/lib/content/provenance';
import { signTranslation, withSignature } from '@/lib/content/sign';
import { absoluteUrl } from '@/lib/public-url';
import { articleJsonLd } from '@/lib/structured-data';
import { alignedRows } from '@/lib/views/parallel';
import { articleView } from '@/lib/views/piece';
import { creditsView } from '@/lib/views/provenance';
import { contentFixture, problemsOf, tagsYaml, version } from './fixture';

const valid = path.join(__dirname, '..', 'fixtures', 'valid');

const good = { 'tags.yaml': tagsYaml };
const en = (overrides: Record<string, string | null> = {}, body?: string) => version({ language: 'en', title: 'A title in English', ...overrides }, body);
const translation = (yaml: string) => `\n  from: en\n${yaml}`;

describe('the fields of provenance', () => {
  it('report credits, translation kinds and passages that cannot be, naming file and field', () => {
    const dir = contentFixture({
      ...good,
      'articles/a/en.md': en({ authors: '[]' }),
      'articles/a/fr.md': version({ translation: translation('  kind: loose\n  by: [Ann, Ann]') }),
      'articles/b/en.md': en(),
      'articles/b/fr.md': version({ translation: translation('  passages:\n    p-0: ours') }),
      'articles/e/en.md': en(),
      'articles/e/fr.md': version({ translation: translation('  passages:\n    lead-1: borrowed') }),
      'articles/c/en.md': en(),
      'articles/c/fr.md': version({ translation: translation('  passages:\n    p-4: published\n  signed:\n    p-1: xyz') }),
      'articles/d/en.md': en(),
      'articles/d/fr.md': version({ translation: translation('  translator: Ann') }),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/articles\/a\/fr\.md: translation\.kind: expected one of full, abridged, adapted, partial, got "loose"$/),
      expect.stringMatching(/articles\/a\/fr\.md: translation\.by: names someone twice$/),
      expect.stringMatching(/articles\/a\/en\.md: authors: must name at least one person, or newsroom$/),
      expect.stringMatching(/articles\/b\/fr\.md: translation\.passages\.p-0: unknown passage "p-0": expected title, lead-N or p-N$/),
      expect.stringMatching(/articles\/c\/fr\.md: translation\.signed\.p-1: expected a fingerprint written by npm run translation:sign$/),
      expect.stringMatching(/articles\/d\/fr\.md: translation: unknown key "translator": expected from, kind, by, note, passages, signed$/),
      expect.stringMatching(/articles\/e\/fr\.md: translation\.passages\.lead-1: expected one of ours, published, summarised, untranslated, got "borrowed"$/),
    ]);
  });

  it('report a passage the version does not have', () => {
    const dir = contentFixture({
      ...good,
      'articles/a/en.md': en(),
      'articles/a/fr.md': version({ translation: translation('  passages:\n    p-4: published\n    lead-2: ours') }),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/articles\/a\/fr\.md: translation\.passages\.p-4: no such passage: the version has title, lead-1, p-1$/),
      expect.stringMatching(/articles\/a\/fr\.md: translation\.passages\.lead-2: no such passage/),
    ]);
  });

  it('report corrections that are malformed, too early, badly set in French, or missing from the other version', () => {
    const correction = (date: string, kind: string, text: string) => `\n  - date: ${date}\n    kind: ${kind}\n    text: "${text}"`;
    const dir = contentFixture({
      ...good,
      'articles/a/fr.md': version({ corrections: correction('2022-01-02', 'correction', 'Avant la publication.') }),
      'articles/b/fr.md': version({ corrections: correction('2022-01-12', 'erratum', 'Un chiffre.') }),
      'articles/c/fr.md': version({ corrections: correction('2022-01-12', 'correction', 'Le chiffre : 160.') }),
      'articles/d/fr.md': version({ corrections: `${correction('2022-01-12', 'correction', 'Le chiffre était faux.')}\n    by: me` }),
      'articles/e/en.md': en({ corrections: correction('2022-01-12', 'correction', 'The figure was wrong.') }),
      'articles/e/fr.md': version({ corrections: correction('2022-01-13', 'correction', 'Le chiffre était faux.') }),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/articles\/a\/fr\.md: corrections\.0\.date: 2022-01-02 is before the piece's date \(2022-01-09\)$/),
      expect.stringMatching(/articles\/b\/fr\.md: corrections\.0\.kind: expected correction or update, got "erratum"$/),
      expect.stringMatching(/articles\/c\/fr\.md: corrections\.0\.text: ordinary space before ":"/),
      expect.stringMatching(/articles\/d\/fr\.md: corrections\.0: unknown key "by": expected date, kind, text$/),
      expect.stringMatching(/articles\/e\/fr\.md: corrections: the correction of 2022-01-13 has no counterpart in en\.md/),
      expect.stringMatching(/articles\/e\/en\.md: corrections: the correction of 2022-01-12 has no counterpart in fr\.md/),
    ]);
  });
});

describe('a passage left untranslated', () => {
  it('is marked in its original’s language, in the one-language page and in the side-by-side view', () => {
    const dir = contentFixture({
      ...good,
      'articles/a/en.md': en({}, 'First paragraph.\n\nA quote kept in English.'),
      'articles/a/fr.md': version({ translation: translation('  kind: partial\n  passages:\n    p-2: untranslated') }, 'Premier paragraphe.\n\nA quote kept in English.'),
    });
    const library = ContentLibrary.load(dir);
    const piece = library.piece('a')!;
    const html = articleView(library, 'a', 'fr')!.html;
    expect(html).toMatch(/<p id="p-2" lang="en">(<span [^>]+>)?A quote kept in English\.(<\/span>)?<\/p>/);
    expect(html).toMatch(/<p id="p-1">/);
    const rows = alignedRows(piece, piece.versions.fr!, piece.versions.en!, 'fr');
    // The passage is in English, in the French column.
    expect(rows.at(-1)!.cells.map((c) => [c.column, c.lang])).toEqual([['fr', 'en'], ['en', 'en']]);
    expect(rows.at(-1)!.cells[0]!.notes).toEqual(['Non traduit']);
    expect(creditsView(piece, piece.versions.fr!, 'fr').passages?.text).toBe(
      'Certains passages ont été traduits par nos soins\u00a0; d’autres sont restés en anglais.',
    );
    expect(creditsView(piece, piece.versions.fr!, 'fr').translation).toBe('Partiellement traduit de l’anglais');
  });
});

describe('a translation signed against its original', () => {
  const original = (third: string) => en({}, `First paragraph.\n\nSecond one.\n\n${third}`);
  const tree = () =>
    contentFixture({
      ...good,
      'articles/a/en.md': original('Third one.'),
      'articles/a/fr.md': version({ translation: translation('  by: [newsroom]') }, 'Premier paragraphe.\n\nDeuxième.\n\nTroisième.'),
    });

  it('is unsigned until signed, then clean, then behind in the blocks of the original that changed, until signed again', () => {
    const dir = tree();
    const file = path.join(dir, 'articles/a/fr.md');
    expect(ContentLibrary.load(dir).warnings).toEqual([expect.stringMatching(/articles\/a\/fr\.md: translation\.signed: never signed: .*npm run translation:sign -- a fr$/)]);

    const cwd = process.cwd();
    const sign = () => {
      // signTranslation writes the file the loader named, relative to where it runs.
      process.chdir(dir);
      try {
        return signTranslation(ContentLibrary.load('.'), 'a', 'fr');
      } finally {
        process.chdir(cwd);
      }
    };
    expect(sign().passages).toBe(5);
    expect(ContentLibrary.load(dir).warnings).toEqual([]);
    expect(ContentLibrary.load(dir).piece('a')!.versions.fr!.translation!.behind).toEqual([]);

    // Rewrapping a paragraph changes nothing a translator follows; a word does.
    fs.writeFileSync(path.join(dir, 'articles/a/en.md'), original('Third\none.'));
    expect(ContentLibrary.load(dir).warnings).toEqual([]);
    fs.writeFileSync(path.join(dir, 'articles/a/en.md'), original('Third one, rewritten.'));
    const library = ContentLibrary.load(dir);
    expect(library.warnings).toEqual([
      expect.stringMatching(/articles\/a\/fr\.md: translation\.signed: en\.md changed since this translation was signed, in p-3: update the translation, then run npm run translation:sign -- a fr$/),
    ]);
    expect(library.piece('a')!.versions.fr!.translation!.behind).toEqual(['p-3']);

    // The side-by-side view marks the changed block, in the translation's column.
    const piece = library.piece('a')!;
    const rows = alignedRows(piece, piece.versions.fr!, piece.versions.en!, 'fr');
    expect(rows.map((row) => row.cells[0]!.notes)).toEqual([[], [], [], [], ['Passage modifié dans l’original depuis la traduction']]);
    expect(rows.every((row) => row.cells[1]!.notes.length === 0)).toBe(true);

    const before = fs.readFileSync(file, 'utf8');
    sign();
    expect(ContentLibrary.load(dir).warnings).toEqual([]);
    expect(fs.readFileSync(file, 'utf8')).not.toBe(before);
  });

  it('is written into the front-matter and changes nothing else of the file', () => {
    const source = '---\ntitle: "Un titre : le voici"\n# a comment\ntags: [kazakhstan, russia]\ntranslation:\n  from: en\n  note: "A note long enough that a YAML writer folding at eighty columns would fold it, which we never want."\n---\nBody.\n\nMore.\n';
    const signed = withSignature(source, { title: 'aaaaaaaaaaaa', 'p-1': 'bbbbbbbbbbbb' });
    expect(signed).toBe(source.replace('\n---\nBody', '\n  signed:\n    title: aaaaaaaaaaaa\n    p-1: bbbbbbbbbbbb\n---\nBody'));
    // Signing again replaces the fingerprints.
    expect(withSignature(signed, { title: 'cccccccccccc' })).toBe(source.replace('\n---\nBody', '\n  signed:\n    title: cccccccccccc\n---\nBody'));
    expect(() => withSignature('---\ntitle: x\n---\nBody', {})).toThrow(/only a translation is signed/);
  });

  it('fails check:content --strict, and only warns without it', () => {
    const tsx = path.join('node_modules', 'tsx', 'dist', 'cli.mjs');
    const run = (...args: string[]) => spawnSync(process.execPath, [tsx, 'scripts/check-content.ts', ...args, valid], { encoding: 'utf8' });
    const lenient = run();
    expect(lenient.status).toBe(0);
    expect(lenient.stderr).toMatch(/^warning: .*alpha\/fr\.md: translation\.signed: en\.md changed since this translation was signed, in p-3/m);
    const strict = run('--strict');
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/^error: .*alpha\/fr\.md: translation\.signed: en\.md changed since/m);
    expect(strict.stderr).toMatch(/made errors by --strict/);
  }, 30_000);

  it('keeps our own content signed and current', () => {
    expect(ContentLibrary.load(path.join(process.cwd(), 'content')).warnings).toEqual([]);
  });
});

describe('credits and corrections beyond the page', () => {
  const library = ContentLibrary.load(valid);
  const alpha = library.piece('alpha')!;
  const image = 'https://example.org/image.png';

  it('gives JSON-LD its authors, translators, the work translated, the last change and the corrections', () => {
    const fr = JSON.parse(JSON.stringify(articleJsonLd(alpha, alpha.versions.fr!, image)));
    expect(fr.translator).toEqual([{ '@type': 'Person', name: 'Paul Durand' }]);
    expect(fr.translationOfWork).toEqual({ '@type': 'NewsArticle', '@id': absoluteUrl('/en/articles/alpha'), inLanguage: 'en' });
    // Its original's authors wrote what it says.
    expect(fr.author).toEqual([{ '@type': 'Person', name: 'Jeanne Martin' }, fr.publisher]);
    expect(fr.datePublished).toBe('2022-01-09');
    expect(fr.dateModified).toBe('2022-02-01');
    expect(fr.correction).toEqual([{ '@type': 'CorrectionComment', datePublished: '2022-01-12', text: 'Le deuxième paragraphe donnait un chiffre erroné\u00a0: 160, et non 16.' }]);
    const en = JSON.parse(JSON.stringify(articleJsonLd(alpha, alpha.versions.en!, image)));
    expect(en.author).toEqual([{ '@type': 'Person', name: 'Jeanne Martin' }, en.publisher]);
    expect(en.workTranslation).toEqual([{ '@type': 'NewsArticle', '@id': absoluteUrl('/fr/articles/alpha'), inLanguage: 'fr' }]);
    expect(en.translator).toBeUndefined();
  });

  it('gives the feed item its credits, its update date and its corrections, the publication date unchanged', () => {
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'item' });
    for (const [locale, credit, contributor] of [
      ['fr', 'Par Jeanne Martin et la rédaction · Traduit de l’anglais et abrégé par Paul Durand', 'Paul Durand'],
      ['en', 'By Jeanne Martin and our newsroom', undefined],
    ] as const) {
      const items = xml.parse(rssFeed(library, locale)).rss.channel.item as Record<string, string>[];
      const item = items.find((i) => i.link === absoluteUrl(`/${locale}/articles/alpha`))!;
      expect(item.pubDate).toBe('Sun, 09 Jan 2022 00:00:00 GMT');
      expect(item['atom:updated']).toBe('2022-02-01T00:00:00Z');
      expect(item['content:encoded']).toMatch(new RegExp(`^<p><em>${credit}</em></p>`));
      expect(item['content:encoded']).toMatch(/<h2>Correction[^<]*<\/h2><ul><li>/);
      expect(item['dc:contributor']).toBe(contributor);
    }
    expect(xml.parse(rssFeed(library, 'en')).rss.channel.item.find((i: Record<string, string>) => String(i.link).endsWith('/alpha'))['dc:creator']).toBe('Jeanne Martin and our newsroom');
  });

  it('keeps every field of provenance in the snapshot a build hands to its workers and its server', () => {
    const snapshot = JSON.parse(JSON.stringify(library.toSnapshot((body) => body)));
    const copy = ContentLibrary.fromSnapshot(snapshot, (body) => body as never).piece('alpha')!;
    for (const locale of ['fr', 'en'] as const) {
      const [was, is] = [alpha.versions[locale]!, copy.versions[locale]!];
      expect([is.authors, is.translation, is.corrections]).toEqual([was.authors, was.translation, was.corrections]);
    }
    expect(copy.versions.fr!.translation!.behind).toEqual(['p-3']);
  });

  it('dates the piece in the sitemaps by its last change', () => {
    expect(lastModified(alpha)).toBe('2022-02-01');
    expect(lastModified(library.piece('beta')!)).toBe('2022-05-22');
  });

  it('says once that some passages are ours, and labels each passage in the side-by-side view', () => {
    const real = ContentLibrary.load(path.join(process.cwd(), 'content'));
    const piece = real.piece('kazakhstan-east-west')!;
    expect(creditsView(piece, piece.versions.en!, 'en')).toEqual({
      translation: 'Translated from the French by our newsroom',
      passages: {
        text: 'Some passages were translated by us; others are the translation published with the original.',
        link: { href: '/en/articles/kazakhstan-east-west/parallel', label: 'The side-by-side view shows where each one comes from' },
      },
    });
    const rows = alignedRows(piece, piece.versions.en!, piece.versions.fr!, 'en');
    expect(rows.map((row) => row.cells[0]!.notes)).toEqual([
      ['Translation published with the original'],
      ['Translation published with the original'],
      ['Our translation'],
    ]);
    // The original's column carries no label: it comes from nowhere else.
    expect(rows.every((row) => row.cells[1]!.notes.length === 0)).toBe(true);
    const crisis = real.piece('kazakhstan-crisis')!;
    expect(creditsView(crisis, crisis.versions.fr!, 'fr')).toEqual({ translation: 'Traduit de l’anglais par la rédaction' });
  });
});
