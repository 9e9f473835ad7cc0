import { alignPiece, beadAttribute } from '../align/piece';
import type { Block } from '../content/markdown';
import type { Piece, Version } from '../content/types';

// How the pages carry the sentence alignment (lib/align/piece.ts): each bead
// of an aligned paragraph is a span around its sentences, named by its key
// (`p-3.2`), the same in both languages. A page's own text gives its spans
// that key as their id, so that `#p-3.2` lands on the sentence in either
// language, from the language switch or a link; the other column of the
// side-by-side view gives it as `data-s`, ids being one per page. Nothing
// is added to what the spans show: without scripts, the text reads as before.

/** The attribute that names a bead in the other column of the side-by-side view. */
export const counterpartAttribute = 'data-s';

type Naming = 'id' | typeof counterpartAttribute;

/** One block's HTML in `version`, its aligned beads wrapped, without the block's id. */
export function blockHtml(piece: Piece, version: Version, block: Block, naming: Naming): string {
  const html = alignPiece(piece).get(block.id)?.html[version.locale];
  return html ? html.replaceAll(`<span ${beadAttribute}=`, `<span ${naming}=`) : block.html;
}

/** The body as the one-language page shows it: each block with its id, each aligned bead with its key as id. */
export function bodyHtml(piece: Piece, version: Version): string {
  const body = version.body();
  if (!hasAlignedSentences(piece)) return body.html;
  // As the renderer joins them (lib/content/markdown.ts), with each block's id on its element.
  return `${body.blocks.map((block) => blockHtml(piece, version, block, 'id').replace(/^<([a-z][a-z0-9]*)/, `<$1 id="${block.id}"`)).join('\n')}\n`;
}

/** Whether the piece's pages carry aligned sentences (some paragraph of it could be aligned). */
export function hasAlignedSentences(piece: Piece): boolean {
  return alignPiece(piece).size > 0;
}
