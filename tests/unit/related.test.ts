import { describe, expect, it } from 'vitest';
import { rankRelated } from '@/lib/content/related';
import type { Piece, Tag } from '@/lib/content/types';

const tags = new Map<string, Tag>();
const tag = (slug: string): Tag => {
  if (!tags.has(slug)) tags.set(slug, { slug, kind: 'topic', labels: { fr: slug, en: slug }, aliases: [] });
  return tags.get(slug)!;
};

function piece(slug: string, date: string, slugs: string[]): Piece {
  return { slug, date, kind: 'news', tags: slugs.map(tag), versions: {}, locales: ['fr'] };
}

function index(pieces: Piece[]) {
  const byTag = new Map<string, Piece[]>();
  for (const p of pieces) for (const t of p.tags) byTag.set(t.slug, [...(byTag.get(t.slug) ?? []), p]);
  return byTag;
}

describe('rankRelated', () => {
  const target = piece('target', '2022-01-09', ['common', 'rare', 'mid']);
  const pieces = [
    target,
    piece('shares-common', '2022-06-01', ['common']),
    piece('shares-rare', '2020-01-01', ['rare']),
    piece('shares-mid-new', '2022-03-01', ['mid', 'common']),
    piece('shares-mid-old', '2021-03-01', ['mid', 'common']),
    piece('unrelated', '2022-12-01', ['other']),
    piece('filler-1', '2022-01-01', ['common', 'mid']),
    piece('filler-2', '2022-01-01', ['common']),
  ];
  const ranked = rankRelated(target, index(pieces), pieces.length, 10);

  it('weights a rare shared tag above a common one', () => {
    const slugs = ranked.map((r) => r.piece.slug);
    expect(slugs.indexOf('shares-rare')).toBeLessThan(slugs.indexOf('shares-common'));
  });

  it('breaks equal scores by date, newest first, and leaves out pieces sharing nothing', () => {
    expect(ranked.map((r) => r.piece.slug)).toEqual([
      'shares-mid-new',
      'filler-1',
      'shares-mid-old',
      'shares-rare',
      'shares-common',
      'filler-2',
    ]);
  });

  it('lists the shared tags, rarest first, and never the piece itself', () => {
    expect(ranked.find((r) => r.piece.slug === 'shares-mid-new')?.sharedTags.map((t) => t.slug)).toEqual(['mid', 'common']);
    expect(ranked.some((r) => r.piece.slug === 'target')).toBe(false);
  });

  it('respects the limit', () => {
    expect(rankRelated(target, index(pieces), pieces.length, 2)).toHaveLength(2);
  });
});
