import type { ContentLibrary } from '../content/library';
import type { Tag, Version } from '../content/types';
import { locales, type Locale } from '../i18n/locales';
import { fields, Postings, PostingsBuilder, Scorer, type PostingsData, type WordTerms } from './postings';
import { TagNames, type SearchTag } from './tag-names';
import { fold, isStopWord, termForms, words } from './text';

/** Longest query we look at; anything beyond is cut. */
export const maxQueryLength = 200;

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * What a result shows of the version that matched: its card, no more. A
 * production server has it from the index file, so never holds the content.
 */
export type FoundVersion = Pick<Version, 'slug' | 'locale' | 'kind' | 'date' | 'title' | 'summary'> & {
  /** The piece's tags, in the piece's order. */
  readonly tags: readonly Pick<Tag, 'slug' | 'labels'>[];
};

export interface Hit {
  version: FoundVersion;
  score: number;
  /** A passage of the text around the first match, split into matched and plain runs. */
  snippet: Segment[];
}

export interface SearchOutcome {
  /** The query as used: trimmed and cut to `maxQueryLength`. */
  query: string;
  truncated: boolean;
  /** The people, places and organisations the query names, whose cards come before the pieces. */
  tags: SearchTag[];
  hits: Hit[];
}

export type { SearchTag };

/** A version's card as the index file keeps it: the piece's tags by slug. */
export type StoredVersion = Omit<FoundVersion, 'tags'> & { tags: string[] };

/** The index as plain data, for the build to write: every tag, each version's card, each language's postings. */
export interface SearchIndexData {
  tags: SearchTag[];
  /** Versions in the order postings number them. */
  versions: StoredVersion[];
  postings: Record<Locale, PostingsData>;
}

interface Entry {
  version: FoundVersion;
  /** The text snippets are cut from: at hand when built, read from a file when loaded. */
  text: () => SearchableText;
}

/**
 * The terms a field's text is indexed under: each word's forms in the
 * version's language. Stop words count in titles only ("Entre Est et Ouest").
 */
function fieldTerms(text: string, field: (typeof fields)[number], locale: Locale): string[] {
  return words(text).flatMap(({ word }) => (field !== 'title' && isStopWord(word) ? [] : termForms(word, locale)));
}

/**
 * Full-text search over every version of every piece: built from the loader
 * (`build`), or read back from what the build wrote (`fromData`). Words are
 * folded (case, accents) and stemmed in their language; tag labels and aliases
 * are indexed with each piece, and a query word that is a tag alias also
 * searches the tag's other spellings. Each language has its own postings,
 * so that a query in one language reads that language's versions only.
 */
export class SearchIndex {
  /** Folded alias word → every folded spelling of that tag. */
  private readonly variants = new Map<string, string[]>();
  private readonly postings: Record<Locale, Postings>;
  private readonly scorer: Scorer;
  private readonly names: TagNames;

  private constructor(
    private readonly tags: readonly SearchTag[],
    private readonly versions: readonly Entry[],
    postings: Record<Locale, PostingsData>,
  ) {
    for (const tag of tags) this.addVariants(tag);
    this.names = new TagNames(tags);
    this.postings = Object.fromEntries(locales.map((l) => [l, new Postings(postings[l])])) as Record<Locale, Postings>;
    this.scorer = new Scorer(versions.length);
  }

  static build(library: ContentLibrary): SearchIndex {
    const versions: Entry[] = [];
    const builders = Object.fromEntries(locales.map((l) => [l, new PostingsBuilder()])) as Record<Locale, PostingsBuilder>;
    for (const piece of library.pieces) {
      const tagText = piece.tags.flatMap((tag) => [...locales.map((l) => tag.labels[l]), ...tag.aliases]).join(' ');
      for (const locale of piece.locales) {
        const version = piece.versions[locale]!;
        const text = searchableText(version);
        const texts = { title: version.title, text: text.text, tags: tagText };
        builders[locale].add(
          versions.length,
          fields.map((field) => fieldTerms(texts[field], field, locale)),
        );
        const found = { slug: piece.slug, locale, kind: piece.kind, date: piece.date, title: version.title, summary: version.summary, tags: piece.tags };
        versions.push({ version: found, text: () => text });
      }
    }
    const postings = Object.fromEntries(locales.map((l) => [l, builders[l].build()])) as Record<Locale, PostingsData>;
    const tags = [...library.tags.values()].map(({ slug, kind, labels, aliases, description }) => ({
      slug,
      kind,
      labels,
      aliases,
      ...(description ? { description } : {}),
      pieces: library.tagged(slug).length,
    }));
    return new SearchIndex(tags, versions, postings);
  }

  /** The index from the data `toData` gave, each version's text to be read on demand by its position there. */
  static fromData(data: SearchIndexData, textOf: (position: number) => SearchableText): SearchIndex {
    const tags = new Map(data.tags.map((tag) => [tag.slug, tag]));
    const versions = data.versions.map(({ tags: slugs, ...card }, position) => ({
      version: { ...card, tags: slugs.map((slug) => tags.get(slug)!) },
      text: () => textOf(position),
    }));
    return new SearchIndex(data.tags, versions, data.postings);
  }

  /** The index as plain data, and each version's text in the same order as `data.versions`. */
  toData(): { data: SearchIndexData; texts: SearchableText[] } {
    return {
      data: {
        tags: [...this.tags],
        versions: this.versions.map(({ version }) => ({ ...version, tags: version.tags.map((tag) => tag.slug) })),
        postings: Object.fromEntries(locales.map((l) => [l, this.postings[l].data])) as Record<Locale, PostingsData>,
      },
      texts: this.versions.map(({ text }) => text()),
    };
  }

  /** One query as a reader's, so that the first reader's does not wait for the search code to be compiled. */
  warmUp(): void {
    const [first] = this.versions;
    if (first) this.query(first.version.title, first.version.locale);
  }

  private addVariants(tag: SearchTag) {
    // Only words that name the tag on their own ("tokaiev"), not shared ones ("kassym").
    const names = [...new Set(tag.aliases.filter((a) => words(a).length === 1).map((a) => fold(a)))];
    for (const name of names) this.variants.set(name, [...new Set([...(this.variants.get(name) ?? []), ...names])]);
  }

  /**
   * Each query word (any of its spellings) as terms of `language`: under its
   * stem in that language. Only the last word may be one being typed: it
   * alone is looked up as itself too, and as the start of longer words
   * ("gouvernem" is no stem's prefix, but "gouvernement"'s).
   */
  private words(expanded: string[][], language: Locale, forgiving: boolean): WordTerms[] {
    const last = expanded.length - 1;
    return expanded.map((spellings, i) => {
      const terms: WordTerms = new Map();
      for (const spelling of spellings) {
        const forms = termForms(spelling, language);
        for (const form of i === last ? forms : forms.slice(-1)) {
          this.postings[language].expand(form, { prefix: i === last && form.length >= 3, typo: forgiving && form.length >= 6 }, terms);
        }
      }
      return terms;
    });
  }

  /** Results in the reader's language first, each group by relevance. */
  query(raw: string, locale: Locale, limit = 20): SearchOutcome {
    const trimmed = raw.replace(/\s+/g, ' ').trim();
    const query = trimmed.slice(0, maxQueryLength);
    const all = words(query).map((w) => w.word);
    const meaningful = all.filter((w) => !isStopWord(w));
    const terms = (meaningful.length > 0 ? meaningful : all).slice(0, 12);
    if (terms.length === 0) return { query, truncated: trimmed.length > maxQueryLength, tags: [], hits: [] };
    const expanded = terms.map((term) => this.variants.get(fold(term)) ?? [term]);
    const match = matcher(new Set(expanded.flat().flatMap((t) => termForms(t, 'any'))));
    // The reader's language first, the other only to fill the page. Typos
    // are forgiven only when nothing matches as written.
    const found: { doc: number; score: number }[] = [];
    for (const language of [locale, ...locales.filter((l) => l !== locale)]) {
      if (found.length >= limit) break;
      const postings = this.postings[language];
      let results = this.scorer.top(postings, this.words(expanded, language, false), limit - found.length);
      if (results.length === 0) results = this.scorer.top(postings, this.words(expanded, language, true), limit - found.length);
      found.push(...results);
    }
    const hits = found.map(({ doc, score }) => {
      const { version, text } = this.versions[doc]!;
      return { version, score, snippet: snippet(text(), match) };
    });
    return { query, truncated: trimmed.length > maxQueryLength, tags: this.names.named(query), hits };
  }
}

/** A version's text, and the same folded (case, accents) when folding keeps every offset, for fast scanning. */
export interface SearchableText {
  text: string;
  folded: string | null;
}

export function searchableText(version: Pick<Version, 'summary' | 'body'>): SearchableText {
  const text = [...version.summary.map((s) => s.text), version.body().text].join(' ');
  const folded = fold(text);
  return { text, folded: folded.length === text.length ? folded : null };
}

/** True when a word of the text is one of the query's forms, or starts with one (a word being typed). */
function matches(word: string, forms: ReadonlySet<string>): boolean {
  const folded = fold(word);
  for (const f of forms) if (folded.startsWith(f) && (f.length >= 3 || f === folded)) return true;
  // Stems are never longer than the word, so only words sharing a form's start can match by stem.
  return termForms(word, 'any').some((f) => forms.has(f));
}

const snippetLength = 220;

export interface Matcher {
  isMatch: (word: string) => boolean;
  /** Words of a folded text that start like one of the forms: the only ones that can match. */
  candidates: RegExp;
}

/**
 * A word can only match a form if it starts like it: a prefix match starts
 * with the form, and a stem keeps the start of its word. Looking for those
 * starts first spares folding and stemming most words of a long text.
 */
export function matcher(forms: ReadonlySet<string>): Matcher {
  const starts = [...new Set([...forms].map((f) => f.slice(0, 2)))].map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return {
    isMatch: (word) => matches(word, forms),
    candidates: new RegExp(`(?<![\\p{L}\\p{N}])(?:${starts.join('|') || '(?!)'})[\\p{L}\\p{N}]*`, 'gu'),
  };
}

export function snippet({ text, folded }: SearchableText, { isMatch, candidates }: Matcher): Segment[] {
  let center = 0;
  if (folded) {
    for (const m of folded.matchAll(candidates)) {
      if (isMatch(text.slice(m.index, m.index + m[0].length))) {
        center = m.index;
        break;
      }
    }
  } else {
    const first = words(text).find((w) => isMatch(w.word));
    center = first?.start ?? 0;
  }
  let start = Math.max(0, center - snippetLength / 3);
  let end = Math.min(text.length, start + snippetLength);
  // Cut at word boundaries.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const segments: Segment[] = [];
  let cursor = start;
  const push = (s: string, match: boolean) => {
    if (!s) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += s;
    else segments.push({ text: s, match });
  };
  if (start > 0) push('… ', false);
  for (const w of words(text.slice(start, end))) {
    if (isMatch(w.word)) {
      push(text.slice(cursor, start + w.start), false);
      push(w.word, true);
      cursor = start + w.end;
    }
  }
  push(text.slice(cursor, end), false);
  if (end < text.length) push(' …', false);
  return segments;
}
