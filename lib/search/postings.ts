import SearchableMap from 'minisearch/SearchableMap';

/** The fields of a version that search reads, in the order of every field array here. */
export const fields = ['title', 'text', 'tags'] as const;

/** How much a match in each field counts: a word of the title three times one of the text. */
const boosts = [3, 1, 2];

// BM25's usual constants (MiniSearch's, which this index replaced): d lifts any match above none.
const k1 = 1.2;
const b = 0.7;
const d = 0.5;

// Weights of a term a query word is not but stands for (MiniSearch's): a word it begins, a word one typo away.
const prefixWeight = 0.375;
const fuzzyWeight = 0.45;

/**
 * One language's inverted index as typed arrays: what the index file holds,
 * as it is. Every posting's score is computed when the index is built, so a
 * query adds numbers instead of computing BM25 and allocating a result for
 * every version a common word is in.
 */
export interface PostingsData {
  /** Every term, in the order of `offsets`. */
  terms: string[];
  /** The postings of term t in field f are at positions offsets[3t + f] to offsets[3t + f + 1] of `docs` and `impacts`. */
  offsets: Uint32Array;
  /** Versions by their position in the index, ascending within a term's field. */
  docs: Uint32Array;
  /** What each posting adds to its version's score: BM25 of the term in the field, times the field's boost. */
  impacts: Float32Array;
}

/** Collects versions' terms, then computes their postings. */
export class PostingsBuilder {
  /** Term → for each field: version, count, version, count… */
  private readonly counts = new Map<string, number[][]>();
  /** For each field: version → number of words. */
  private readonly lengths = fields.map(() => new Map<number, number>());
  private versions = 0;

  /** A version's terms, field by field, each as often as it occurs; versions in ascending order. */
  add(doc: number, fieldTerms: readonly (readonly string[])[]): void {
    this.versions++;
    fieldTerms.forEach((terms, f) => {
      this.lengths[f]!.set(doc, terms.length);
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, count] of counts) {
        let postings = this.counts.get(term);
        if (!postings) this.counts.set(term, (postings = fields.map(() => [])));
        postings[f]!.push(doc, count);
      }
    });
  }

  build(): PostingsData {
    const terms = [...this.counts.keys()];
    const average = this.lengths.map((lengths) => [...lengths.values()].reduce((sum, n) => sum + n, 0) / Math.max(1, this.versions));
    let total = 0;
    for (const postings of this.counts.values()) for (const list of postings) total += list.length / 2;
    const offsets = new Uint32Array(terms.length * fields.length + 1);
    const docs = new Uint32Array(total);
    const impacts = new Float32Array(total);
    let at = 0;
    terms.forEach((term, t) => {
      this.counts.get(term)!.forEach((list, f) => {
        offsets[t * fields.length + f] = at;
        const frequency = list.length / 2;
        const idf = Math.log(1 + (this.versions - frequency + 0.5) / (frequency + 0.5));
        for (let i = 0; i < list.length; i += 2) {
          const doc = list[i]!;
          const count = list[i + 1]!;
          const length = this.lengths[f]!.get(doc)!;
          docs[at] = doc;
          impacts[at++] = boosts[f]! * idf * (d + (count * (k1 + 1)) / (count + k1 * (1 - b + (b * length) / average[f]!)));
        }
      });
    });
    offsets[terms.length * fields.length] = at;
    return { terms, offsets, docs, impacts };
  }
}

/** What a query word reads in the index: terms by their number, each with its weight. */
export type WordTerms = Map<number, number>;

/** One language's postings, with their terms in a radix tree for prefix and typo lookups. */
export class Postings {
  private readonly dictionary = new SearchableMap<number>();

  constructor(readonly data: PostingsData) {
    data.terms.forEach((term, t) => this.dictionary.set(term, t));
  }

  /**
   * Adds to `into` the terms `form` stands for: itself; with `prefix`, the
   * terms it begins, the longer the less; with `typo`, the terms one edit away.
   */
  expand(form: string, { prefix, typo }: { prefix: boolean; typo: boolean }, into: WordTerms): void {
    const add = (t: number, weight: number) => {
      if (weight > (into.get(t) ?? 0)) into.set(t, weight);
    };
    const exact = this.dictionary.get(form);
    if (exact !== undefined) add(exact, 1);
    if (prefix) {
      for (const [term, t] of this.dictionary.atPrefix(form)) {
        const distance = term.length - form.length;
        if (distance > 0) add(t, (prefixWeight * term.length) / (term.length + 0.3 * distance));
      }
    }
    if (typo) {
      for (const [term, [t, distance]] of this.dictionary.fuzzyGet(form, 1)) {
        if (distance > 0) add(t, (fuzzyWeight * term.length) / (term.length + distance));
      }
    }
  }

  /** How many postings a word's terms have: the work of scoring it. */
  size(word: WordTerms): number {
    const { offsets } = this.data;
    let size = 0;
    for (const t of word.keys()) size += offsets[(t + 1) * fields.length]! - offsets[t * fields.length]!;
    return size;
  }
}

export interface Scored {
  doc: number;
  score: number;
}

/**
 * Finds the versions that match every word of a query, and keeps the best
 * `limit`. Its arrays have a slot per version and are reused from query to
 * query (stamped with the query's number instead of cleared), so a query
 * allocates next to nothing however many versions its words are in.
 */
export class Scorer {
  private readonly score: Float64Array;
  /** How many of the query's words a version has matched so far. */
  private readonly matched: Uint8Array;
  /** The query that last touched a version: its other slots are stale otherwise. */
  private readonly stamp: Uint32Array;
  private query = 0;

  constructor(versions: number) {
    this.score = new Float64Array(versions);
    this.matched = new Uint8Array(versions);
    this.stamp = new Uint32Array(versions);
  }

  top(postings: Postings, words: readonly WordTerms[], limit: number): Scored[] {
    if (words.length === 0 || words.length > 255 || limit <= 0) return [];
    if (++this.query === 0xffffffff) {
      this.stamp.fill(0);
      this.query = 1;
    }
    const { score, matched, stamp, query } = this;
    const { offsets, docs, impacts } = postings.data;
    // The rarest word first: only the versions it is in are candidates.
    const ordered = [...words].sort((x, y) => postings.size(x) - postings.size(y));
    const candidates: number[] = [];
    ordered.forEach((word, w) => {
      for (const [t, weight] of word) {
        const end = offsets[(t + 1) * fields.length]!;
        for (let i = offsets[t * fields.length]!; i < end; i++) {
          const doc = docs[i]!;
          if (stamp[doc] !== query) {
            if (w > 0) continue;
            stamp[doc] = query;
            score[doc] = 0;
            matched[doc] = 0;
            candidates.push(doc);
          }
          // A version that missed an earlier word is out; its first term of this word counts the word.
          if (matched[doc] === w) matched[doc] = w + 1;
          if (matched[doc] === w + 1) score[doc] = score[doc]! + weight * impacts[i]!;
        }
      }
    });
    return best(candidates, (doc) => matched[doc] === ordered.length, score, limit);
  }
}

/** The `limit` best of the candidates that qualify, by score and then by position: kept sorted as they come. */
function best(candidates: readonly number[], qualifies: (doc: number) => boolean, score: Float64Array, limit: number): Scored[] {
  const top: Scored[] = [];
  const before = (x: Scored, y: Scored) => x.score > y.score || (x.score === y.score && x.doc < y.doc);
  for (const doc of candidates) {
    if (!qualifies(doc)) continue;
    const last = top[limit - 1];
    const value = score[doc]!;
    if (last && !(value > last.score || (value === last.score && doc < last.doc))) continue;
    const entry = { doc, score: value };
    let i = Math.min(top.length, limit - 1);
    while (i > 0 && before(entry, top[i - 1]!)) i--;
    top.splice(i, 0, entry);
    if (top.length > limit) top.pop();
  }
  return top;
}
