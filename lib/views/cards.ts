import type { ContentLibrary, LocalizedPiece } from '../content/library';
import type { InlineText } from '../content/markdown';
import type { Related } from '../content/related';
import type { Tag } from '../content/types';
import { formatDate } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { getMessages } from '../i18n/messages';
import { paths } from '../paths';
import type { FoundVersion, Hit, SearchTag, Segment } from '../search/index';

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

export function tagLinks(tags: readonly Pick<Tag, 'slug' | 'labels'>[], locale: Locale): TagLink[] {
  return tags.map((tag) => ({ slug: tag.slug, label: tag.labels[locale], href: paths.tag(locale, tag.slug) }));
}

export function pieceCard({ piece, version, fallback }: LocalizedPiece, locale: Locale): PieceCard {
  const { slug, kind, date, tags } = piece;
  return versionCard({ slug, kind, date, tags, title: version.title, summary: version.summary, locale: version.locale }, fallback, locale);
}

/** A card from just what it shows of a version: all a search hit carries. */
function versionCard(shown: FoundVersion, fallback: boolean, locale: Locale): PieceCard {
  const t = getMessages(locale);
  return {
    slug: shown.slug,
    href: paths.article(locale, shown.slug),
    title: shown.title,
    kindLabel: t.kinds[shown.kind],
    date: shown.date,
    dateLabel: formatDate(shown.date, locale),
    summary: shown.summary,
    tags: tagLinks(shown.tags, locale),
    ...(fallback ? { otherLanguage: { lang: shown.locale, label: t.onlyInOther } } : {}),
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
export function searchResult({ version, snippet }: Hit, locale: Locale): SearchResult {
  const other = version.locale !== locale;
  return {
    ...versionCard(version, other, locale),
    href: paths.article(version.locale, version.slug),
    ...(other ? { otherLanguage: { lang: version.locale, label: getMessages(locale).search.inOther } } : {}),
    snippet,
  };
}

/** A person, place or organisation a search names, as its card above the results shows it. */
export interface TagCard {
  slug: string;
  href: string;
  label: string;
  kindLabel: string;
  countLabel: string;
  /** Sanitised inline HTML (emphasis only), in the reader's language. */
  description?: string;
}

export function tagCard(tag: SearchTag, locale: Locale): TagCard {
  const t = getMessages(locale);
  const description = tag.description?.[locale].html;
  return {
    slug: tag.slug,
    href: paths.tag(locale, tag.slug),
    label: tag.labels[locale],
    kindLabel: t.tags.kinds[tag.kind],
    countLabel: t.tags.count(tag.pieces),
    ...(description ? { description } : {}),
  };
}
