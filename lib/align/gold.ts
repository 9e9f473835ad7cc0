import type { Locale } from '../i18n/locales';
import { alignSentences, trusted } from './align';
import { alignedSentence } from './anchors';
import { scoreAlignments, type BeadSides, type Score } from './score';

/** tests/gold/sentence-alignment.json: each row of each piece, its sentences and the beads aligned by hand. */
export interface GoldRow {
  row: string;
  fr: string[];
  en: string[];
  /** French indices, then English. */
  beads: [number[], number[]][];
}

export interface Gold {
  about: { alignedBy: string; how: string; date: string };
  pieces: Record<string, GoldRow[]>;
}

type Names = (text: string) => ReadonlySet<string>;

/** The aligner's beads for a row, French side first, aligning in the given direction. */
function aligned(row: Pick<GoldRow, 'fr' | 'en'>, from: Locale, names: Names, englishPerFrench: number): { beads: BeadSides[]; whole: boolean } {
  const seen = (locale: Locale) => row[locale].map((text) => alignedSentence(text, locale, names));
  const to: Locale = from === 'fr' ? 'en' : 'fr';
  const beads = alignSentences(seen(from), seen(to), from === 'fr' ? englishPerFrench : 1 / englishPerFrench);
  return {
    beads: beads.map((bead) => (from === 'fr' ? [bead.first, bead.second] : [bead.second, bead.first])),
    whole: !trusted(beads),
  };
}

export interface GoldScore {
  direction: string;
  rows: number;
  strict: Score;
  lax: Score;
  /** Rows the aligner would leave aligned as a whole (a bead under the confidence threshold). */
  keptWhole: number;
}

/** English characters for a French one over `rows`, as the site takes it over a piece. */
export function lengthRatio(rows: readonly Pick<GoldRow, 'fr' | 'en'>[]): number {
  const length = (locale: Locale) => rows.reduce((sum, row) => sum + row[locale].join(' ').length, 0);
  return length('en') / length('fr');
}

/**
 * The aligner against `rows`, French to English and English to French, with
 * `englishPerFrench` the length ratio of the pieces they come from.
 */
export function scoreAgainstGold(rows: readonly Pick<GoldRow, 'fr' | 'en' | 'beads'>[], names: Names, englishPerFrench: number): GoldScore[] {
  return (['fr', 'en'] as const).map((from) => {
    const results = rows.map((row) => ({ row, ...aligned(row, from, names, englishPerFrench) }));
    return {
      direction: from === 'fr' ? 'fr → en' : 'en → fr',
      rows: rows.length,
      ...scoreAlignments(results.map(({ row, beads }) => ({ found: beads, gold: row.beads }))),
      keptWhole: results.filter((r) => r.whole).length,
    };
  });
}

/**
 * Harder rows made from the gold, since our pieces pair sentence for
 * sentence: in each row, two neighbouring sentences of one side joined into
 * one (the gold then has a 2–1 or 1–2 bead), or one sentence of one side
 * left out (a 1–0 or 0–1), one change a row, at every place it can be made.
 */
export function perturbedRows(rows: readonly GoldRow[]): GoldRow[] {
  const variants: GoldRow[] = [];
  for (const row of rows) {
    if (row.beads.some(([fr, en]) => fr.length !== 1 || en.length !== 1)) continue;
    for (const side of ['fr', 'en'] as const) {
      const other = side === 'fr' ? 'en' : 'fr';
      const n = row[side].length;
      const bead = (mine: number[], theirs: number[]): [number[], number[]] => (side === 'fr' ? [mine, theirs] : [theirs, mine]);
      const sides = (mine: string[], theirs: string[]) => (side === 'fr' ? { fr: mine, en: theirs } : { fr: theirs, en: mine });
      for (let k = 0; k + 1 < n; k++) {
        const joined = [...row[side].slice(0, k), `${row[side][k]} ${row[side][k + 1]}`, ...row[side].slice(k + 2)];
        const beads = Array.from({ length: n - 1 }, (_, i) => bead([i], i < k ? [i] : i === k ? [k, k + 1] : [i + 1]));
        variants.push({ row: `${row.row} (${side} ${k}+${k + 1} joined)`, ...sides(joined, row[other]), beads });
      }
      if (n < 2) continue;
      for (let k = 0; k < n; k++) {
        const left = [...row[side].slice(0, k), ...row[side].slice(k + 1)];
        const beads = Array.from({ length: n }, (_, i) => bead(i === k ? [] : [i < k ? i : i - 1], [i]));
        variants.push({ row: `${row.row} (${side} ${k} left out)`, ...sides(left, row[other]), beads });
      }
    }
  }
  return variants;
}
