import type { Locale } from './i18n/locales';
import { defaultLocale } from './i18n/locales';
import { absoluteUrl } from './site-url';

export interface Alternates {
  canonical: string;
  languages: Record<string, string>;
}

/**
 * Canonical and hreflang alternates for a page that exists in `available`
 * locales; `pathFor` gives its path in one locale. Only real translations are
 * listed, and x-default points at the default-locale version when there is one.
 */
export function alternatesFor(
  locale: Locale,
  available: readonly Locale[],
  pathFor: (locale: Locale) => string,
): Alternates {
  const canonicalLocale = available.includes(locale) ? locale : available[0]!;
  const languages: Record<string, string> = {};
  for (const l of available) languages[l] = absoluteUrl(pathFor(l));
  languages['x-default'] = absoluteUrl(pathFor(available.includes(defaultLocale) ? defaultLocale : available[0]!));
  return { canonical: absoluteUrl(pathFor(canonicalLocale)), languages };
}

/** JSON for a <script> element: `<` is escaped so no string in it can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
