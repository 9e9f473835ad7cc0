import type { Piece, Tag } from './types';

export interface Related {
  readonly piece: Piece;
  /** Shared tags, rarest first: the reasons this piece is related. */
  readonly sharedTags: readonly Tag[];
  readonly score: number;
}

/**
 * Pieces sharing tags with `piece`, each shared tag weighted by its rarity
 * (inverse document frequency), then newest first. Only pieces that share a
 * tag are visited, so the cost follows the tag postings, not all pairs.
 */
export function rankRelated(
  piece: Piece,
  piecesByTag: ReadonlyMap<string, readonly Piece[]>,
  total: number,
  limit: number,
): Related[] {
  const weight = (tag: Tag) => Math.log(1 + total / (piecesByTag.get(tag.slug)?.length ?? 1));
  const found = new Map<string, { piece: Piece; tags: Tag[]; score: number }>();
  for (const tag of piece.tags) {
    const w = weight(tag);
    for (const other of piecesByTag.get(tag.slug) ?? []) {
      if (other.slug === piece.slug) continue;
      const entry = found.get(other.slug) ?? { piece: other, tags: [], score: 0 };
      entry.tags.push(tag);
      entry.score += w;
      found.set(other.slug, entry);
    }
  }
  return [...found.values()]
    .sort(
      (a, b) =>
        b.score - a.score || b.piece.date.localeCompare(a.piece.date) || a.piece.slug.localeCompare(b.piece.slug),
    )
    .slice(0, limit)
    .map(({ piece: p, tags, score }) => ({
      piece: p,
      sharedTags: tags.sort((x, y) => (weight(x) === weight(y) ? x.slug.localeCompare(y.slug) : weight(y) - weight(x))),
      score,
    }));
}
