import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentDir } from '@/lib/content/current';
import { ContentLibrary } from '@/lib/content/library';
import { coOccurringTags, storyMonths } from '@/lib/content/tag-story';
import { formatDate, formatMonth, formatPartialDate } from '@/lib/i18n/format';
import { pageSize } from '@/lib/pagination';
import { tagDates, tagView } from '@/lib/views/tag-story';
import { contentFixture, version } from './fixture';

const fixtureDir = path.join(__dirname, '..', 'fixtures', 'valid');

describe('dates as precise as they are known, in the page’s language', () => {
  it('formats a day, a month or a year', () => {
    expect(formatPartialDate('1953-05-17', 'fr')).toBe('17 mai 1953');
    expect(formatPartialDate('1953-05-17', 'en')).toBe('May 17, 1953');
    expect(formatPartialDate('1991-12', 'fr')).toBe('décembre 1991');
    expect(formatPartialDate('1991-12', 'en')).toBe('December 1991');
    expect(formatPartialDate('2002', 'fr')).toBe('2002');
    expect(formatPartialDate('2002', 'en')).toBe('2002');
  });

  it('writes the first of the month as French does, « 1er mai »', () => {
    expect(formatPartialDate('1953-05-01', 'fr')).toBe('1er mai 1953');
    expect(formatDate('2021-03-01', 'fr')).toBe('1er mars 2021');
    expect(formatDate('2021-03-11', 'fr')).toBe('11 mars 2021');
    expect(formatDate('2021-03-01', 'en')).toBe('March 1, 2021');
  });

  it('capitalises a month that stands as a heading', () => {
    expect(formatMonth('2022-01', 'fr')).toBe('Janvier 2022');
    expect(formatMonth('2022-01', 'en')).toBe('January 2022');
  });

  it('names each of a tag’s dates, start before end, without agreeing with a gender the registry does not know', () => {
    const dates = { born: '1940-07-06', died: '2030' };
    expect(tagDates({ dates }, 'fr').map((d) => [d.term, d.label, d.date])).toEqual([
      ['Naissance', '6 juillet 1940', '1940-07-06'],
      ['Décès', '2030', '2030'],
    ]);
    expect(tagDates({ dates: { founded: '2002-10' } }, 'en').map((d) => [d.term, d.label])).toEqual([['Founded', 'October 2002']]);
    expect(tagDates({}, 'fr')).toEqual([]);
  });
});

describe('storyMonths', () => {
  const at = (...dates: string[]) => dates.map((date, i) => ({ date, i }));

  it('groups a page by month, newest first, in the list’s order', () => {
    const months = storyMonths(at('2022-05-22', '2022-01-20', '2022-01-09', '2021-03-01', '2020-11-15'), 1);
    expect(months.map((m) => [m.month, m.continued, m.items.map((x) => x.i)])).toEqual([
      ['2022-05', false, [0]],
      ['2022-01', false, [1, 2]],
      ['2021-03', false, [3]],
      ['2020-11', false, [4]],
    ]);
  });

  it('says a month goes on from the previous page, and only then', () => {
    // Two pieces a day, 30 in February then 25 in January: page 2 opens with
    // February's last pieces, page 3 with January again.
    const days = (month: string, n: number) => Array.from({ length: n }, (_, i) => `2022-${month}-${String(28 - Math.floor(i / 2)).padStart(2, '0')}`);
    const all = at(...days('02', 30), ...days('01', 25));
    expect(pageSize).toBe(20);
    const pages = [1, 2, 3].map((n) => storyMonths(all, n).map((m) => [m.month, m.continued, m.items.length]));
    expect(pages).toEqual([
      [['2022-02', false, 20]],
      [
        ['2022-02', true, 10],
        ['2022-01', false, 10],
      ],
      [['2022-01', true, 15]],
    ]);
    expect(storyMonths(all, 4)).toEqual([]);
  });
});

describe('coOccurringTags', () => {
  const library = ContentLibrary.load(fixtureDir);

  it('counts the other tags of the tag’s pieces, most often first, then in the reader’s collation', () => {
    const tagged = library.tagged('kazakhstan');
    const shown = (locale: 'fr' | 'en') => coOccurringTags('kazakhstan', tagged, locale).map(({ tag, count }) => [tag.labels[locale], count]);
    expect(shown('fr')).toEqual([
      ['Kassym-Jomart Tokaïev', 2],
      ['Diplomatie', 1],
      ['Élections', 1],
      ['OTSC', 1],
      ['Russie', 1],
      ['Sécurité', 1],
    ]);
    expect(shown('en').map(([label]) => label)).toEqual(['Kassym-Jomart Tokayev', 'CSTO', 'Diplomacy', 'Elections', 'Russia', 'Security']);
  });

  it('keeps a handful', () => {
    const tags = Array.from({ length: 12 }, (_, i) => `t${String(i).padStart(2, '0')}`);
    const yaml = ['subject', ...tags].map((slug) => `${slug}:\n  kind: topic\n  labels: { fr: ${slug.toUpperCase()}, en: ${slug} }`).join('\n');
    const files: Record<string, string> = { 'tags.yaml': yaml };
    // Piece i carries the subject and the tags from t00 to t(i): t00 is on every piece, t11 on one.
    tags.forEach((_, i) => {
      files[`articles/p${i}/fr.md`] = version({ tags: `[subject, ${tags.slice(0, i + 1).join(', ')}]` });
    });
    const many = ContentLibrary.load(contentFixture(files));
    const found = coOccurringTags('subject', many.tagged('subject'), 'fr');
    expect(found.map(({ tag, count }) => [tag.slug, count])).toEqual(tags.slice(0, 8).map((slug, i) => [slug, 12 - i]));
  });
});

describe('a tag’s page', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('shows its subject: name, kind, dates and description in the page’s language', () => {
    const library = ContentLibrary.load(contentDir);
    const fr = tagView(library, 'tokayev', 'fr')!;
    expect(fr.heading).toMatchObject({ title: 'Kassym-Jomart Tokaïev', line: 'Personnalité · 2 articles' });
    expect(fr.dates.map((d) => `${d.term} ${d.label}`)).toEqual(['Naissance 17 mai 1953']);
    expect(fr.description?.html).toMatch(/^Président du Kazakhstan depuis 2019/);
    expect(fr.metadata.description).toBe(library.tag('tokayev')!.description!.fr.text);
    const en = tagView(library, 'tokayev', 'en')!;
    expect(en.heading.line).toBe('Person · 2 pieces');
    expect(en.dates.map((d) => `${d.term} ${d.label}`)).toEqual(['Born May 17, 1953']);
    expect(en.description?.text).toMatch(/^President of Kazakhstan since 2019/);
    // A topic has neither.
    const topic = tagView(library, 'political-crisis', 'fr')!;
    expect(topic.dates).toEqual([]);
    expect(topic.description).toBeUndefined();
    expect(topic.metadata.description).toBe('Thème\u00a0: Crise politique — 2 articles');
  });

  it('tells its pieces month by month, each with its kind, lead and its other tags', () => {
    const view = tagView(ContentLibrary.load(contentDir), 'tokayev', 'en')!;
    expect(view.story.months.map((m) => [m.id, m.heading, m.pieces.map((p) => [p.slug, p.kindLabel])])).toEqual([
      ['month-2022-05', 'May 2022', [['kazakhstan-east-west', 'Analysis']]],
      ['month-2022-01', 'January 2022', [['kazakhstan-crisis', 'News']]],
    ]);
    const [piece] = view.story.months[1]!.pieces;
    expect(piece!.summary[0]!.text).toMatch(/^For the past week, Kazakhstan/);
    expect(piece!.tags.map((t) => t.slug)).not.toContain('tokayev');
    expect(piece!.tags.map((t) => t.slug)).toContain('nazarbayev');
  });

  it('links the tags most often met with it, with their counts', () => {
    const view = tagView(ContentLibrary.load(contentDir), 'tokayev', 'fr')!;
    expect(view.related?.heading).toBe('Thèmes associés');
    const links = view.related!.links;
    expect(links.slice(0, 5).map((l) => [l.label, l.countLabel, l.href])).toEqual([
      ['Crise politique', '2 articles en commun', '/fr/tags/political-crisis'],
      ['États-Unis', '2 articles en commun', '/fr/tags/united-states'],
      ['Kazakhstan', '2 articles en commun', '/fr/tags/kazakhstan'],
      ['Noursoultan Nazarbaïev', '2 articles en commun', '/fr/tags/nazarbayev'],
      ['Russie', '2 articles en commun', '/fr/tags/russia'],
    ]);
    expect(links).toHaveLength(8);
    expect(links.slice(5).every((l) => l.countLabel === '1 article en commun')).toBe(true);
  });

  it('goes on across pages: a month cut by a page opens the next one, said to go on', async () => {
    vi.stubEnv('PAGE_SIZE', '2');
    vi.resetModules();
    const { tagView: pagedView } = await import('@/lib/views/tag-story');
    const library = ContentLibrary.load(fixtureDir);
    const months = (locale: 'fr' | 'en', n: number) => pagedView(library, 'kazakhstan', locale, n)!.story.months.map((m) => [m.heading, m.pieces.map((p) => p.slug)]);
    expect(months('fr', 1)).toEqual([
      ['Mai 2022', ['beta']],
      ['Janvier 2022', ['alpha']],
    ]);
    expect(months('fr', 2)).toEqual([
      ['Janvier 2022 (suite)', ['delta']],
      ['Mars 2021', ['gamma']],
    ]);
    expect(months('en', 2)[0]![0]).toBe('January 2022 (continued)');
    expect(months('en', 3)).toEqual([['November 2020', ['epsilon']]]);
    const third = pagedView(library, 'kazakhstan', 'fr', 3)!;
    expect(third.pagination).toMatchObject({ status: 'Page 3 sur 3', previous: { href: '/fr/tags/kazakhstan/page/2' } });
    expect(third.metadata.alternates?.canonical).toMatch(/\/fr\/tags\/kazakhstan\/page\/3$/);
    // The related tags are the tag's, on every page.
    expect(third.related?.links.map((l) => l.label)).toEqual(pagedView(library, 'kazakhstan', 'fr', 1)!.related?.links.map((l) => l.label));
    expect(pagedView(library, 'kazakhstan', 'fr', 4)).toBeUndefined();
  });

  it('does not exist for an unknown tag or one no piece carries', () => {
    const library = ContentLibrary.load(fixtureDir);
    expect(tagView(library, 'no-such-tag', 'fr')).toBeUndefined();
    expect(tagView(library, 'unused', 'en')).toBeUndefined();
  });
});
