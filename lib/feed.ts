import { Feed } from 'feed';
import type { ContentLibrary } from './content/library';
import type { Piece, Version } from './content/types';
import { locales, type Locale } from './i18n/locales';
import { getMessages } from './i18n/messages';
import { paths } from './routes';
import { absoluteUrl } from './site-url';

/**
 * RSS 2.0 of the pieces written in `locale` (a feed speaks one language),
 * newest first, full text, one category per tag; optionally those of one tag.
 */
export function rssFeed(library: ContentLibrary, locale: Locale, tag?: string): string {
  const t = getMessages(locale);
  const label = tag ? (library.tag(tag)?.labels[locale] ?? tag) : undefined;
  const pieces = (tag ? library.tagged(tag, locale).map((l) => l.piece) : library.pieces).filter((p) => p.versions[locale]);
  const self = absoluteUrl(tag ? paths.tagFeed(locale, tag) : paths.feed(locale));
  const link = absoluteUrl(tag ? paths.tag(locale, tag) : paths.home(locale));
  const feed = new Feed({
    id: link,
    link,
    title: label ? t.feed.tagTitle(label) : t.feed.title,
    description: t.siteTagline,
    language: locale,
    updated: pieces[0] ? dateOf(pieces[0]) : new Date(0),
    generator: false,
    feedLinks: { rss: self },
    copyright: t.siteName,
  });
  for (const piece of pieces) {
    const version = piece.versions[locale]!;
    feed.addItem(item(library, piece, version, locale));
  }
  return feed.rss2();
}

function dateOf(piece: Piece): Date {
  return new Date(`${piece.date}T00:00:00Z`);
}

function item(library: ContentLibrary, piece: Piece, version: Version, locale: Locale) {
  const url = absoluteUrl(paths.article(locale, piece.slug));
  const lead = version.summary.map((s) => `<p>${s.html}</p>`).join('');
  return {
    title: version.title,
    id: url,
    guid: url,
    link: url,
    date: dateOf(piece),
    description: version.summary.map((s) => s.text).join(' '),
    content: lead + version.html,
    category: piece.tags.map((slug) => ({ name: library.tag(slug)?.labels[locale] ?? slug, domain: absoluteUrl(paths.tag(locale, slug)) })),
  };
}

/** Every feed URL of the site. */
export function feedPaths(library: ContentLibrary): string[] {
  const tags = library.tagCounts('fr').map((t) => t.tag.slug);
  return locales.flatMap((locale) => [paths.feed(locale), ...tags.map((tag) => paths.tagFeed(locale, tag))]);
}
