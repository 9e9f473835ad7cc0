/**
 * Sentence alignment inside a pair of corresponding blocks (issue #19): the
 * sentences of one version grouped with those of the other into beads of
 * 1–1, 1–2, 2–1, 1–0, 0–1 or 2–2, by dynamic programming over two costs.
 *
 * - Length (Gale & Church, 1993): a sentence and its translation have
 *   lengths in characters in a ratio that varies little; how far a bead is
 *   from the block's own ratio, in standard deviations, gives its
 *   probability.
 * - Anchors, which news is full of and which survive translation: numbers,
 *   months, words left in quotes untranslated, and the tags a sentence names
 *   (the registry's labels and aliases: "Tokaïev" and "Tokayev" are one).
 *   A bead whose two sides share anchors costs less; one whose anchors are
 *   on one side only costs more.
 *
 * Each bead gets a confidence; the caller keeps a block whole when one of its
 * beads falls under `minimumConfidence`.
 */

export interface Bead {
  /** Indices of the sentences of the first version, consecutive; empty for a 0–1 bead. */
  readonly first: readonly number[];
  readonly second: readonly number[];
  /** From 0 to 1: how well the bead's lengths and anchors agree. */
  readonly confidence: number;
}

/** A sentence as the aligner sees it: its length and what anchors it. */
export interface AlignedSentence {
  readonly length: number;
  readonly anchors: ReadonlySet<string>;
}

/** Under it, a bead is a guess: its block is shown aligned as a whole. */
export const minimumConfidence = 0.2;

/** Whether every bead can be shown to the reader; else the block stays whole. */
export const trusted = (beads: readonly Bead[]) => beads.every((bead) => bead.confidence >= minimumConfidence);

/** Gale and Church's bead priors, measured on the Canadian Hansard. */
const shapes = [
  { first: 1, second: 1, prior: 0.89 },
  { first: 1, second: 0, prior: 0.0099 / 2 },
  { first: 0, second: 1, prior: 0.0099 / 2 },
  { first: 2, second: 1, prior: 0.089 / 2 },
  { first: 1, second: 2, prior: 0.089 / 2 },
  { first: 2, second: 2, prior: 0.011 },
] as const;

/** Variance of the length difference per character (Gale and Church's 6.8). */
const variance = 6.8;
/** What a shared anchor takes off a bead's cost, and what an unmatched one adds, in nats. */
const anchorWeights = { shared: 2, unmatched: 1 };

/** Standard normal cumulative distribution (Abramowitz and Stegun 26.2.17, error under 7.5e-8). */
function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
  const tail = density * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return z >= 0 ? 1 - tail : tail;
}

/** Probability that a bead of these lengths is a translation, by length alone (two-tailed). */
function lengthFit(first: number, second: number, ratio: number): number {
  const mean = Math.max(1, (first + second / ratio) / 2);
  const delta = (second - first * ratio) / Math.sqrt(mean * variance);
  return Math.max(1e-12, 2 * (1 - normalCdf(Math.abs(delta))));
}

function union(sentences: readonly AlignedSentence[]): Set<string> {
  return new Set(sentences.flatMap((s) => [...s.anchors]));
}

function anchorAgreement(first: Set<string>, second: Set<string>): { shared: number; unmatched: number } {
  let shared = 0;
  for (const anchor of first) if (second.has(anchor)) shared++;
  return { shared, unmatched: first.size + second.size - 2 * shared };
}

/**
 * The beads of two blocks' sentences, in order, covering every sentence once.
 * `ratio` is how long the second version runs for a character of the first,
 * taken over the whole piece: a block's own would stretch to absorb a
 * sentence left untranslated.
 */
export function alignSentences(first: readonly AlignedSentence[], second: readonly AlignedSentence[], ratio = 1): Bead[] {
  const total = (sentences: readonly AlignedSentence[]) => sentences.reduce((sum, s) => sum + s.length, 0);

  const beadCost = (i: number, j: number, shape: (typeof shapes)[number]) => {
    // A sentence left untranslated has no length to compare and its anchors
    // are expected to go unmatched: it costs its prior alone.
    if (shape.first * shape.second === 0) return { cost: -Math.log(shape.prior), confidence: 0 };
    const a = first.slice(i, i + shape.first);
    const b = second.slice(j, j + shape.second);
    const fit = lengthFit(total(a), total(b), ratio);
    const { shared, unmatched } = anchorAgreement(union(a), union(b));
    return {
      cost: -Math.log(shape.prior) - Math.log(fit) - anchorWeights.shared * shared + anchorWeights.unmatched * unmatched,
      confidence: confidenceOf(fit, shared, unmatched),
    };
  };

  // cost[i][j]: the cheapest alignment of the first i and j sentences.
  const rows = first.length + 1;
  const columns = second.length + 1;
  const cost = new Float64Array(rows * columns).fill(Infinity);
  const step = new Int8Array(rows * columns).fill(-1);
  cost[0] = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      if (i === 0 && j === 0) continue;
      shapes.forEach((shape, s) => {
        const from = (i - shape.first) * columns + (j - shape.second);
        if (i < shape.first || j < shape.second || cost[from] === Infinity) return;
        const total = cost[from]! + beadCost(i - shape.first, j - shape.second, shape).cost;
        if (total < cost[i * columns + j]!) {
          cost[i * columns + j] = total;
          step[i * columns + j] = s;
        }
      });
    }
  }

  const beads: Bead[] = [];
  for (let i = first.length, j = second.length; i > 0 || j > 0; ) {
    const shape = shapes[step[i * columns + j]!]!;
    i -= shape.first;
    j -= shape.second;
    const range = (from: number, n: number) => Array.from({ length: n }, (_, k) => from + k);
    beads.unshift({ first: range(i, shape.first), second: range(j, shape.second), confidence: beadCost(i, j, shape).confidence });
  }
  return beads;
}

/**
 * Half from the lengths, half from the anchors; a bead with no anchor on
 * either side has only its lengths to go by. A sentence left untranslated
 * (1–0, 0–1) is never a confident bead, so its block stays whole.
 */
function confidenceOf(fit: number, shared: number, unmatched: number): number {
  const anchors = shared + unmatched === 0 ? fit : shared / (shared + unmatched);
  return (fit + anchors) / 2;
}
