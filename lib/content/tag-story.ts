import type { Locale } from '../i18n/locales';
import { pageItems, pageSize } from '../pagination';
import type { Piece, Tag } from './types';

// A tag's page tells its subject's story: the pieces that carry the tag by
// month, newest first, and the other tags its pieces carry most often.

/** The pieces of one month on one page of a tag's story. */
export interface StoryMonth<T> {
  /** `YYYY-MM`. */
  readonly month: string;
  /** True when the month began on the previous page: its heading says it goes on. */
  readonly continued: boolean;
  readonly items: readonly T[];
}

/**
 * Page `n` of `all` (newest first, as the library keeps every list) grouped
 * by month of publication. Pages cut the list by count, not by month, so a
 * month may run from the foot of one page to the top of the next.
 */
export function storyMonths<T extends { readonly date: string }>(all: readonly T[], n: number): StoryMonth<T>[] {
  const items = pageItems(all, n);
  const before = n > 1 ? all[(n - 1) * pageSize - 1] : undefined;
  const months: { month: string; continued: boolean; items: T[] }[] = [];
  for (const item of items) {
    const month = item.date.slice(0, 7);
    const last = months.at(-1);
    if (last?.month === month) last.items.push(item);
    else months.push({ month, continued: months.length === 0 && before?.date.slice(0, 7) === month, items: [item] });
  }
  return months;
}

export interface CoOccurring {
  readonly tag: Tag;
  /** How many of the tag's pieces carry this one too. */
  readonly count: number;
}

/** A handful: the tags that say most about the subject, not every tag it ever met. */
export const coOccurringLimit = 8;

/**
 * The other tags carried by the pieces of `tag`, most often first, then by
 * label in the reader's collation ("Élections" with the E in French).
 */
export function coOccurringTags(tag: string, pieces: readonly Piece[], locale: Locale, limit = coOccurringLimit): CoOccurring[] {
  const counts = new Map<string, { tag: Tag; count: number }>();
  for (const piece of pieces) {
    for (const other of piece.tags) {
      if (other.slug === tag) continue;
      const entry = counts.get(other.slug);
      if (entry) entry.count++;
      else counts.set(other.slug, { tag: other, count: 1 });
    }
  }
  const collator = new Intl.Collator(locale);
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || collator.compare(a.tag.labels[locale], b.tag.labels[locale]) || a.tag.slug.localeCompare(b.tag.slug))
    .slice(0, limit);
}
