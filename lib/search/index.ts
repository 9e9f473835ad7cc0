import MiniSearch, { type AsPlainObject, type Options, type Query, type SearchResult } from 'minisearch';
import type { ContentLibrary } from '../content/library';
import type { Tag, Version } from '../content/types';
import { locales, type Locale } from '../i18n/locales';
import { fold, isStopWord, termForms, words } from './text';

/** Longest query we look at; anything beyond is cut. */
export const maxQueryLength = 200;

interface Doc {
  id: string;
  locale: Locale;
  title: string;
  text: string;
  tags: string;
}

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
  hits: Hit[];
}

/** A tag as search needs it: labels for the cards, aliases to join spellings in queries. */
type SearchTag = Pick<Tag, 'slug' | 'labels' | 'aliases'>;

/** A version's card as the index file keeps it: the piece's tags by slug. */
export type StoredVersion = Omit<FoundVersion, 'tags'> & { tags: string[] };

/** The index as plain data, for the build to write: every tag, each version's card, and MiniSearch's own serialisation. */
export interface SearchIndexData {
  tags: SearchTag[];
  versions: StoredVersion[];
  miniSearch: AsPlainObject;
}

const fieldLocale = (field: string): Locale | 'any' => (field.startsWith('fr:') ? 'fr' : field.startsWith('en:') ? 'en' : 'any');

// MiniSearch serialises the index but not these functions: loading from a file must be given them again.
const options: Options<Doc> = {
  // Each field holds one language's versions only (tags too: labels of both
  // languages and aliases, indexed with each version), so that a query in one
  // language reads that language's postings and no others.
  fields: locales.flatMap((l) => [`${l}:title`, `${l}:text`, `${l}:tags`]),
  storeFields: [],
  extractField: (doc, field) => {
    if (!field.includes(':')) return doc[field as keyof Doc]; // the id
    const [locale, name] = field.split(':') as [Locale, keyof Doc];
    return locale === doc.locale ? doc[name] : '';
  },
  tokenize: (text) => words(text).map((w) => w.word),
  processTerm: (term, field) => (isStopWord(term) && !field?.endsWith('title') ? [] : termForms(term, fieldLocale(field ?? ''))),
  searchOptions: { boost: Object.fromEntries(locales.flatMap((l) => [[`${l}:title`, 3], [`${l}:tags`, 2]])), maxFuzzy: 1 },
};

interface Entry {
  version: FoundVersion;
  /** The text snippets are cut from: at hand when built, read from a file when loaded. */
  text: () => SearchableText;
}

/**
 * Full-text search over every version of every piece: built from the loader
 * (`build`), or read back from what the build wrote (`fromData`). Words are
 * folded (case, accents) and stemmed in their language; tag labels and aliases
 * are indexed with each piece, and a query word that is a tag alias also
 * searches the tag's other spellings.
 */
export class SearchIndex {
  /** Folded alias word → every folded spelling of that tag. */
  private readonly variants = new Map<string, string[]>();

  private constructor(
    private readonly search: MiniSearch<Doc>,
    private readonly tags: readonly SearchTag[],
    private readonly versions: ReadonlyMap<string, Entry>,
  ) {
    for (const tag of tags) this.addVariants(tag);
  }

  static build(library: ContentLibrary): SearchIndex {
    const versions = new Map<string, Entry>();
    const docs: Doc[] = [];
    for (const piece of library.pieces) {
      const tagText = piece.tags.flatMap((tag) => [...locales.map((l) => tag.labels[l]), ...tag.aliases]).join(' ');
      for (const locale of piece.locales) {
        const version = piece.versions[locale]!;
        const id = `${piece.slug}/${locale}`;
        const text = searchableText(version);
        const found = { slug: piece.slug, locale, kind: piece.kind, date: piece.date, title: version.title, summary: version.summary, tags: piece.tags };
        versions.set(id, { version: found, text: () => text });
        docs.push({ id, locale, title: version.title, text: text.text, tags: tagText });
      }
    }
    const search = new MiniSearch<Doc>(options);
    search.addAll(docs);
    return new SearchIndex(search, [...library.tags.values()], versions);
  }

  /** The index from the data `toData` gave, each version's text to be read on demand by its position there. */
  static fromData(data: SearchIndexData, textOf: (position: number) => SearchableText): SearchIndex {
    const tags = new Map(data.tags.map((tag) => [tag.slug, tag]));
    const versions = new Map<string, Entry>();
    data.versions.forEach(({ tags: slugs, ...card }, position) => {
      versions.set(`${card.slug}/${card.locale}`, { version: { ...card, tags: slugs.map((slug) => tags.get(slug)!) }, text: () => textOf(position) });
    });
    return new SearchIndex(MiniSearch.loadJS(data.miniSearch, options), data.tags, versions);
  }

  /** The index as plain data, and each version's text in the same order as `data.versions`. */
  toData(): { data: SearchIndexData; texts: SearchableText[] } {
    const entries = [...this.versions.values()];
    return {
      data: {
        tags: this.tags.map(({ slug, labels, aliases }) => ({ slug, labels, aliases })),
        versions: entries.map(({ version }) => ({ ...version, tags: version.tags.map((tag) => tag.slug) })),
        miniSearch: this.search.toJSON(),
      },
      texts: entries.map(({ text }) => text()),
    };
  }

  /** One query as a reader's, so that the first reader's does not wait for the search code to be compiled. */
  warmUp(): void {
    const [first] = this.versions.values();
    if (first) this.query(first.version.title, first.version.locale);
  }

  private addVariants(tag: SearchTag) {
    // Only words that name the tag on their own ("tokaiev"), not shared ones ("kassym").
    const names = [...new Set(tag.aliases.filter((a) => words(a).length === 1).map((a) => fold(a)))];
    for (const name of names) this.variants.set(name, [...new Set([...(this.variants.get(name) ?? []), ...names])]);
  }

  /**
   * Every query word (any of its spellings) in the versions of `language`:
   * its title, text or tags, under its stem in that language. Only the last
   * word may be one being typed: it alone matches as a prefix.
   */
  private tree(expanded: string[][], language: Locale, forgiving: boolean): Query {
    const last = expanded.length - 1;
    return {
      combineWith: 'AND',
      queries: expanded.map((spellings, i) => ({
        combineWith: 'OR',
        queries: spellings,
        fields: [`${language}:title`, `${language}:text`, `${language}:tags`],
        // A whole word is found through its stem alone (every form of a word
        // is indexed under its stem too); the last needs itself as well, for
        // words being typed ("gouvernem" is no stem's prefix, but "gouvernement"'s).
        processTerm: i === last ? (term: string) => termForms(term, language) : (term: string) => termForms(term, language).slice(-1),
        prefix: i === last ? (term: string) => term.length >= 3 : false,
        fuzzy: forgiving ? (term: string) => (term.length >= 6 ? 0.2 : false) : false,
      })),
    };
  }

  /** Results in the reader's language first, each group by relevance. */
  query(raw: string, locale: Locale, limit = 20): SearchOutcome {
    const trimmed = raw.replace(/\s+/g, ' ').trim();
    const query = trimmed.slice(0, maxQueryLength);
    const all = words(query).map((w) => w.word);
    const meaningful = all.filter((w) => !isStopWord(w));
    const terms = (meaningful.length > 0 ? meaningful : all).slice(0, 12);
    if (terms.length === 0) return { query, truncated: trimmed.length > maxQueryLength, hits: [] };
    const expanded = terms.map((term) => this.variants.get(fold(term)) ?? [term]);
    const match = matcher(new Set(expanded.flat().flatMap((t) => termForms(t, 'any'))));
    // The reader's language first, the other only to fill the page: each
    // looked up in its own fields under its own stems, which at 5,000 pieces
    // scores a quarter of the postings a query of every field under both
    // stems did. Typos are forgiven only when nothing matches as written.
    const found: SearchResult[] = [];
    for (const language of [locale, ...locales.filter((l) => l !== locale)]) {
      if (found.length >= limit) break;
      let results = this.search.search(this.tree(expanded, language, false));
      if (results.length === 0) results = this.search.search(this.tree(expanded, language, true));
      found.push(...results.slice(0, limit - found.length));
    }
    const hits = found.map((r) => {
      const { version, text } = this.versions.get(r.id as string)!;
      return { version, score: r.score, snippet: snippet(text(), match) };
    });
    return { query, truncated: trimmed.length > maxQueryLength, hits };
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
