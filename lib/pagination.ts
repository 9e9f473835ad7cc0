/**
 * Lists (home, tag, archive month) show `pageSize` pieces a page, newest
 * first: page 1 at the list's own URL, pages 2… at `…/page/{n}`. PAGE_SIZE
 * changes it at build time (the tests build the small fixture tree with 2).
 */
export const pageSize = readPageSize(process.env.PAGE_SIZE);

function readPageSize(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 20;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`PAGE_SIZE must be a whole number of 1 or more, got "${raw}"`);
  return n;
}

export function pageCount(items: number): number {
  return Math.max(1, Math.ceil(items / pageSize));
}

/** The `n` params of a list's pages after the first: "2", "3", … */
export function laterPages(items: number): string[] {
  return Array.from({ length: pageCount(items) - 1 }, (_, i) => String(i + 2));
}

/** Page `n` (from 1) of a list. */
export function pageItems<T>(items: readonly T[], n: number): readonly T[] {
  return items.slice((n - 1) * pageSize, n * pageSize);
}

/**
 * The page number in a `page/{n}` segment: only the canonical spelling of a
 * page after the first ("2", never "02", "1", "0", "-1" or "x"). The route
 * table lists no other, so there is no file for anything else: the 404 page.
 */
export function pageNumber(segment: string): number | undefined {
  return /^[1-9]\d*$/.test(segment) && segment !== '1' ? Number(segment) : undefined;
}
