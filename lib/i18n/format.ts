import type { Locale } from './locales';

const intlLocale = (locale: Locale) => (locale === 'fr' ? 'fr-FR' : 'en-US');

/** One cached formatter per locale and kind: building an Intl.DateTimeFormat costs far more than using one. */
function cached(options: Intl.DateTimeFormatOptions): (locale: Locale) => Intl.DateTimeFormat {
  const formats = new Map<Locale, Intl.DateTimeFormat>();
  return (locale) => {
    let format = formats.get(locale);
    if (!format) {
      // ISO dates are calendar days, so format in UTC.
      format = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: 'UTC' });
      formats.set(locale, format);
    }
    return format;
  };
}

const dayFormat = cached({ dateStyle: 'long' });
const monthFormat = cached({ month: 'long', year: 'numeric' });

/**
 * A calendar day as a sentence writes it: "9 janvier 2022" / "January 9, 2022".
 * French writes the first of the month as an ordinal, "1er mai", which Intl
 * leaves as "1 mai".
 */
function formatDay(iso: string, locale: Locale): string {
  const parts = dayFormat(locale).formatToParts(new Date(`${iso}T00:00:00Z`));
  return parts.map(({ type, value }) => (locale === 'fr' && type === 'day' && value === '1' ? '1er' : value)).join('');
}

/** "9 janvier 2022" / "January 9, 2022" for `YYYY-MM-DD`. */
export function formatDate(iso: string, locale: Locale): string {
  return formatDay(iso, locale);
}

/**
 * A date known to the day, the month or the year (`1953-05-17`, `1991-12`,
 * `2002`), as precise as it is: "17 mai 1953", "décembre 1991", "2002" /
 * "May 17, 1953", "December 1991", "2002". Lower case, for running text.
 */
export function formatPartialDate(date: string, locale: Locale): string {
  if (/^\d{4}$/.test(date)) return String(Number(date));
  if (/^\d{4}-\d{2}$/.test(date)) return monthFormat(locale).format(new Date(`${date}-01T00:00:00Z`));
  return formatDay(date, locale);
}

/** Minutes at 230 words a minute, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

/** "Janvier 2022" / "January 2022" for `YYYY-MM`, capitalised to stand as a heading or a link. */
export function formatMonth(month: string, locale: Locale): string {
  const label = formatPartialDate(month, locale);
  return label.charAt(0).toLocaleUpperCase(locale) + label.slice(1);
}

/** "A, B et C" / "A, B, and C". */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' }).format(items);
}
