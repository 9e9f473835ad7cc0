import type { Tag } from '../content/types';
import { locales } from '../i18n/locales';
import { fold, isStopWord, words } from './text';

/**
 * A tag as search keeps it: labels for the result cards, aliases to join
 * spellings in queries, and what the tag's own card shows (kind, description,
 * number of pieces), since a production server has nothing but the index.
 */
export type SearchTag = Pick<Tag, 'slug' | 'kind' | 'labels' | 'aliases' | 'description'> & {
  /** How many pieces carry the tag; a tag no piece carries has no page to lead to. */
  readonly pieces: number;
};

/**
 * The words that make a name or a query, folded (case, accents) and each
 * once, without stop words unless there is nothing else: "Fédération de
 * Russie" is "federation russie", but "US" stays "us" (an English stop word).
 */
export function nameWords(text: string): string[] {
  const all = [...new Set(words(text).map((w) => fold(w.word)))];
  const meaningful = all.filter((w) => !isStopWord(w));
  return meaningful.length > 0 ? meaningful : all;
}

const key = (nameWords: readonly string[]) => [...nameWords].sort().join(' ');

function add<K, V>(map: Map<K, V[]>, k: K, value: V): void {
  const list = map.get(k);
  if (!list) map.set(k, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * Finds the tags a query names, to show their cards above the pieces: people,
 * places and organisations (a topic's name is an ordinary word, "sanctions",
 * that a reader searches the texts for).
 *
 * A query names a tag when its words are those of one of the tag's names (a
 * label or an alias, in any order: "Kassym-Jomart Tokaïev"), or some of them
 * as long as one of its words names the tag on its own ("Tokayev", "Kassym
 * Tokayev"). So a first name alone ("Kassym"), a word a name shares with
 * others ("république", "organisation"), or a name among other words
 * ("Tokayev sanctions") is not a tag's name.
 */
export class TagNames {
  /** Every word of a name, sorted → the tags of that name. */
  private readonly whole = new Map<string, SearchTag[]>();
  /** A word that is a name on its own → the tags it names, each with the word sets of all its names. */
  private readonly single = new Map<string, { tag: SearchTag; names: ReadonlySet<string>[] }[]>();

  constructor(tags: readonly SearchTag[]) {
    for (const tag of tags) {
      if (tag.kind === 'topic' || tag.pieces === 0) continue;
      const names = [...locales.map((l) => tag.labels[l]), ...tag.aliases].map(nameWords).filter((n) => n.length > 0);
      const entry = { tag, names: names.map((n) => new Set(n)) };
      for (const name of names) {
        add(this.whole, key(name), tag);
        if (name.length === 1 && !this.single.get(name[0]!)?.some((e) => e.tag === tag)) add(this.single, name[0]!, entry);
      }
    }
  }

  /** The tags `query` names, those with the most pieces first. */
  named(query: string): SearchTag[] {
    const asked = nameWords(query);
    if (asked.length === 0) return [];
    const found = new Set(this.whole.get(key(asked)));
    for (const word of asked) {
      for (const { tag, names } of this.single.get(word) ?? []) {
        if (names.some((name) => asked.every((w) => name.has(w)))) found.add(tag);
      }
    }
    return [...found].sort((a, b) => b.pieces - a.pieces || a.slug.localeCompare(b.slug));
  }
}
