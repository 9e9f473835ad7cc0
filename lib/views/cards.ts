import type { ContentLibrary, LocalizedPiece } from '../content/library';
import type { InlineText } from '../content/markdown';
import type { Related } from '../content/related';
import type { Tag } from '../content/types';
import { formatDate } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { getMessages } from '../i18n/messages';
import { paths } from '../routes';
import type { Hit, Segment } from '../search/index';

export interface TagLink {
  slug: string;
  label: string;
  href: string;
}

/** What a list of pieces shows for one piece, in the reader's locale. */
export interface PieceCard {
  slug: string;
  href: string;
  title: string;
  kindLabel: string;
  date: string;
  dateLabel: string;
  summary: readonly InlineText[];
  tags: TagLink[];
  /** Set when the text is in the other language: its `lang`, and the mark that says so. */
  otherLanguage?: { lang: Locale; label: string };
}

export function tagLinks(tags: readonly Tag[], locale: Locale): TagLink[] {
  return tags.map((tag) => ({ slug: tag.slug, label: tag.labels[locale], href: paths.tag(locale, tag.slug) }));
}

export function pieceCard({ piece, version, fallback }: LocalizedPiece, locale: Locale): PieceCard {
  const t = getMessages(locale);
  return {
    slug: piece.slug,
    href: paths.article(locale, piece.slug),
    title: version.title,
    kindLabel: t.kinds[piece.kind],
    date: piece.date,
    dateLabel: formatDate(piece.date, locale),
    summary: version.summary,
    tags: tagLinks(piece.tags, locale),
    ...(fallback ? { otherLanguage: { lang: version.locale, label: t.onlyInOther } } : {}),
  };
}

export interface RelatedCard extends PieceCard {
  shared: TagLink[];
}

export function relatedCards(library: ContentLibrary, related: readonly Related[], locale: Locale): RelatedCard[] {
  return related.map((r) => ({
    ...pieceCard(library.listing(r.piece, locale), locale),
    shared: tagLinks(r.sharedTags, locale),
  }));
}

export interface SearchResult extends PieceCard {
  snippet: Segment[];
}

/** A search hit as a card: it links to the version that matched, in its own language. */
export function searchResult(hit: Hit, locale: Locale): SearchResult {
  const other = hit.version.locale !== locale;
  const card = pieceCard({ piece: hit.piece, version: hit.version, fallback: other }, locale);
  return {
    ...card,
    href: paths.article(hit.version.locale, hit.piece.slug),
    ...(other ? { otherLanguage: { lang: hit.version.locale, label: getMessages(locale).search.inOther } } : {}),
    snippet: hit.snippet,
  };
}
