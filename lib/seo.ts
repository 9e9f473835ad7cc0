import type { Locale } from './i18n/locales';
import { defaultLocale } from './i18n/locales';
import { getMessages } from './i18n/messages';
import { paths } from './routes';
import { absoluteUrl } from './site-url';

export interface Alternates {
  canonical: string;
  languages: Record<string, string>;
  types: Record<string, { url: string; title: string }[]>;
}

/**
 * Canonical and hreflang alternates for a page that exists in `available`
 * locales; `pathFor` gives its path in one locale. Only real translations are
 * listed, and x-default points at the default-locale version when there is one.
 * The RSS feeds that cover the page are announced with it.
 */
export function alternatesFor(
  locale: Locale,
  available: readonly Locale[],
  pathFor: (locale: Locale) => string,
  extraFeed?: { url: string; title: string },
): Alternates {
  const canonicalLocale = available.includes(locale) ? locale : available[0]!;
  const languages: Record<string, string> = {};
  for (const l of available) languages[l] = absoluteUrl(pathFor(l));
  languages['x-default'] = absoluteUrl(pathFor(available.includes(defaultLocale) ? defaultLocale : available[0]!));
  // Every page announces its language's feed; a tag page its tag's feed too.
  const feeds = [{ url: absoluteUrl(paths.feed(locale)), title: getMessages(locale).feed.linkTitle }, ...(extraFeed ? [extraFeed] : [])];
  return { canonical: absoluteUrl(pathFor(canonicalLocale)), languages, types: { 'application/rss+xml': feeds } };
}

/** JSON for a <script> element: `<` is escaped so no string in it can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
