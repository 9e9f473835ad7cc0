import type { Version } from './content/types';
import { defaultLocale, type Locale } from './i18n/locales';
import { getMessages } from './i18n/messages';
import { absoluteUrl } from './public-url';
import { paths } from './paths';

/**
 * hreflang links of a page that exists in `translations`: one per real
 * translation, and x-default at the default-locale version when there is one.
 * Shared by the pages' alternates and the sitemap.
 */
export function hreflangLinks(translations: readonly Locale[], pathIn: (locale: Locale) => string): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const l of translations) languages[l] = absoluteUrl(pathIn(l));
  languages['x-default'] = absoluteUrl(pathIn(translations.includes(defaultLocale) ? defaultLocale : translations[0]!));
  return languages;
}

export interface Alternates {
  canonical: string;
  languages: Record<string, string>;
  types: Record<string, { url: string; title: string }[]>;
}

/**
 * Canonical and hreflang alternates of a page seen in `locale`. A page in a
 * locale it has no translation in is canonical in the one it has. The RSS
 * feeds that cover the page are announced with it.
 */
export function alternatesFor(
  locale: Locale,
  translations: readonly Locale[],
  pathIn: (locale: Locale) => string,
  extraFeed?: { url: string; title: string },
): Alternates {
  const canonicalLocale = translations.includes(locale) ? locale : translations[0]!;
  // Every page announces its language's feed; a tag page its tag's feed too.
  const feeds = [{ url: absoluteUrl(paths.feed(locale)), title: getMessages(locale).feed.linkTitle }, ...(extraFeed ? [extraFeed] : [])];
  return {
    canonical: absoluteUrl(pathIn(canonicalLocale)),
    languages: hreflangLinks(translations, pathIn),
    types: { 'application/rss+xml': feeds },
  };
}

/** A version's description for metadata, feeds and structured data: its lead lines as one text. */
export function description(version: Pick<Version, 'summary'>): string {
  return version.summary.map((s) => s.text).join(' ');
}

/** Open Graph's locale form of a site locale. */
export function openGraphLocale(locale: Locale): string {
  return locale === 'fr' ? 'fr_FR' : 'en_US';
}

/** JSON for a <script> element: `<` is escaped so no string in it can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A page's `<title>`: its own title, then the site's name (the layout's template, and the search service's titles). */
export function documentTitle(locale: Locale, title: string): string {
  return `${title} — ${getMessages(locale).siteName}`;
}
