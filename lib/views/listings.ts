import type { Metadata } from 'next';
import type { ContentLibrary } from '../content/library';
import { locales, type Locale } from '../i18n/locales';
import { getMessages } from '../i18n/messages';
import { absoluteUrl } from '../public-url';
import { paths } from '../routes';
import { maxQueryLength, type SearchIndex } from '../search/index';
import { alternatesFor } from '../seo';
import { pieceCard, searchResult, type PieceCard, type SearchResult } from './cards';

/** What every listing page has: the path of the same page in each locale, its metadata. */
interface PageView {
  locale: Locale;
  pathIn: (locale: Locale) => string;
  metadata: Metadata;
}

export interface HomeView extends PageView {
  title: string;
  intro: string;
  pieces: PieceCard[];
  tagsLabel: string;
}

export function homeView(library: ContentLibrary, locale: Locale): HomeView {
  const t = getMessages(locale);
  return {
    locale,
    pathIn: paths.home,
    title: t.home.title,
    intro: t.home.intro,
    pieces: library.list(locale).map((shown) => pieceCard(shown, locale)),
    tagsLabel: t.article.tags,
    metadata: {
      title: { absolute: `${t.home.title} — ${t.siteName}` },
      description: t.home.intro,
      alternates: alternatesFor(locale, locales, paths.home),
    },
  };
}

export interface TagIndexEntry {
  slug: string;
  href: string;
  label: string;
  kindLabel: string;
  countLabel: string;
}

export interface TagIndexView extends PageView {
  title: string;
  intro: string;
  tags: TagIndexEntry[];
}

/** Every tag in use, by its label in the reader's collation, with its count. */
export function tagIndexView(library: ContentLibrary, locale: Locale): TagIndexView {
  const t = getMessages(locale);
  const collator = new Intl.Collator(locale);
  return {
    locale,
    pathIn: paths.tags,
    title: t.tags.title,
    intro: t.tags.intro,
    tags: library
      .usedTags()
      .sort((a, b) => collator.compare(a.labels[locale], b.labels[locale]))
      .map((tag) => ({
        slug: tag.slug,
        href: paths.tag(locale, tag.slug),
        label: tag.labels[locale],
        kindLabel: t.tags.kinds[tag.kind],
        countLabel: t.tags.count(library.tagged(tag.slug).length),
      })),
    metadata: { title: t.tags.title, description: t.tags.intro, alternates: alternatesFor(locale, locales, paths.tags) },
  };
}

export interface TagPageView extends PageView {
  label: string;
  allTags: { href: string; label: string };
  /** "Lieu · 2 articles" */
  line: string;
  pieces: PieceCard[];
  tagsLabel: string;
}

export function tagView(library: ContentLibrary, slug: string, locale: Locale): TagPageView | undefined {
  const tag = library.tag(slug);
  const tagged = tag && library.tagged(tag.slug);
  if (!tag || !tagged?.length) return undefined;
  const t = getMessages(locale);
  const label = tag.labels[locale];
  const count = t.tags.count(tagged.length);
  return {
    locale,
    pathIn: (l) => paths.tag(l, tag.slug),
    label,
    allTags: { href: paths.tags(locale), label: t.tags.allTags },
    line: `${t.tags.kinds[tag.kind]} · ${count}`,
    pieces: tagged.map((piece) => pieceCard(library.listing(piece, locale), locale)),
    tagsLabel: t.article.tags,
    metadata: {
      title: t.tags.pageTitle(label),
      description: `${t.tags.pageTitle(label)} — ${count}`,
      alternates: alternatesFor(locale, locales, (l) => paths.tag(l, tag.slug), {
        url: absoluteUrl(paths.tagFeed(locale, tag.slug)),
        title: t.feed.tagLinkTitle(label),
      }),
    },
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
  results: SearchResult[];
}

export function searchView(index: SearchIndex, rawQuery: string, locale: Locale): SearchPageView {
  const t = getMessages(locale);
  const outcome = index.query(rawQuery, locale);
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
    results: outcome.hits.map((hit) => searchResult(hit, locale)),
  };
}

export function searchMetadata(rawQuery: string, locale: Locale): Metadata {
  const t = getMessages(locale);
  const shown = rawQuery.trim().slice(0, 80);
  return {
    title: shown ? t.search.pageTitle(shown) : t.search.title,
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
