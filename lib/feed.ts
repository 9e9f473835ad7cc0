import { Feed } from 'feed';
import type { ContentLibrary } from './content/library';
import type { Piece, Tag, Version } from './content/types';
import type { Locale } from './i18n/locales';
import { getMessages } from './i18n/messages';
import { absoluteUrl, publicOrigin } from './public-url';
import { paths } from './paths';
import { escapeHtml } from './html';
import { description } from './seo';
import { authorsOf, correctionsView, creditNames, creditsView } from './views/provenance';

/** A feed holds the latest pieces: readers poll it for what is new, and the archive holds the rest. */
export const feedLength = 50;

/**
 * RSS 2.0 of the latest pieces written in `locale` (a feed speaks one
 * language), newest first, full text, one category per tag; optionally those
 * of one tag.
 */
export function rssFeed(library: ContentLibrary, locale: Locale, tag?: Tag): string {
  const t = getMessages(locale);
  const label = tag?.labels[locale];
  const pieces = (tag ? library.tagged(tag.slug) : library.pieces).filter((p) => p.versions[locale]).slice(0, feedLength);
  const self = absoluteUrl(tag ? paths.tagFeed(locale, tag.slug) : paths.feed(locale));
  const link = absoluteUrl(tag ? paths.tag(locale, tag.slug) : paths.home(locale));
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
    feed.addItem(item(piece, version, locale));
  }
  return feed.rss2();
}

function dateOf(piece: Piece): Date {
  return new Date(`${piece.date}T00:00:00Z`);
}

/**
 * An item: its credits above the text and its corrections below it, as the
 * page has them. RSS has no update date, nor a name-only author: the Atom and
 * Dublin Core elements that readers know carry them.
 */
function item(piece: Piece, version: Version, locale: Locale) {
  const url = absoluteUrl(paths.article(locale, piece.slug));
  const lead = version.summary.map((s) => `<p>${s.html}</p>`).join('');
  const { byline, translation } = creditsView(piece, version, locale);
  const credits = [byline, translation].filter((c) => c !== undefined).map(escapeHtml).join(' · ');
  const corrections = correctionsView(version, locale);
  const correctionList = corrections
    ? `<h2>${escapeHtml(corrections.heading)}</h2><ul>${corrections.items.map((c) => `<li>${escapeHtml(`${c.dateLabel} · ${c.kindLabel} · `)}${c.html}</li>`).join('')}</ul>`
    : '';
  const translators = version.translation?.by;
  const authors = authorsOf(piece, version);
  return {
    title: version.title,
    id: url,
    guid: url,
    link: url,
    date: dateOf(piece),
    description: description(version),
    content: (credits ? `<p><em>${credits}</em></p>` : '') + lead + absoluteLinks(version.body().html + correctionList),
    category: piece.tags.map((tag) => ({ name: tag.labels[locale], domain: absoluteUrl(paths.tag(locale, tag.slug)) })),
    extensions: [
      ...(corrections ? [{ name: 'atom:updated', objects: { _text: `${corrections.latest.date}T00:00:00Z` } }] : []),
      ...(authors ? [{ name: 'dc:creator', objects: { _text: creditNames(authors, locale) } }] : []),
      ...(translators ? [{ name: 'dc:contributor', objects: { _text: creditNames(translators, locale) } }] : []),
    ],
  };
}


/**
 * Links of the site within a body (mentions of its tags) made absolute: a feed
 * reader shows the item away from the site, and few resolve a relative link.
 * The HTML is our sanitiser's output: every link is written `<a href="…"`.
 */
function absoluteLinks(html: string): string {
  // Text cannot hold a raw "<a": the sanitiser escaped it.
  return html.replace(/(<a\s[^>]*?href=")\/(?!\/)/g, `$1${publicOrigin.origin}/`);
}
