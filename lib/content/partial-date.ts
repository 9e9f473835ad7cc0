import { z } from 'zod';

// A date known to the year, the month or the day (`1940`, `1991-12`,
// `1953-05-17`): an editor writes only as much of a date as is certain.

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * YAML reads an unquoted `1940` as a number, and a YAML 1.1 parser (js-yaml,
 * gray-matter's default) reads `1953-05-17` as a Date: both become the string
 * the editor wrote, so a date never depends on which parser read it.
 */
function asWritten(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return value;
}

function exists(value: string): boolean {
  const [, y, m, d] = pattern.exec(value)!;
  const year = Number(y);
  const month = m === undefined ? 1 : Number(m);
  const day = d === undefined ? 1 : Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC reads years 0–99 as 1900–1999.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const isPartialDate = (value: unknown): value is string => typeof value === 'string' && pattern.test(value) && exists(value);

export const partialDate = z.preprocess(
  asWritten,
  z.string({ error: 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD' }).superRefine((value, ctx) => {
    if (!pattern.test(value)) ctx.addIssue({ code: 'custom', message: `expected YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}` });
    else if (!exists(value)) ctx.addIssue({ code: 'custom', message: `no such date: ${JSON.stringify(value)}` });
  }),
);

/** True when `a` is certainly earlier than `b`: `1940` is not earlier than `1940-07-06`, only possibly the same. */
export function certainlyBefore(a: string, b: string): boolean {
  const known = Math.min(a.length, b.length);
  return a.slice(0, known) < b.slice(0, known);
}
