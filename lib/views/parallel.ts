import type { Piece, Version } from '../content/types';
import type { Locale } from '../i18n/locales';
import { escapeHtml } from '../html';
import { passageNotes, passageOrigin } from './provenance';
import { blockHtml, counterpartAttribute } from './sentences';

export interface AlignedCell {
  /** The version the column shows. */
  column: Locale;
  /** The passage's language: the version's, or its original's for a passage left untranslated. */
  lang: Locale;
  html: string;
  /** What the reader should know of the passage's provenance, as short labels (./provenance.ts). */
  notes: string[];
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
export function alignedRows(piece: Piece, first: Version, second: Version, locale: Locale): AlignedRow[] {
  const versions = [first, second];
  const bodies = versions.map((v) => v.body());
  const blocks = bodies.map((b) => b.blocks);
  const notes = new Map(versions.map((v) => [v, passageNotes(v, locale)]));
  const cell = (v: Version, key: string, html: string): AlignedCell => ({
    column: v.locale,
    lang: passageOrigin(v, key) === 'untranslated' ? v.translation!.from : v.locale,
    html,
    notes: notes.get(v)!(key),
  });
  return [
    { kind: 'title', cells: versions.map((v) => cell(v, 'title', escapeHtml(v.title))) },
    ...first.summary.map((_, i) => ({
      kind: 'lead' as const,
      // The lead as the article shows it, with its mentions linked.
      cells: versions.map((v, j) => cell(v, `lead-${i + 1}`, bodies[j]!.lead[i]!)),
    })),
    ...blocks[0]!.map((block, i) => ({
      id: block.id,
      kind: 'block' as const,
      cells: versions.map((v, j) => cell(v, block.id, blockHtml(piece, v, blocks[j]![i]!, j === 0 ? 'id' : counterpartAttribute))),
    })),
  ];
}
