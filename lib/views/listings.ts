import type { Metadata } from 'next';
import type { ContentLibrary } from '../content/library';
import type { Piece } from '../content/types';
import { tagKinds } from '../content/schema';
import { formatMonth } from '../i18n/format';
import { defaultLocale, locales, type Locale } from '../i18n/locales';
import { getMessages } from '../i18n/messages';
import { pageCount, pageItems } from '../pagination';
import { paths } from '../paths';
import { maxQueryLength, type SearchIndex } from '../search/index';
import { alternatesFor, hreflangLinks } from '../seo';
import { absoluteUrl } from '../public-url';
import { pieceCard, searchResult, tagCard, type PieceCard, type SearchResult, type TagCard } from './cards';

/** What every listing page has: the path of the same page in each locale, its metadata. */
export interface PageView {
  locale: Locale;
  pathIn: (locale: Locale) => string;
  metadata: Metadata;
}

export interface PaginationView {
  label: string;
  status: string;
  previous?: { href: string; label: string };
  next?: { href: string; label: string };
}

/** One page of a list whose page `n` is at `pathOf(n)`; undefined for a list that fits on one page. */
function pagination(locale: Locale, pathOf: (n: number) => string, n: number, items: number): PaginationView | undefined {
  const total = pageCount(items);
  if (total === 1) return undefined;
  const t = getMessages(locale).pagination;
  return {
    label: t.label,
    status: t.status(n, total),
    ...(n > 1 ? { previous: { href: pathOf(n - 1), label: t.previous } } : {}),
    ...(n < total ? { next: { href: pathOf(n + 1), label: t.next } } : {}),
  };
}

/** What every list of pieces has: the pieces of one page, in the reader's locale, and the way to the others. */
export interface PieceListView extends PageView {
  pieces: PieceCard[];
  tagsLabel: string;
  pagination?: PaginationView;
}

/**
 * Page `n` of a list of `items` whose first page is at `firstIn(locale)`,
 * without its items: its links to the pages around it, and its canonical and
 * alternates (the same page number in each locale).
 */
export function listPage(
  locale: Locale,
  items: number,
  firstIn: (l: Locale) => string,
  n: number,
  extraFeed?: { url: string; title: string },
) {
  if (n > pageCount(items)) return undefined;
  const pathIn = (l: Locale) => paths.listPage(firstIn(l), n);
  const nav = pagination(locale, (page) => paths.listPage(firstIn(locale), page), n, items);
  return {
    locale,
    pathIn,
    tagsLabel: getMessages(locale).article.tags,
    ...(nav ? { pagination: nav } : {}),
    alternates: alternatesFor(locale, locales, pathIn, extraFeed),
  };
}

/** Page `n` of a list of pieces: the frame of `listPage`, and the cards of its pieces in the reader's locale. */
function pieceList(
  library: ContentLibrary,
  locale: Locale,
  all: readonly Piece[],
  firstIn: (l: Locale) => string,
  n: number,
  extraFeed?: { url: string; title: string },
) {
  const page = listPage(locale, all.length, firstIn, n, extraFeed);
  return page && { ...page, pieces: pageItems(all, n).map((piece) => pieceCard(library.listing(piece, locale), locale)) };
}

/** A list's title, with its page number after the first page. */
export function pageTitle(locale: Locale, title: string, n: number): string {
  return n === 1 ? title : getMessages(locale).pagination.title(title, n);
}

export interface HomeView extends PieceListView {
  title: string;
  intro: string;
  archive: { href: string; label: string };
}

export function homeView(library: ContentLibrary, locale: Locale, n = 1): HomeView | undefined {
  const t = getMessages(locale);
  const found = pieceList(library, locale, library.pieces, paths.home, n);
  if (!found) return undefined;
  const { alternates, ...list } = found;
  return {
    ...list,
    title: t.home.title,
    intro: t.home.intro,
    archive: { href: paths.archive(locale), label: t.home.archive },
    metadata: {
      title: { absolute: `${pageTitle(locale, t.home.title, n)} — ${t.siteName}` },
      description: t.home.intro,
      alternates,
    },
  };
}

/** A headed group of links, each with how many pieces it leads to: tags of one kind, months of one year. */
export interface LinkGroup {
  id: string;
  heading: string;
  links: { href: string; label: string; countLabel: string }[];
}

export interface TagIndexView extends PageView {
  title: string;
  intro: string;
  /** People, places, organisations, topics: each kind that has tags, with its tags in the reader's collation. */
  groups: LinkGroup[];
}

/** Every tag in use, grouped by kind, by its label in the reader's collation ("Élection" with the E), with its count. */
export function tagIndexView(library: ContentLibrary, locale: Locale): TagIndexView {
  const t = getMessages(locale);
  const collator = new Intl.Collator(locale);
  const used = library.usedTags().sort((a, b) => collator.compare(a.labels[locale], b.labels[locale]));
  const order = ['person', 'place', 'organisation', 'topic'] as const satisfies readonly (typeof tagKinds)[number][];
  return {
    locale,
    pathIn: paths.tags,
    title: t.tags.title,
    intro: t.tags.intro,
    groups: order
      .map((kind) => ({
        id: `tags-${kind}`,
        heading: t.tags.groups[kind],
        links: used
          .filter((tag) => tag.kind === kind)
          .map((tag) => ({
            href: paths.tag(locale, tag.slug),
            label: tag.labels[locale],
            countLabel: t.tags.count(library.tagged(tag.slug).length),
          })),
      }))
      .filter((group) => group.links.length > 0),
    metadata: { title: t.tags.title, description: t.tags.intro, alternates: alternatesFor(locale, locales, paths.tags) },
  };
}

/** The top of a list that belongs to a larger set (a tag of the tags, a month of the archive). */
export interface ListHeadingView {
  title: string;
  /** What it is and how many pieces it has: "Lieu · 2 articles". */
  line: string;
  /** The way back up to the set. */
  up: { href: string; label: string };
}

export interface ArchiveView extends PageView {
  title: string;
  intro: string;
  /** Each year, newest first, with its months. */
  years: LinkGroup[];
}

/** The years and months that have pieces, newest first, with their counts. */
export function archiveView(library: ContentLibrary, locale: Locale): ArchiveView {
  const t = getMessages(locale);
  const years = new Map<string, LinkGroup['links']>();
  for (const { month, pieces } of library.months()) {
    const year = month.slice(0, 4);
    const link = { href: paths.archiveMonth(locale, month), label: formatMonth(month, locale), countLabel: t.tags.count(pieces.length) };
    years.set(year, [...(years.get(year) ?? []), link]);
  }
  return {
    locale,
    pathIn: paths.archive,
    title: t.archive.title,
    intro: t.archive.intro,
    years: [...years].map(([year, links]) => ({ id: `year-${year}`, heading: year, links })),
    metadata: { title: t.archive.title, description: t.archive.intro, alternates: alternatesFor(locale, locales, paths.archive) },
  };
}

export interface ArchiveMonthView extends PieceListView {
  heading: ListHeadingView;
}

/** Page `n` of the pieces of `YYYY-MM`. */
export function archiveMonthView(library: ContentLibrary, month: string, locale: Locale, n = 1): ArchiveMonthView | undefined {
  const pieces = library.inMonth(month);
  if (pieces.length === 0) return undefined;
  const t = getMessages(locale);
  const title = t.archive.monthTitle(formatMonth(month, locale));
  const found = pieceList(library, locale, pieces, (l) => paths.archiveMonth(l, month), n);
  if (!found) return undefined;
  const { alternates, ...list } = found;
  return {
    ...list,
    heading: { title, line: t.tags.count(pieces.length), up: { href: paths.archive(locale), label: t.archive.allMonths } },
    metadata: { title: pageTitle(locale, title, n), description: `${title} — ${t.tags.count(pieces.length)}`, alternates },
  };
}

/** Search runs per request: the page's metadata needs only the query, not the results. */
export interface SearchPageView extends Omit<PageView, 'metadata'> {
  title: string;
  intro: string;
  form: { action: string; label: string; placeholder: string; submit: string };
  query: string;
  status: string;
  truncatedNotice?: string;
  /** A way on when nothing matched. */
  noResults?: { href: string; label: string };
  /** The people, places and organisations the query names, before the pieces. */
  tags: TagCard[];
  results: SearchResult[];
}

/** The search page for a query, answered by `index`; with no query, the index is not needed. */
export function searchView(index: (() => Pick<SearchIndex, 'query'>) | undefined, rawQuery: string, locale: Locale): SearchPageView {
  const t = getMessages(locale);
  const outcome = rawQuery.trim() && index ? index().query(rawQuery, locale) : { query: '', truncated: false, tags: [], hits: [] };
  return {
    locale,
    pathIn: (l) => paths.search(l, outcome.query),
    title: t.search.title,
    intro: t.search.intro,
    form: { action: paths.search(locale), label: t.search.label, placeholder: t.search.placeholder, submit: t.search.submit },
    query: outcome.query,
    status: outcome.query ? t.search.count(outcome.hits.length, outcome.query) : t.search.empty,
    ...(outcome.truncated ? { truncatedNotice: t.search.truncated(maxQueryLength) } : {}),
    ...(outcome.query && outcome.hits.length === 0 ? { noResults: { href: paths.tags(locale), label: t.search.noResultsHint } } : {}),
    tags: outcome.tags.map((tag) => tagCard(tag, locale)),
    results: outcome.hits.map((hit) => searchResult(hit, locale)),
  };
}

/** The search page's title for a query, without the site's name. */
export function searchTitle(rawQuery: string, locale: Locale): string {
  const t = getMessages(locale);
  const shown = rawQuery.trim().slice(0, 80);
  return shown ? t.search.pageTitle(shown) : t.search.title;
}

export function searchMetadata(rawQuery: string, locale: Locale): Metadata {
  return {
    title: searchTitle(rawQuery, locale),
    robots: { index: false },
    alternates: alternatesFor(locale, locales, paths.search),
  };
}

export interface NotFoundView extends PageView {
  title: string;
  text: string;
  links: { href: string; label: string }[];
  metadata: Metadata;
}

export function notFoundView(locale: Locale): NotFoundView {
  const t = getMessages(locale);
  return {
    locale,
    // The missing URL has no translation: the language switch leads to the other home page.
    pathIn: paths.home,
    title: t.notFound.title,
    text: t.notFound.text,
    links: [
      { href: paths.home(locale), label: t.notFound.home },
      { href: paths.tags(locale), label: t.notFound.tags },
    ],
    metadata: { title: t.notFound.title, robots: { index: false } },
  };
}

export interface LanguageChoiceView {
  choices: { lang: Locale; siteName: string; tagline: string; href: string; label: string }[];
  metadata: Metadata;
}

/** `/` on a static host: the site in each language. */
export function languageChoiceView(): LanguageChoiceView {
  const choices = locales.map((lang) => {
    const t = getMessages(lang);
    return { lang, siteName: t.siteName, tagline: t.siteTagline, href: paths.home(lang), label: t.enterSite };
  });
  return {
    choices,
    metadata: {
      title: choices.map((choice) => choice.siteName).join(' · '),
      alternates: { canonical: absoluteUrl(paths.home(defaultLocale)), languages: hreflangLinks(locales, paths.home) },
      robots: { index: false },
    },
  };
}
