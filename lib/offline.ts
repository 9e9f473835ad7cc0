/**
 * What the pages' scripts and the service worker share about what a reader
 * keeps on the device (client/saved.js, client/service-worker/): the names
 * are written into the pages (data attributes) and into the service worker
 * (by the build), from here only.
 */
export const offlineStore = {
  /** localStorage: the pieces a reader saved, newest saved last. */
  savedList: 'saved-pieces',
  /** Cache Storage: every page of each saved piece, kept until the reader removes it. */
  savedPages: 'saved-pages',
  /** Cache Storage: the pages read lately, the oldest out first past the budget. */
  recentPages: 'recent-pages',
  /** Cache Storage: the linked scripts, whose names change with their bytes. */
  scripts: 'scripts',
} as const;

/**
 * How many bytes the pages read lately may take. Cache Storage keeps a body
 * decoded, so the budget counts a page at its decoded size.
 */
export const recentPagesBudget = 20 * 2 ** 20;

/** How many pages fit the budget, each counted at the size of the largest page of the build. */
export function recentPagesLimit(largestPageBytes: number, budget = recentPagesBudget): number {
  if (!(largestPageBytes > 0)) throw new Error(`the largest page must have a size, got ${largestPageBytes}`);
  return Math.max(1, Math.floor(budget / largestPageBytes));
}
