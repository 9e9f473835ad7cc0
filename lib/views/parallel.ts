import type { Piece, Version } from '../content/types';
import type { Locale } from '../i18n/locales';
import { blockHtml, counterpartAttribute } from './sentences';

export interface AlignedCell {
  lang: Locale;
  html: string;
}

export interface AlignedRow {
  /** `p-N` for body blocks, the same id as in the single-language pages; absent for title and lead. */
  id?: string;
  kind: 'title' | 'lead' | 'block';
  cells: AlignedCell[];
}

/**
 * The versions aligned row by row: title with title, lead line with lead line,
 * block with block, and in a paragraph sentence with sentence (./sentences.ts).
 * The loader has checked that the structures match.
 */
export function alignedRows(piece: Piece, first: Version, second: Version): AlignedRow[] {
  const versions = [first, second];
  const bodies = versions.map((v) => v.body());
  const blocks = bodies.map((b) => b.blocks);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [
    { kind: 'title', cells: versions.map((v) => ({ lang: v.locale, html: escape(v.title) })) },
    ...first.summary.map((_, i) => ({
      kind: 'lead' as const,
      // The lead as the article shows it, with its mentions linked.
      cells: versions.map((v, j) => ({ lang: v.locale, html: bodies[j]!.lead[i]! })),
    })),
    ...blocks[0]!.map((block, i) => ({
      id: block.id,
      kind: 'block' as const,
      cells: versions.map((v, j) => ({ lang: v.locale, html: blockHtml(piece, v, blocks[j]![i]!, j === 0 ? 'id' : counterpartAttribute) })),
    })),
  ];
}
