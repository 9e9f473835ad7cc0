import type { Locale } from '../i18n/locales';
import { alignSentences, trusted, type Bead } from './align';
import { alignedSentence } from './anchors';
import { sentences, type Sentence } from './sentences';

export interface BlockText {
  readonly text: string;
  readonly locale: Locale;
}

export interface BlockAlignment {
  readonly first: readonly Sentence[];
  readonly second: readonly Sentence[];
  readonly beads: readonly Bead[];
}

/**
 * Two corresponding blocks (a title, a lead line, a paragraph) aligned
 * sentence by sentence, `ratio` being the second version's length for a
 * character of the first over the whole piece; undefined when one bead is under the confidence the
 * reader can rely on, and the block stays aligned as a whole.
 */
export function alignBlocks(first: BlockText, second: BlockText, names: (text: string) => ReadonlySet<string>, ratio: number): BlockAlignment | undefined {
  const cut = (block: BlockText) => sentences(block.text, block.locale);
  const [a, b] = [cut(first), cut(second)];
  const seen = (list: readonly Sentence[], locale: Locale) => list.map((s) => alignedSentence(s.text, locale, names));
  const beads = alignSentences(seen(a, first.locale), seen(b, second.locale), ratio);
  return trusted(beads) ? { first: a, second: b, beads } : undefined;
}
