import { z } from 'zod';
import { locales } from '../i18n/locales';

/** Zod reports a missing key as a type error; a writer wants to read "is required". */
function required(expected: string) {
  return {
    error: (issue: { input: unknown }) =>
      issue.input === undefined || issue.input === null ? 'is required' : `expected ${expected}`,
  };
}

const text = (what = 'a string') =>
  z.string(required(what)).trim().min(1, { error: 'must not be empty' });

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string(required('a tag slug')).regex(slugPattern, { error: 'expected a lowercase ASCII slug' });

const isoDate = z.string(required('YYYY-MM-DD')).superRefine((value, ctx) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    ctx.addIssue({ code: 'custom', message: `expected YYYY-MM-DD, got ${JSON.stringify(value)}` });
    return;
  }
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    ctx.addIssue({ code: 'custom', message: `no such date: ${JSON.stringify(value)}` });
  }
});

const locale = z.enum(locales, { error: (i) => `expected one of ${locales.join(', ')}, got ${JSON.stringify(i.input)}` });

export const kinds = ['news', 'analysis'] as const;

const url = z
  .string(required('a URL'))
  .refine((value) => /^https?:\/\//.test(value) && URL.canParse(value), { error: 'expected an http(s) URL' });

export const sourceSchema = z.strictObject({
  name: text(),
  url: url.optional(),
  issue: text().optional(),
  note: text().optional(),
});

export const frontMatterSchema = z.strictObject({
  title: text(),
  date: isoDate,
  language: locale,
  kind: z.enum(kinds, { error: (i) => `expected news or analysis, got ${JSON.stringify(i.input)}` }),
  tags: z
    .array(slug, required('a list of tag slugs'))
    .refine((tags) => new Set(tags).size === tags.length, { error: 'lists a tag twice' }),
  sources: z.array(sourceSchema, required('a list of sources')).min(1, { error: 'must name at least one source' }),
  summary: z.array(text(), required('a list of lead lines')).min(1, { error: 'must have at least one line' }),
  translation: z
    .strictObject({ from: locale, note: text().optional() })
    .optional(),
});

export const tagKinds = ['place', 'person', 'organisation', 'topic'] as const;

export const tagEntrySchema = z.strictObject({
  kind: z.enum(tagKinds, { error: (i) => `expected one of ${tagKinds.join(', ')}, got ${JSON.stringify(i.input)}` }),
  labels: z.strictObject({ fr: text(), en: text() }, required('labels for fr and en')),
  aliases: z.array(text(), required('a list of aliases')).default([]),
});

export const tagsFileSchema = z.record(slug, tagEntrySchema, required('a map of tag slug to tag'));
