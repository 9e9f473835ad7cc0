import type { Metadata } from 'next';
import type { ContentLibrary } from '../content/library';
import type { InlineText } from '../content/markdown';
import type { Piece, Source, Version } from '../content/types';
import { formatDate, readingMinutes } from '../i18n/format';
import { locales, otherLocale, type Locale } from '../i18n/locales';
import { getMessages, type Messages } from '../i18n/messages';
import { absoluteUrl } from '../public-url';
import { paths } from '../paths';
import { alternatesFor, description, openGraphLocale } from '../seo';
import { shareTargets, type ShareTarget } from '../share';
import { articleJsonLd } from '../structured-data';
import { relatedCards, tagLinks, type RelatedCard, type TagLink } from './cards';
import { mentionCards, type MentionCardView } from './mentions';
import { alignedRows, type AlignedRow } from './parallel';
import { keepView, type KeepView } from './saved';
import { behindView, correctionsView, creditsView, markUntranslated, type BehindView, type CorrectionsView, type CreditsView } from './provenance';
import { listenView, type ListenView } from './listen';
import { bodyHtml, hasAlignedSentences } from './sentences';

/** A link between the views of one piece (single language, side by side), kept at hand in the header. */
export interface ViewLink {
  href: string;
  label: string;
  hrefLang?: string;
}

/**
 * The one-language page's way to a sentence in the other language: a toggle
 * in the header, then a card opened from a sentence (client/sentences.js),
 * which reads the counterpart from the other version's page.
 */
export interface SentenceCardView {
  /** The other version's page, where the counterparts are, by the same keys. */
  from: string;
  lang: Locale;
  /** The side-by-side page, where the card's link leads (with the sentence's key). */
  parallel: string;
  labels: Messages['sentences'];
}

export interface ArticleHeaderView {
  kindLabel: string;
  date: string;
  dateLabel: string;
  title: string;
  lead: readonly InlineText[];
  readingTime: string;
  /** Authors, translators and the origin of passages. */
  credits: CreditsView;
  /** "Corrigé le …", linked to the list at the end of the text. */
  corrected?: CorrectionsView['latest'];
  /** Language of the text when it differs from the page's. */
  lang?: Locale;
  sentences?: SentenceCardView;
  keep: KeepView;
  /** Read aloud (client/listen.js). */
  listen?: ListenView;
}

/** Everything an article page shows, in the reader's locale. */
export interface ArticleView {
  locale: Locale;
  pathIn: (locale: Locale) => string;
  viewLinks?: ViewLink[];
  /** The first block of the text: the first paint waits for the header above it, the first screen. */
  firstPaintAfter?: string;
  /** Shown when the piece is not in the reader's language and its other version stands in. */
  notice?: string;
  /** Shown when the original changed after this translation was signed. */
  behind?: BehindView;
  corrections?: CorrectionsView;
  header: ArticleHeaderView;
  /** Language of the text when it differs from the page's. */
  lang?: Locale;
  html: string;
  /** Cards of the tags the text mentions, opened from the mentions by reader.js. */
  mentionCards: MentionCardView[];
  sources: { heading: string; issueLabel: string; sources: readonly Source[]; translationNote?: string };
  tags: { heading: string; links: TagLink[] };
  share: { heading: string; url: string; targets: ShareTarget[]; labels: Record<ShareTarget['key'] | 'copy' | 'copied', string> };
  related: { heading: string; becauseLabel: string; pieces: RelatedCard[] };
  jsonLd: object;
  metadata: Metadata;
}

function bilingual(piece: Piece): boolean {
  return piece.locales.length === locales.length;
}

export function articleView(library: ContentLibrary, slug: string, locale: Locale): ArticleView | undefined {
  const shown = library.article(slug, locale);
  if (!shown) return undefined;
  const { piece, version, fallback } = shown;
  const t = getMessages(locale);
  const lang = fallback ? version.locale : undefined;
  const pathIn = (l: Locale) => paths.article(l, piece.slug);
  const url = absoluteUrl(paths.article(version.locale, piece.slug));
  const image = absoluteUrl(paths.articleImage(locale, piece.slug));
  const body = version.body();
  const other = otherLocale(locale);
  const corrections = correctionsView(version, locale);
  const behind = behindView(piece, version, locale);
  const sentences: SentenceCardView | undefined =
    !fallback && hasAlignedSentences(piece) ? { from: paths.article(other, piece.slug), lang: other, parallel: paths.parallel(locale, piece.slug), labels: t.sentences } : undefined;
  return {
    locale,
    pathIn,
    ...(body.blocks[0] ? { firstPaintAfter: body.blocks[0].id } : {}),
    ...(bilingual(piece) ? { viewLinks: [{ href: paths.parallel(locale, piece.slug), label: t.parallel.link }] } : {}),
    ...(fallback ? { notice: t.article.notInLanguage } : {}),
    ...(behind ? { behind } : {}),
    ...(corrections ? { corrections } : {}),
    header: {
      kindLabel: t.kinds[piece.kind],
      date: piece.date,
      dateLabel: formatDate(piece.date, locale),
      title: version.title,
      lead: version.summary.map((line, i) => ({ ...line, html: body.lead[i]! })),
      readingTime: t.article.readingTime(readingMinutes(version.wordCount)),
      credits: creditsView(piece, version, locale),
      ...(corrections ? { corrected: corrections.latest } : {}),
      ...(lang ? { lang } : {}),
      ...(sentences ? { sentences } : {}),
      keep: keepView(piece, locale),
      listen: listenView(locale, version.locale, bilingual(piece) ? { from: paths.article(other, piece.slug) } : undefined),
    },
    ...(lang ? { lang } : {}),
    html: markUntranslated(fallback ? body.html : bodyHtml(piece, version), version),
    mentionCards: mentionCards(library, body.mentions, version.locale, locale),
    sources: {
      heading: t.article.sources,
      issueLabel: t.article.issue,
      sources: version.sources,
      ...(version.translation?.note ? { translationNote: version.translation.note } : {}),
    },
    tags: { heading: t.article.tags, links: tagLinks(piece.tags, locale) },
    share: { heading: t.article.share, url, targets: shareTargets(url, version.title), labels: { ...t.share } },
    related: { heading: t.article.related, becauseLabel: t.article.relatedBecause, pieces: relatedCards(library, library.related(piece.slug), locale) },
    jsonLd: articleJsonLd(piece, version, image),
    metadata: articleMetadata(piece, version, locale, image),
  };
}

function articleMetadata(piece: Piece, version: Version, locale: Locale, image: string): Metadata {
  const t = getMessages(locale);
  const alternates = alternatesFor(locale, piece.locales, (l) => paths.article(l, piece.slug));
  const text = description(version);
  return {
    title: version.title,
    description: text,
    alternates,
    openGraph: {
      type: 'article',
      siteName: t.siteName,
      title: version.title,
      description: text,
      url: alternates.canonical,
      locale: openGraphLocale(version.locale),
      alternateLocale: piece.locales.filter((l) => l !== version.locale).map(openGraphLocale),
      publishedTime: piece.date,
      section: t.kinds[piece.kind],
      tags: piece.tags.map((tag) => tag.labels[locale]),
      images: [{ url: image, ...shareImageSize, type: 'image/png' }],
    },
    twitter: { card: 'summary_large_image', title: version.title, description: text, images: [image] },
  };
}

/** Everything the side-by-side page shows: the reader's version first. */
export interface ParallelPageView {
  locale: Locale;
  pathIn: (locale: Locale) => string;
  viewLinks: ViewLink[];
  /** The first row of the texts: the first paint waits for the titles and leads above it. */
  firstPaintAfter?: string;
  heading: string;
  intro: string;
  /** Shown when the reader's version, or the other, is a translation its original moved on from. */
  behind?: BehindView;
  rows: AlignedRow[];
  /** Whether sentences are aligned inside its paragraphs. */
  sentences: boolean;
  keep: KeepView;
  /** The cards of both columns, each in its column's language. */
  mentionCards: MentionCardView[];
  languageNames: Record<Locale, string>;
  /** Read aloud from the reader's column, and on in the other. */
  listen: ListenView;
  metadata: Metadata;
}

export function parallelView(library: ContentLibrary, slug: string, locale: Locale): ParallelPageView | undefined {
  const piece = library.piece(slug);
  const own = piece?.versions[locale];
  const other = piece?.versions[otherLocale(locale)];
  if (!piece || !own || !other) return undefined;
  const t = getMessages(locale);
  const pathIn = (l: Locale) => paths.parallel(l, piece.slug);
  const rows = alignedRows(piece, own, other, locale);
  const firstBlock = rows.find((row) => row.id);
  const behind = behindView(piece, own, locale) ?? behindView(piece, other, locale);
  return {
    locale,
    pathIn,
    ...(firstBlock ? { firstPaintAfter: firstBlock.id } : {}),
    viewLinks: [own, other].map((v) => ({ href: paths.article(v.locale, piece.slug), label: t.parallel.only[v.locale], hrefLang: v.locale })),
    heading: t.parallel.heading,
    intro: t.parallel.intro,
    ...(behind ? { behind } : {}),
    rows,
    sentences: hasAlignedSentences(piece),
    keep: keepView(piece, locale),
    mentionCards: [own, other].flatMap((v) => mentionCards(library, v.body().mentions, v.locale, locale)),
    languageNames: t.parallel.languages,
    listen: listenView(locale, locale, {}),
    metadata: { title: t.parallel.title(own.title), description: description(own), alternates: alternatesFor(locale, locales, pathIn) },
  };
}

/** The link preview image's size, in pixels: what Open Graph and X display best. */
export const shareImageSize = { width: 1200, height: 630 };

/** What the link preview image of a piece shows, in the page's locale. */
export interface ShareImageView {
  siteName: string;
  kindLabel: string;
  dateLabel: string;
  title: string;
  lang: string;
}

export function shareImageView(library: ContentLibrary, slug: string, locale: Locale): ShareImageView | undefined {
  const shown = library.article(slug, locale);
  if (!shown) return undefined;
  const t = getMessages(locale);
  return {
    siteName: t.siteName,
    kindLabel: t.kinds[shown.piece.kind],
    dateLabel: formatDate(shown.piece.date, locale),
    title: shown.version.title,
    lang: shown.version.locale,
  };
}
