import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { ContentLibrary } from '../content/library';
import type { Piece, Tag, Version } from '../content/types';
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

export interface Hit {
  piece: Piece;
  version: Version;
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

const fieldLocale = (field: string): Locale | 'any' => (field.startsWith('fr:') ? 'fr' : field.startsWith('en:') ? 'en' : 'any');

/**
 * Full-text search over every version of every piece, built once from the
 * loader. Words are folded (case, accents) and stemmed in their language; tag
 * labels and aliases are indexed with each piece, and a query word that is a
 * tag alias also searches the tag's other spellings.
 */
export class SearchIndex {
  private readonly search: MiniSearch<Doc>;
  private readonly versions = new Map<string, { piece: Piece; version: Version; text: SearchableText }>();
  /** Folded alias word → every folded spelling of that tag. */
  private readonly variants = new Map<string, string[]>();

  constructor(library: ContentLibrary) {
    this.search = new MiniSearch<Doc>({
      fields: ['fr:title', 'fr:text', 'en:title', 'en:text', 'tags'],
      storeFields: [],
      extractField: (doc, field) => {
        const [locale, name] = field.includes(':') ? field.split(':') : [undefined, field];
        if (locale && locale !== doc.locale) return '';
        return doc[name as keyof Doc] as string;
      },
      tokenize: (text) => words(text).map((w) => w.word),
      processTerm: (term, field) => (isStopWord(term) && !field?.endsWith('title') ? [] : termForms(term, fieldLocale(field ?? ''))),
      searchOptions: {
        boost: { 'fr:title': 3, 'en:title': 3, tags: 2 },
        fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
        maxFuzzy: 1,
        processTerm: (term) => termForms(term, 'any'),
      },
    });
    for (const tag of library.tags.values()) this.addVariants(tag);
    const docs: Doc[] = [];
    for (const piece of library.pieces) {
      const tagText = piece.tags.flatMap((tag) => [...locales.map((l) => tag.labels[l]), ...tag.aliases]).join(' ');
      for (const locale of piece.locales) {
        const version = piece.versions[locale]!;
        const id = `${piece.slug}/${locale}`;
        const text = searchableText(version);
        this.versions.set(id, { piece, version, text });
        docs.push({ id, locale, title: version.title, text: text.text, tags: tagText });
      }
    }
    this.search.addAll(docs);
  }

  private addVariants(tag: Tag) {
    // Only words that name the tag on their own ("tokaiev"), not shared ones ("kassym").
    const names = [...new Set(tag.aliases.filter((a) => words(a).length === 1).map((a) => fold(a)))];
    for (const name of names) this.variants.set(name, [...new Set([...(this.variants.get(name) ?? []), ...names])]);
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
    // Only the last word may be one being typed: it alone matches as a prefix.
    const tree: Query = {
      combineWith: 'AND',
      queries: expanded.map((spellings, i) => ({
        combineWith: 'OR',
        queries: spellings,
        prefix: i === expanded.length - 1 ? (term: string) => term.length >= 3 : false,
      })),
    };
    const results: SearchResult[] = this.search.search(tree);
    const match = matcher(new Set(expanded.flat().flatMap((t) => termForms(t, 'any'))));
    // Results come best first; keep that order within each language, the reader's first.
    const own = results.filter((r) => (r.id as string).endsWith(`/${locale}`));
    const others = own.length >= limit ? [] : results.filter((r) => !(r.id as string).endsWith(`/${locale}`));
    const hits = [...own, ...others].slice(0, limit).map((r) => {
      const { piece, version, text } = this.versions.get(r.id as string)!;
      return { piece, version, score: r.score, snippet: snippet(text, match) };
    });
    return { query, truncated: trimmed.length > maxQueryLength, hits };
  }
}

/** A version's text, and the same folded (case, accents) when folding keeps every offset, for fast scanning. */
export interface SearchableText {
  text: string;
  folded: string | null;
}

export function searchableText(version: Pick<Version, 'summary' | 'text'>): SearchableText {
  const text = [...version.summary.map((s) => s.text), version.text].join(' ');
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
