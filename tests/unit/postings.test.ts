import { describe, expect, it } from 'vitest';
import { fields, Postings, PostingsBuilder, Scorer, type WordTerms } from '@/lib/search/postings';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** `versions` versions of random words from a small vocabulary, so that words share many versions. */
function corpus(versions: number, seed: number) {
  const random = rng(seed);
  const vocabulary = Array.from({ length: 40 }, (_, i) => `w${i}`);
  const docs = Array.from({ length: versions }, () =>
    fields.map((_, f) => Array.from({ length: f === 1 ? 5 + Math.floor(random() * 60) : Math.floor(random() * 6) }, () => vocabulary[Math.floor(random() * random() * vocabulary.length)]!)),
  );
  const builder = new PostingsBuilder();
  docs.forEach((terms, doc) => builder.add(doc, terms));
  return { docs, postings: new Postings(builder.build()), vocabulary };
}

/** The same query the slow way: every version's score from every posting, kept if it has every word. */
function naive(postings: Postings, versions: number, words: WordTerms[], limit: number) {
  const { offsets, docs, impacts } = postings.data;
  const scores = new Map<number, { score: number; words: Set<number> }>();
  words.forEach((word, w) => {
    for (const [t, weight] of word) {
      for (let i = offsets[t * fields.length]!; i < offsets[(t + 1) * fields.length]!; i++) {
        const entry = scores.get(docs[i]!) ?? { score: 0, words: new Set() };
        entry.score += weight * impacts[i]!;
        entry.words.add(w);
        scores.set(docs[i]!, entry);
      }
    }
  });
  return [...scores]
    .filter(([, { words: matched }]) => matched.size === words.length)
    .map(([doc, { score }]) => ({ doc, score }))
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .slice(0, Math.min(limit, versions));
}

describe('scored postings', () => {
  it('keep the same best versions, in the same order, as scoring every posting', () => {
    const versions = 300;
    const { postings, vocabulary } = corpus(versions, 7);
    const scorer = new Scorer(versions);
    const term = (word: string) => postings.data.terms.indexOf(word);
    const random = rng(11);
    for (let q = 0; q < 200; q++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const word: WordTerms = new Map();
        for (let k = 0; k < 1 + Math.floor(random() * 3); k++) word.set(term(vocabulary[Math.floor(random() * 20)]!), 0.3 + random());
        return word;
      });
      const limit = 1 + Math.floor(random() * 25);
      const expected = naive(postings, versions, words, limit);
      const found = scorer.top(postings, words, limit);
      expect(found.map((r) => r.doc)).toEqual(expected.map((r) => r.doc));
      found.forEach((r, i) => expect(r.score).toBeCloseTo(expected[i]!.score, 9));
    }
  });

  it('score a rarer word higher, a word repeated in a short field higher, and a title word above a text word', () => {
    const builder = new PostingsBuilder();
    // Versions 0–3 all have "common"; only 0 has "rare"; 1 has "common" three times in a short text; 2 has it in its title.
    builder.add(0, [[], ['common', 'rare', 'x', 'y', 'z', 'v'], []]);
    builder.add(1, [[], ['common', 'common', 'common'], []]);
    builder.add(2, [['common'], ['x', 'y', 'z', 'v', 'u', 't'], []]);
    builder.add(3, [[], ['common', 'x', 'y', 'z', 'v', 'u'], []]);
    const postings = new Postings(builder.build());
    const scorer = new Scorer(4);
    const word = (term: string): WordTerms => new Map([[postings.data.terms.indexOf(term), 1]]);
    expect(scorer.top(postings, [word('common')], 10).map((r) => r.doc)).toEqual([2, 1, 0, 3]);
    expect(scorer.top(postings, [word('rare')], 10)[0]!.score).toBeGreaterThan(scorer.top(postings, [word('common')], 10)[2]!.score);
    expect(scorer.top(postings, [word('common'), word('rare')], 10).map((r) => r.doc)).toEqual([0]);
    expect(scorer.top(postings, [word('common'), new Map()], 10)).toEqual([]);
  });

  it('find words a query word begins, and words one typo away, weighted below the word itself', () => {
    const builder = new PostingsBuilder();
    builder.add(0, [[], ['gouvernement'], []]);
    builder.add(1, [[], ['gouverner'], []]);
    builder.add(2, [[], ['gouv'], []]);
    const postings = new Postings(builder.build());
    const named = (word: WordTerms) => new Map([...word].map(([t, weight]) => [postings.data.terms[t], weight]));
    const prefixed: WordTerms = new Map();
    postings.expand('gouv', { prefix: true, typo: false }, prefixed);
    expect(named(prefixed).get('gouv')).toBe(1);
    expect(named(prefixed).get('gouverner')).toBeGreaterThan(named(prefixed).get('gouvernement')!);
    const forgiven: WordTerms = new Map();
    postings.expand('gouvernemant', { prefix: false, typo: true }, forgiven);
    expect([...named(forgiven).keys()]).toEqual(['gouvernement']);
    expect(named(forgiven).get('gouvernement')).toBeLessThan(1);
  });
});
