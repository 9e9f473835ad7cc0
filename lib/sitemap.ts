import type { MetadataRoute } from 'next';
import type { ContentLibrary } from './content/library';
import { defaultLocale, locales, type Locale } from './i18n/locales';
import { paths } from './routes';
import { absoluteUrl } from './site-url';

type Entry = MetadataRoute.Sitemap[number];

/** One entry per real page in each locale, with hreflang alternates for its real translations. */
function entries(available: readonly Locale[], pathFor: (l: Locale) => string, lastModified?: string): Entry[] {
  const languages: Record<string, string> = Object.fromEntries(available.map((l) => [l, absoluteUrl(pathFor(l))]));
  languages['x-default'] = absoluteUrl(pathFor(available.includes(defaultLocale) ? defaultLocale : available[0]!));
  return available.map((locale) => ({
    url: absoluteUrl(pathFor(locale)),
    ...(lastModified ? { lastModified } : {}),
    alternates: { languages },
  }));
}

/**
 * Every canonical page of the site. A piece's URL in a language it does not
 * exist in shows the other version with a canonical link to it, so it is
 * left out; search pages are not indexed.
 */
export function sitemap(library: ContentLibrary): MetadataRoute.Sitemap {
  const newest = library.pieces[0]?.date;
  const tags = library.tagCounts(defaultLocale).map((t) => t.tag.slug);
  return [
    ...entries(locales, paths.home, newest),
    ...entries(locales, paths.tags),
    ...tags.flatMap((tag) => entries(locales, (l) => paths.tag(l, tag))),
    ...library.pieces.flatMap((piece) => [
      ...entries(piece.locales, (l) => paths.article(l, piece.slug), piece.date),
      ...(piece.locales.length === locales.length ? entries(locales, (l) => paths.parallel(l, piece.slug), piece.date) : []),
    ]),
  ];
}
