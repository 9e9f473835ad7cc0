import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentences } from '@/lib/align/sentences';
import { ContentLibrary } from '@/lib/content/library';
import type { Version } from '@/lib/content/types';
import type { Locale } from '@/lib/i18n/locales';

// The hand-made sentence alignment of tests/gold (issue #19) must stay over
// exactly the sentences the aligner sees: the site's rows, cut by sentences().
// Edit a piece or the segmenter, and this says which rows to align again.

/** French sentence indices, then English ones, consecutive. */
type Bead = [fr: number[], en: number[]];

interface GoldRow {
  row: string;
  fr: string[];
  en: string[];
  beads: Bead[];
  note?: string;
}

interface Gold {
  about: { alignedBy: string; how: string; date: string };
  pieces: Record<string, GoldRow[]>;
}

const gold = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'gold', 'sentence-alignment.json'), 'utf8')) as Gold;

// The gold is of the repository's own pieces, whatever CONTENT_DIR says.
const library = ContentLibrary.load(path.join(__dirname, '..', '..', 'content'));

/**
 * A version's rows in the side-by-side view's order, as plain text: the title,
 * each lead line, each body block. A block's text is the one the loader writes
 * into the body's text, where blocks are separated by blank lines.
 */
function rows(version: Version): { row: string; text: string }[] {
  const body = version.body();
  const blockTexts = body.text.split('\n\n');
  expect(blockTexts, `${version.file}: one text per block`).toHaveLength(body.blocks.length);
  return [
    { row: 'title', text: version.title },
    ...version.summary.map((line, i) => ({ row: `lead-${i + 1}`, text: line.text })),
    ...body.blocks.map((block, i) => ({ row: block.id, text: blockTexts[i]! })),
  ];
}

const cut = (text: string | undefined, locale: Locale) => (text === undefined ? [] : sentences(text, locale).map((s) => s.text));

const shapes = new Set(['1-1', '1-2', '2-1', '1-0', '0-1', '2-2']);

/** What is wrong with `beads` over `fr` and `en` sentences, or undefined: each sentence once, in order, in allowed shapes. */
function beadProblem(beads: readonly Bead[], fr: number, en: number): string | undefined {
  const next = { fr: 0, en: 0 };
  for (const [i, [frSide, enSide]] of beads.entries()) {
    const shape = `${frSide.length}-${enSide.length}`;
    if (!shapes.has(shape)) return `bead ${i} is ${shape}`;
    for (const [side, indices] of [['fr', frSide], ['en', enSide]] as const) {
      for (const index of indices) {
        if (index !== next[side]) return `bead ${i}: ${side} sentence ${index} where ${next[side]} comes next`;
        next[side]++;
      }
    }
  }
  if (next.fr !== fr || next.en !== en) return `beads cover ${next.fr}/${fr} fr and ${next.en}/${en} en sentences`;
  return undefined;
}

describe('the gold sentence alignment', () => {
  it('says who aligned it, how and when', () => {
    expect(gold.about.alignedBy.trim()).not.toBe('');
    expect(gold.about.how.trim()).not.toBe('');
    expect(gold.about.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  for (const [slug, goldRows] of Object.entries(gold.pieces)) {
    describe(slug, () => {
      it('has the rows of the side-by-side view, in order', () => {
        const piece = library.piece(slug);
        expect(piece, `no piece ${slug}`).toBeDefined();
        const [fr, en] = [rows(piece!.versions.fr!), rows(piece!.versions.en!)];
        expect(goldRows.map((r) => r.row)).toEqual(fr.map((r) => r.row));
        expect(goldRows.map((r) => r.row)).toEqual(en.map((r) => r.row));
      });

      it('lists each row’s sentences as sentences() cuts them today', () => {
        const piece = library.piece(slug)!;
        const texts = { fr: rows(piece.versions.fr!), en: rows(piece.versions.en!) };
        for (const goldRow of goldRows) {
          for (const locale of ['fr', 'en'] as const) {
            const text = texts[locale].find((r) => r.row === goldRow.row)?.text;
            expect(goldRow[locale], `${goldRow.row} (${locale})`).toEqual(cut(text, locale));
          }
        }
      });

      it('covers every sentence of both sides once, in order, in allowed beads', () => {
        for (const { row, fr, en, beads } of goldRows) {
          expect(beadProblem(beads, fr.length, en.length), row).toBeUndefined();
        }
      });
    });
  }

  it('checks beads as it should', () => {
    expect(beadProblem([[[0], [0, 1]], [[1], []]], 2, 2)).toBeUndefined();
    expect(beadProblem([[[], [0]], [[0, 1], [1, 2]]], 2, 3)).toBeUndefined();
    expect(beadProblem([[[0, 1, 2], [0]]], 3, 1)).toBe('bead 0 is 3-1');
    expect(beadProblem([[[], []]], 0, 0)).toBe('bead 0 is 0-0');
    expect(beadProblem([[[1], [0]], [[0], [1]]], 2, 2)).toBe('bead 0: fr sentence 1 where 0 comes next');
    expect(beadProblem([[[0], [0]]], 2, 1)).toBe('beads cover 1/2 fr and 1/1 en sentences');
  });
});
