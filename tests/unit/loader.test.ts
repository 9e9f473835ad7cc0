import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentLibrary } from '@/lib/content/library';
import { contentFixture, problemsOf, tagsYaml, version } from './fixture';

const valid = path.join(__dirname, '..', 'fixtures', 'valid');

describe('loading valid content', () => {
  const library = ContentLibrary.load(valid);

  it('lists pieces newest first, ties by slug', () => {
    expect(library.list('fr').map((l) => l.piece.slug)).toEqual(['beta', 'zeta', 'alpha', 'delta', 'gamma', 'epsilon']);
  });

  it('serves each piece in the asked locale, falling back to the one that exists', () => {
    const [beta, , alpha] = library.list('fr');
    expect(beta).toMatchObject({ fallback: true, version: { locale: 'en', title: 'Beta only in English' } });
    expect(alpha).toMatchObject({ fallback: false, version: { locale: 'fr', title: 'Alpha en français' } });
    expect(library.article('alpha', 'en')?.version.title).toBe('Alpha in English');
    expect(library.article('alpha', 'en')?.piece.locales).toEqual(['fr', 'en']);
    expect(library.article('nope', 'en')).toBeUndefined();
  });

  it('keeps dates as the ISO strings written, whether quoted or not', () => {
    expect(library.piece('alpha')?.date).toBe('2022-01-09');
    expect(library.piece('beta')?.date).toBe('2022-05-22');
  });

  it('keeps the translation marker', () => {
    expect(library.article('alpha', 'fr')?.version.translation).toEqual({ from: 'en', kind: 'abridged', by: ['Paul Durand'], behind: ['p-3'] });
    expect(library.article('alpha', 'en')?.version.translation).toBeUndefined();
  });

  it('resolves the tags of each piece to their entries of tags.yaml, with labels per locale', () => {
    const tags = library.piece('alpha')!.tags;
    expect(tags.map((t) => t.slug)).toContain('tokayev');
    expect(tags.find((t) => t.slug === 'tokayev')?.labels).toEqual({ fr: 'Kassym-Jomart Tokaïev', en: 'Kassym-Jomart Tokayev' });
    // One object per tag, shared by every piece that carries it.
    expect(library.piece('gamma')!.tags.find((t) => t.slug === 'tokayev')).toBe(library.tag('tokayev'));
  });

  it('lists the tags in use, leaving out unused ones, and counts their pieces', () => {
    expect(library.usedTags().map((t) => [t.slug, library.tagged(t.slug).length]).sort()).toEqual([
      ['csto', 1],
      ['diplomacy', 2],
      ['elections', 1],
      ['kazakhstan', 5],
      ['russia', 1],
      ['security', 1],
      ['tokayev', 2],
    ]);
  });

  it('groups the pieces by month of publication, newest month first', () => {
    expect(library.months().map(({ month, pieces }) => [month, pieces.map((p) => p.slug)])).toEqual([
      ['2022-05', ['beta']],
      ['2022-01', ['zeta', 'alpha', 'delta']],
      ['2021-03', ['gamma']],
      ['2020-11', ['epsilon']],
    ]);
    expect(library.inMonth('2022-01').map((p) => p.slug)).toEqual(['zeta', 'alpha', 'delta']);
    expect(library.inMonth('2019-01')).toEqual([]);
  });

  it('lists the pieces carrying a tag, newest first', () => {
    expect(library.tagged('tokayev').map((p) => p.slug)).toEqual(['alpha', 'gamma']);
    expect(library.tagged('missing')).toEqual([]);
  });

  it('returns frozen objects', () => {
    const piece = library.piece('alpha')!;
    expect(Object.isFrozen(piece)).toBe(true);
    expect(Object.isFrozen(piece.tags)).toBe(true);
    expect(Object.isFrozen(piece.versions.fr)).toBe(true);
    expect(() => (piece.tags as unknown[]).push('x')).toThrow();
  });

  it('gives every version its HTML, block ids and word count', () => {
    const fr = library.article('alpha', 'fr')!.version;
    expect(fr.body().html).toContain('<h2 id="p-1">Un titre</h2>');
    expect(fr.body().blocks.map((b) => b.id)).toEqual(['p-1', 'p-2', 'p-3']);
    expect(fr.wordCount).toBe(6);
  });
});

describe('content problems', () => {
  const good = { 'tags.yaml': tagsYaml };

  it('accepts a valid minimal tree and ignores stray non-Markdown files', () => {
    const dir = contentFixture({
      ...good,
      'articles/a/fr.md': version(),
      'articles/a/notes.txt': 'scratch',
      'articles/.DS_Store': '\0\0',
      'articles/a/.DS_Store': '\0',
    });
    expect(ContentLibrary.load(dir).pieces).toHaveLength(1);
  });

  it('reports a YAML syntax error with the file', () => {
    const dir = contentFixture({ ...good, 'articles/a/fr.md': '---\ntitle: [unclosed\n---\nBody\n' });
    const [line] = problemsOf(dir);
    expect(line).toMatch(/articles\/a\/fr\.md: front-matter: YAML syntax error/);
  });

  it.each(['js', 'javascript', 'json', 'coffee', 'yaml', 'toml', ' js'])('refuses front-matter opened with "---%s", and runs nothing in it', (engine) => {
    const marker = `ran-${engine.trim()}`;
    // Valid for its engine: were it handed to gray-matter's `js` engine, it would set the marker.
    const block = engine.trim() === 'json' ? '{ "title": "x" }' : `{ title: (globalThis["${marker}"] = true, "x") }`;
    const dir = contentFixture({ ...good, 'articles/a/fr.md': `---${engine}\n${block}\n---\nBody\n` });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(new RegExp(`articles/a/fr\\.md: front-matter: opens with "---${engine.trim()}": only YAML front-matter`)),
    ]);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it('reports a missing or empty title', () => {
    const dir = contentFixture({
      ...good,
      'articles/a/fr.md': version({ title: null }),
      'articles/b/fr.md': version({ title: '"  "' }),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/articles\/a\/fr\.md: title: is required$/),
      expect.stringMatching(/articles\/b\/fr\.md: title: must not be empty$/),
    ]);
  });

  it('reports impossible and malformed dates', () => {
    const dir = contentFixture({
      ...good,
      'articles/a/fr.md': version({ date: '2022-02-30' }),
      'articles/b/fr.md': version({ date: '9 janvier' }),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/articles\/a\/fr\.md: date: no such date: "2022-02-30"$/),
      expect.stringMatching(/articles\/b\/fr\.md: date: expected YYYY-MM-DD, got "9 janvier"$/),
    ]);
  });

  it('reports a language that differs from the file name', () => {
    const dir = contentFixture({ ...good, 'articles/a/fr.md': version({ language: 'en' }) });
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/articles\/a\/fr\.md: language: is "en" but the file is fr\.md$/)]);
  });

  it('reports an unknown kind', () => {
    const dir = contentFixture({ ...good, 'articles/a/fr.md': version({ kind: 'opinion' }) });
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/articles\/a\/fr\.md: kind: expected news or analysis, got "opinion"$/)]);
  });

  it('reports a tag missing from tags.yaml', () => {
    const dir = contentFixture({ ...good, 'articles/a/fr.md': version({ tags: '[kazakhstan, ukraine]' }) });
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/articles\/a\/fr\.md: tags\.1: unknown tag "ukraine": define it in tags\.yaml$/)]);
  });

  it('reports a piece folder with no version, and a Markdown file named after no locale', () => {
    const dir = contentFixture({ ...good, 'articles/empty/notes.txt': 'x', 'articles/b/de.md': version() });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/articles\/b\/de\.md: file name must be one of fr\.md, en\.md$/),
      expect.stringMatching(/articles\/b: no version/),
      expect.stringMatching(/articles\/empty: no version: expected fr\.md and\/or en\.md$/),
    ]);
  });

  it('reports versions that disagree on date, kind or tags', () => {
    const dir = contentFixture({
      ...good,
      'articles/a/fr.md': version(),
      'articles/a/en.md': version({ language: 'en', date: '2022-01-10', kind: 'analysis', tags: '[kazakhstan, russia]' }),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/articles\/a\/en\.md \(vs fr\.md\): date: "2022-01-10" differs from "2022-01-09"$/),
      expect.stringMatching(/articles\/a\/en\.md \(vs fr\.md\): kind: "analysis" differs from "news"$/),
      expect.stringMatching(/articles\/a\/en\.md \(vs fr\.md\): tags: \[kazakhstan, russia\] differs from \[kazakhstan\]$/),
    ]);
  });

  it('reports versions whose blocks do not line up, naming the first divergent block', () => {
    const dir = contentFixture({
      ...good,
      'articles/a/fr.md': version({}, '## Titre\n\nUn.\n\nDeux.'),
      'articles/a/en.md': version({ language: 'en' }, '## Heading\n\nOne.\n\n## Extra\n\nTwo.'),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/articles\/a: body: block structure differs at block p-3: fr\.md has a paragraph, en\.md has a level-2 heading$/),
    ]);
  });

  it('reports a translation from a version the piece does not have, or from another translation', () => {
    const dir = contentFixture({
      ...good,
      'articles/a/fr.md': version({ translation: '{ from: en }' }),
      'articles/b/fr.md': version({ translation: '{ from: en }' }),
      'articles/b/en.md': version({ language: 'en', translation: '{ from: fr }' }),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/articles\/a\/fr\.md: translation\.from: "en" but the piece has no en\.md$/),
      expect.stringMatching(/articles\/b\/fr\.md: translation\.from: en\.md is itself marked as a translation/),
      expect.stringMatching(/articles\/b\/en\.md: translation\.from: fr\.md is itself marked as a translation/),
    ]);
  });

  it('reports a lead line that Markdown would read as a list or a heading', () => {
    const dir = contentFixture({ ...good, 'articles/a/fr.md': version({ summary: '\n  - "2022. Une année de crise"\n  - "# Titre"' }) });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/articles\/a\/fr\.md: summary\.0: must be one line of text/),
      expect.stringMatching(/articles\/a\/fr\.md: summary\.1: must be one line of text/),
    ]);
  });

  it('reports a missing tags.yaml', () => {
    const dir = contentFixture({ 'articles/a/fr.md': version() });
    const problems = problemsOf(dir);
    expect(problems[0]).toMatch(/tags\.yaml: missing file/);
  });

  it('reports every problem at once, one line each', () => {
    const dir = contentFixture({
      'tags.yaml': 'kazakhstan:\n  kind: planet\n  labels: { fr: Kazakhstan }\n',
      'articles/a/fr.md': version({ date: '2022-13-01', kind: 'opinion', title: null }),
      'articles/b/en.md': version({ language: 'fr' }),
    });
    const problems = problemsOf(dir);
    expect(problems.length).toBeGreaterThanOrEqual(5);
    for (const line of problems) expect(line).not.toContain('\n');
    expect(problems.join('\n')).toMatch(/tags\.yaml: kazakhstan\.kind: expected one of place, person, organisation, topic, got "planet"/);
    expect(problems.join('\n')).toMatch(/tags\.yaml: kazakhstan\.labels\.en: is required/);
  });
});
