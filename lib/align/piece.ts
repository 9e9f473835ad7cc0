import type { Block } from '../content/markdown';
import { tagNamer } from '../content/mentions';
import type { Piece } from '../content/types';
import type { Locale } from '../i18n/locales';
import { alignBlocks } from './blocks';
import { markRanges, textOfHtml } from './marks';

/**
 * A bead of a paragraph as the pages show it: `key` (`p-3.2`, the block's id
 * and the bead's rank in it) names it in both versions, and each side is the
 * stretch of its block's text the bead covers; a side is missing for a
 * sentence the other version has no counterpart for.
 */
export interface ShownBead {
  readonly key: string;
  readonly sides: Readonly<Partial<Record<Locale, Stretch>>>;
}

interface Stretch {
  readonly start: number;
  readonly end: number;
}

/** An aligned paragraph: its beads, and its HTML in each language with each bead in a `<span data-bead="key">`. */
export interface AlignedBlock {
  readonly beads: readonly ShownBead[];
  readonly html: Readonly<Partial<Record<Locale, string>>>;
}

/** The attribute the spans of AlignedBlock.html are named by; each page gives them the name it needs. */
export const beadAttribute = 'data-bead';

/** The paragraphs whose sentences can be shown aligned, by block id. */
export type PieceAlignment = ReadonlyMap<string, AlignedBlock>;

const cache = new WeakMap<Piece, PieceAlignment>();

/**
 * The sentences of a piece's two versions, aligned paragraph by paragraph
 * (lib/align/blocks.ts). A paragraph is left out, and stays aligned as a
 * whole, when its beads are not trusted or its HTML cannot wrap them; other
 * blocks (headings, lists, quotations) are aligned as wholes. Anchored on the
 * names of the piece's own tags: the registry's thousands of names would cost
 * every sentence a search through all of them, for names the piece's tags
 * almost always hold. Always in the site's locale order, so that the pages
 * of both languages show the same beads; empty for a piece in one language.
 */
export function alignPiece(piece: Piece): PieceAlignment {
  const known = cache.get(piece);
  if (known) return known;
  const alignment = new Map<string, AlignedBlock>();
  cache.set(piece, alignment);
  const [first, second] = piece.locales.map((locale) => piece.versions[locale]!);
  if (!first || !second) return alignment;
  const blocks = [first.body().blocks, second.body().blocks];
  const texts = blocks.map((list) => list.map((block) => (block.type === 'paragraph' ? textOfHtml(block.html) : '')));
  const length = (list: string[]) => list.reduce((sum, text) => sum + text.length, 0);
  const ratio = length(texts[1]!) / length(texts[0]!) || 1;
  const names = tagNamer(piece.tags);
  blocks[0]!.forEach((block, i) => {
    const counterpart = blocks[1]![i];
    const [text, counterText] = [texts[0]![i]!, texts[1]![i]!];
    if (!counterpart || !text || !counterText) return;
    const found = alignBlocks({ text, locale: first.locale }, { text: counterText, locale: second.locale }, names, ratio);
    if (!found) return;
    const stretch = (list: typeof found.first, indices: readonly number[]): Stretch | undefined =>
      indices.length ? { start: list[indices[0]!]!.start, end: list[indices.at(-1)!]!.end } : undefined;
    const beads = found.beads.map((bead, k) => ({
      key: `${block.id}.${k + 1}`,
      sides: { [first.locale]: stretch(found.first, bead.first), [second.locale]: stretch(found.second, bead.second) },
    }));
    // Only when both versions' HTML can show every bead.
    const html = { [first.locale]: marked(block, beads, first.locale), [second.locale]: marked(counterpart, beads, second.locale) };
    if (Object.values(html).every((h) => h !== undefined)) alignment.set(block.id, { beads, html });
  });
  return alignment;
}

/** A block's HTML in `locale` with its beads wrapped in spans; undefined when its HTML cannot show them. */
function marked(block: Block, beads: readonly ShownBead[], locale: Locale): string | undefined {
  const ranges = beads.flatMap((bead) => {
    const stretch = bead.sides[locale];
    return stretch ? [{ ...stretch, attribute: `${beadAttribute}="${bead.key}"` }] : [];
  });
  return markRanges(block.html, ranges);
}
