/**
 * Where a page's first paint may happen (components/PageShell.tsx). A list of
 * cards marks its fourth card: three cards and what is above them fill the
 * first screen at 390 and 1280 px, and the HTML up to there fits the first
 * round trip however long the list. A page without the mark (a short list, an
 * index) is painted once parsed, which Chromium does when the target never
 * comes.
 */
export const firstScreenEndId = 'first-screen-end';

const cardsOnFirstScreen = 3;

/** The attributes of the card at `index` (from 0) in a page's list of cards. */
export function firstScreenMark(index: number): { id?: string } {
  return index === cardsOnFirstScreen ? { id: firstScreenEndId } : {};
}
