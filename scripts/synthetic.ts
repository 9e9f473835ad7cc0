// Synthetic bilingual content for benchmarks: deterministic, so runs compare.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { locales, type Locale } from '../lib/i18n/locales';
import { tagKinds } from '../lib/content/schema';

/** Real words of each language, placed among the invented ones (see `vocabulary`). */
export const realWords = {
  fr: 'le la les un une des pouvoir crise président réforme sanctions frontière élection gouvernement manifestation sécurité économie région stratégie alliance influence transition'.split(' '),
  en: 'the a of power crisis president reform sanctions border election government protest security economy region strategy alliance influence transition Kazakhstan'.split(' '),
};

const syllables = 'ka ra mo ti sel ven dor lu pa gri sto na bel ter vi cho mer dan fu ros'.split(' ');

/** Draws from `list` by Zipf's law: the item of rank r in proportion to 1/r. */
function zipf<T>(list: readonly T[], random: () => number): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= list.length; rank++) cumulative.push((total += 1 / rank));
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return list[lo]!;
  };
}

/**
 * Text words follow Zipf's law: a few words are everywhere, most are rare.
 * Each language draws from a few thousand invented words, with its real words
 * above placed from rank 100 on, where topical words of a news corpus sit (each
 * then appears in a third to a half of the pieces), so that searches meet
 * realistic postings.
 */
function vocabulary(real: readonly string[], size: number, random: () => number) {
  const list: string[] = [];
  while (list.length < size) {
    if (list.length >= 100 && list.length % 2 === 0 && list.length < 100 + 2 * real.length) {
      list.push(real[(list.length - 100) / 2]!);
      continue;
    }
    const n = 2 + Math.floor(random() * 3);
    list.push(Array.from({ length: n }, () => syllables[Math.floor(random() * syllables.length)]).join(''));
  }
  return zipf(list, random);
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * First words of tag labels, French and English. Many French ones begin with
 * an accented capital, so that only French collation sorts them among the E's.
 */
const labelStarts: Record<(typeof tagKinds)[number], readonly (readonly [string, string])[]> = {
  place: [['Île', 'Island'], ['Étang', 'Lake'], ['Région', 'Region'], ['État', 'State'], ['Vallée', 'Valley'], ['Oblast', 'Oblast']],
  person: [['Édouard', 'Edward'], ['Émilie', 'Emily'], ['Aïgerim', 'Aigerim'], ['Ölzhas', 'Olzhas'], ['Zhanna', 'Zhanna'], ['Iérlan', 'Yerlan']],
  organisation: [['Église', 'Church'], ['École', 'School'], ['Établissement', 'Institute'], ['Agence', 'Agency'], ['Comité', 'Committee'], ['Union', 'Union']],
  topic: [['Élection', 'Election'], ['Économie', 'Economy'], ['Énergie', 'Energy'], ['Éducation', 'Education'], ['Sécurité', 'Security'], ['Agriculture', 'Agriculture']],
};

/** Tags of every kind, labelled like real ones, with a spelling variant as alias (Kazakhstan, Qazaqstan). */
function realisticTags(count: number, random: () => number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = tagKinds[i % tagKinds.length]!;
    const starts = labelStarts[kind];
    const [fr, en] = starts[Math.floor(random() * starts.length)]!;
    const name = Array.from({ length: 2 + Math.floor(random() * 2) }, () => syllables[Math.floor(random() * syllables.length)]).join('');
    const Name = name[0]!.toUpperCase() + name.slice(1);
    const aliases = [...new Set([Name, Name.replace(/k/g, 'q').replace(/^K/, 'Q'), `${en} ${Name}`])];
    return `${name}-${i}:\n  kind: ${kind}\n  labels: { fr: "${fr} ${Name}", en: "${en} ${Name}" }\n  aliases: ${JSON.stringify(aliases)}\n`;
  });
}

export interface SyntheticOptions {
  /** Default: a quarter of the number of pieces, at least 10. */
  tagCount?: number;
  /** Default 800. */
  wordsPerVersion?: number;
  /** Every n-th piece is in one language only, alternately French and English. Default: none. */
  monolingualEvery?: number;
  /**
   * Tags of all four kinds with accented labels and aliases, carried with Zipf
   * frequencies (the first is on half the pieces or more, like a country tag).
   * Default: topics "Sujet i" / "Topic i" with alias "aliasi", carried uniformly.
   */
  realisticTags?: boolean;
}

export interface SyntheticTree {
  dir: string;
  versions: number;
  tags: number;
  /** The tag carried by the most pieces. */
  mostUsedTag: string;
  newest: { slug: string; date: string };
}

/** Writes `pieces` pieces into a new temporary directory. */
export function writeSyntheticTree(pieces: number, options: SyntheticOptions = {}): SyntheticTree {
  const { tagCount = Math.max(10, Math.round(pieces / 4)), wordsPerVersion = 800, monolingualEvery, realisticTags: realistic = false } = options;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-content-'));
  const random = rng(42);
  const draw = { fr: vocabulary(realWords.fr, 5000, random), en: vocabulary(realWords.en, 5000, random) };
  const tagEntries = realistic
    ? realisticTags(tagCount, random)
    : Array.from({ length: tagCount }, (_, i) => `tag-${i}:\n  kind: topic\n  labels: { fr: Sujet ${i}, en: Topic ${i} }\n  aliases: [alias${i}]\n`);
  fs.writeFileSync(path.join(dir, 'tags.yaml'), tagEntries.join(''));
  const tags = tagEntries.map((entry) => entry.slice(0, entry.indexOf(':')));
  const pickTag = realistic ? zipf(tags, random) : () => tags[Math.floor(random() * tags.length)]!;
  const uses = new Map<string, number>();
  let newest = { slug: '', date: '' };
  let versions = 0;
  for (let p = 0; p < pieces; p++) {
    const slug = `piece-${p}`;
    const date = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 3650) * 86_400_000).toISOString().slice(0, 10);
    const pieceTags = [...new Set(Array.from({ length: 3 + Math.floor(random() * 4) }, pickTag))];
    const kind = random() < 0.5 ? 'news' : 'analysis';
    for (const tag of pieceTags) uses.set(tag, (uses.get(tag) ?? 0) + 1);
    if (date > newest.date) newest = { slug, date };
    const only: Locale | undefined =
      monolingualEvery && p % monolingualEvery === monolingualEvery - 1 ? (Math.floor(p / monolingualEvery) % 2 ? 'en' : 'fr') : undefined;
    fs.mkdirSync(path.join(dir, 'articles', slug), { recursive: true });
    for (const locale of only ? [only] : locales) {
      const sentence = (n: number) => Array.from({ length: n }, () => draw[locale]()).join(' ') + '.';
      const blocks: string[] = [];
      let count = 0;
      let b = 0;
      while (count < wordsPerVersion) {
        if (b % 6 === 0) blocks.push(`## ${sentence(4)}`);
        else {
          blocks.push(`${sentence(12)} *${sentence(5)}* ${sentence(15)} [link](https://example.org/${b}) ${sentence(20)}`);
          count += 53;
        }
        b++;
      }
      const front = [
        '---',
        `title: "${locale === 'fr' ? 'Pièce' : 'Piece'} ${p}: ${sentence(6)}"`,
        `date: ${date}`,
        `language: ${locale}`,
        `kind: ${kind}`,
        `tags: [${pieceTags.join(', ')}]`,
        'sources:\n  - name: Bench\n    url: https://example.org',
        `summary:\n  - "${sentence(20)}"`,
        '---',
      ].join('\n');
      fs.writeFileSync(path.join(dir, 'articles', slug, `${locale}.md`), `${front}\n${blocks.join('\n\n')}\n`);
      versions++;
    }
  }
  const mostUsedTag = [...uses].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  return { dir, versions, tags: tagCount, mostUsedTag, newest };
}

/** Writes `pieces` pieces (bilingual unless options say otherwise) and returns the directory. */
export function writeSyntheticContent(pieces: number, options: SyntheticOptions = {}): string {
  return writeSyntheticTree(pieces, options).dir;
}
