import type { Locale } from './locales';

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "9 janvier 2022" / "January 9, 2022"; ISO dates are calendar days, so format in UTC. */
export function formatDate(iso: string, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}

/** Minutes at 230 words a minute, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

const monthFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "Janvier 2022" / "January 2022" for `YYYY-MM`, capitalised to stand as a heading or a link. */
export function formatMonth(month: string, locale: Locale): string {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(locale, format);
  }
  const label = format.format(new Date(`${month}-01T00:00:00Z`));
  return label.charAt(0).toLocaleUpperCase(locale) + label.slice(1);
}
