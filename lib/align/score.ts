/**
 * How an alignment compares with a gold one: precision, recall and F1 over
 * beads, strict and lax, as sentence aligners report theirs (Bertalign,
 * Vecalign). Strict counts a bead right only when it is exactly a gold bead;
 * lax when it shares a sentence with a gold bead on each of its non-empty
 * sides, so that a 2–1 found as 1–1 plus 1–0 is half right rather than all
 * wrong. Unlike Vecalign's scorer, 1–0 and 0–1 beads are counted like the
 * others: a sentence left untranslated is one we must find. Nothing scored
 * is no score: F1 0.
 */

/** Indices of the first version's sentences, then the second's. */
export type BeadSides = readonly [readonly number[], readonly number[]];

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

const key = ([a, b]: BeadSides) => `${a.join(',')}|${b.join(',')}`;
const overlaps = (x: readonly number[], y: readonly number[]) => x.length === 0 ? y.length === 0 : x.some((i) => y.includes(i));
const laxMatch = (p: BeadSides, g: BeadSides) => overlaps(p[0], g[0]) && overlaps(p[1], g[1]);

function f1(correctFound: number, found: number, correctGold: number, gold: number): Score {
  const precision = found === 0 ? 0 : correctFound / found;
  const recall = gold === 0 ? 0 : correctGold / gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Scores pooled over blocks: each entry is one block's found and gold beads. */
export function scoreAlignments(blocks: readonly { found: readonly BeadSides[]; gold: readonly BeadSides[] }[]): { strict: Score; lax: Score } {
  const n = { found: 0, gold: 0, strictFound: 0, strictGold: 0, laxFound: 0, laxGold: 0 };
  for (const { found, gold } of blocks) {
    const goldKeys = new Set(gold.map(key));
    const foundKeys = new Set(found.map(key));
    n.found += found.length;
    n.gold += gold.length;
    n.strictFound += found.filter((bead) => goldKeys.has(key(bead))).length;
    n.strictGold += gold.filter((bead) => foundKeys.has(key(bead))).length;
    n.laxFound += found.filter((bead) => gold.some((g) => laxMatch(bead, g))).length;
    n.laxGold += gold.filter((g) => found.some((bead) => laxMatch(bead, g))).length;
  }
  return { strict: f1(n.strictFound, n.found, n.strictGold, n.gold), lax: f1(n.laxFound, n.found, n.laxGold, n.gold) };
}
