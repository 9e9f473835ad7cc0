import { z } from 'zod';
import { locales, type Locale } from '../i18n/locales';
import { typographyProblems } from '../i18n/typography';
import { cardTextProblem } from './card-text';
import { renderLead, type InlineText } from './markdown';
import { certainlyBefore, isPartialDate, partialDate } from './partial-date';

/** Zod reports a missing key as a type error; a writer wants to read "is required". */
function required(expected: string) {
  return {
    error: (issue: { input: unknown }) =>
      issue.input === undefined || issue.input === null ? 'is required' : `expected ${expected}`,
  };
}

/** A strict object's error: an unknown key named, with the keys it may have. */
const knownKeys = (keys: string, expected: string) => ({
  error: (i: z.core.$ZodRawIssue) =>
    i.code === 'unrecognized_keys' ? `unknown key ${i.keys.map((k) => `"${k}"`).join(', ')}: expected ${keys}` : `expected ${expected}`,
});

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

/** How much of the original a translation renders. */
export const translationKinds = ['full', 'abridged', 'adapted', 'partial'] as const;
export type TranslationKind = (typeof translationKinds)[number];

/**
 * Where a passage of a translation comes from: the translation published with
 * the original, ours (the translators credited in `by`), a summary of ours, or
 * the original's text left as it was.
 */
export const passageOrigins = ['ours', 'published', 'summarised', 'untranslated'] as const;
export type PassageOrigin = (typeof passageOrigins)[number];

export const correctionKinds = ['correction', 'update'] as const;

/** The credit that names the site's own staff rather than a person. */
export const newsroom = 'newsroom';

/** Names of people, or `newsroom`. */
const credits = z
  .array(text('a name, or newsroom'), required('a list of names, or [newsroom]'))
  .min(1, { error: 'must name at least one person, or newsroom' })
  .refine((names) => new Set(names).size === names.length, { error: 'names someone twice' });

/** A passage of a version, by the keys every view shares: the title, each lead line, each block of the text. */
export const blockKeyPattern = /^(?:title|lead-[1-9]\d*|p-[1-9]\d*)$/;
/** A map keyed by passage. Zod reports a record's bad key as "Invalid key in record": an editor wants to read which key, and why. */
const byPassage = <T extends z.ZodType>(value: T) =>
  z.record(z.string(), value).superRefine((record, ctx) => {
    for (const key of Object.keys(record)) {
      if (!blockKeyPattern.test(key)) ctx.addIssue({ code: 'custom', path: [key], message: `unknown passage ${JSON.stringify(key)}: expected title, lead-N or p-N` });
    }
  });

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
  authors: credits.optional(),
  translation: z
    .strictObject(
      {
        from: locale,
        kind: z.enum(translationKinds, { error: (i) => `expected one of ${translationKinds.join(', ')}, got ${JSON.stringify(i.input)}` }).default('full'),
        by: credits.optional(),
        note: text().optional(),
        passages: byPassage(z.enum(passageOrigins, { error: (i) => `expected one of ${passageOrigins.join(', ')}, got ${JSON.stringify(i.input)}` })).optional(),
        signed: byPassage(z.string().regex(/^[0-9a-f]{12}$/, { error: 'expected a fingerprint written by npm run translation:sign' })).optional(),
      },
      knownKeys('from, kind, by, note, passages, signed', 'a translation such as { from: fr, by: [newsroom] }'),
    )
    .optional(),
  corrections: z
    .array(
      z.strictObject(
        {
          date: isoDate,
          kind: z.enum(correctionKinds, { error: (i) => `expected correction or update, got ${JSON.stringify(i.input)}` }),
          text: text(),
        },
        knownKeys('date, kind, text', 'a correction such as { date: 2022-01-12, kind: correction, text: … }'),
      ),
      required('a list of corrections'),
    )
    .optional(),
});

export const tagKinds = ['place', 'person', 'organisation', 'topic'] as const;
export type TagKind = (typeof tagKinds)[number];

export const dateKinds = ['born', 'died', 'founded', 'dissolved'] as const;
export type DateKind = (typeof dateKinds)[number];

/** The dates a tag of each kind may carry: a start and an end, or none. */
export const tagDateKinds = {
  person: ['born', 'died'],
  organisation: ['founded', 'dissolved'],
  place: ['founded', 'dissolved'],
  topic: [],
} as const satisfies Record<TagKind, readonly [DateKind, DateKind] | readonly []>;

/** Long enough for a sentence or two, short enough to stay a card. */
export const descriptionMaxLength = 280;

const description = (locale: Locale) =>
  text()
    .max(descriptionMaxLength, {
      error: (i) => `is ${String(i.input).length} characters long: at most ${descriptionMaxLength}, a sentence or two that fit on a card`,
    })
    .transform((value, ctx): InlineText => {
      const problems = [cardTextProblem(value), ...typographyProblems[locale](value)].filter((p) => p !== undefined);
      for (const message of problems) ctx.issues.push({ code: 'custom', message, input: value });
      // cardTextProblem refuses anything renderLead would not render.
      return problems.length > 0 ? z.NEVER : renderLead(value)!;
    });

const tagDates = z.strictObject(
  { born: partialDate.optional(), died: partialDate.optional(), founded: partialDate.optional(), dissolved: partialDate.optional() },
  knownKeys('born, died (person) or founded, dissolved (organisation, place)', 'dates such as { born: 1953-05-17 }'),
);

type TagDates = z.infer<typeof tagDates>;

/** Dates that fit the tag's kind, the end not before the start. */
function checkDates(kind: TagKind, dates: TagDates, ctx: z.RefinementCtx): void {
  const allowed: readonly DateKind[] = tagDateKinds[kind];
  for (const key of dateKinds) {
    if (dates[key] === undefined || allowed.includes(key)) continue;
    const instead = allowed.length > 0 ? `use ${allowed.join(' or ')}` : `a ${kind} has no dates`;
    ctx.addIssue({ code: 'custom', path: ['dates', key], message: `kind ${kind} has no "${key}" date: ${instead}` });
  }
  const [start, end] = allowed;
  if (!start || !end) return;
  const [from, to] = [dates[start], dates[end]];
  // A malformed date is reported by its own field; comparing it would add noise.
  if (isPartialDate(from) && isPartialDate(to) && certainlyBefore(to, from)) {
    ctx.addIssue({ code: 'custom', path: ['dates', end], message: `${to} is before ${start} (${from})` });
  }
}

export const tagEntrySchema = z
  .strictObject({
    kind: z.enum(tagKinds, { error: (i) => `expected one of ${tagKinds.join(', ')}, got ${JSON.stringify(i.input)}` }),
    labels: z.strictObject({ fr: text(), en: text() }, required('labels for fr and en')),
    aliases: z.array(text(), required('a list of aliases')).default([]),
    description: z.strictObject({ fr: description('fr'), en: description('en') }, knownKeys('fr and en', 'a description in fr and en')).optional(),
    dates: tagDates.optional(),
  })
  .superRefine((entry, ctx) => checkDates(entry.kind, entry.dates ?? {}, ctx));

export const tagsFileSchema = z.record(slug, tagEntrySchema, required('a map of tag slug to tag'));
