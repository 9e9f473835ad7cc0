import type { Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Locale } from '../i18n/locales';
import { paths } from '../paths';
import type { TagKind } from './schema';
import type { Tag } from './types';

/**
 * Kinds of tag linked where a piece names them. Topics are left out: their
 * labels and aliases are common nouns ("sanctions", "émeutes", "monde",
 * "diplomatie") that a text uses in passing, so links on them would sprinkle
 * everyday words, and a topic has no description to put on a card.
 */
export const mentionedKinds: ReadonlySet<TagKind> = new Set(['person', 'place', 'organisation']);

/**
 * The id of a mention's card on a page. The language is part of it because the
 * side-by-side view shows both versions, each with its own cards.
 */
export const mentionCardId = (locale: Locale, slug: string) => `mention-${locale}-${slug}`;

/** Links, code and headings are left as written; so are raw HTML and footnotes. */
const untouched = new Set(['link', 'linkReference', 'heading', 'code', 'inlineCode', 'html', 'definition', 'footnoteDefinition', 'footnoteReference', 'image', 'imageReference', 'yaml']);

/**
 * Text folded for matching, with, for each of its UTF-16 units, where it came
 * from in the original: accents dropped, spaces collapsed, typographic
 * apostrophes and hyphens made plain. `lower` is `text` in lower case, unit
 * for unit, so that both share the map.
 */
interface Folded {
  text: string;
  lower: string;
  /** Start and end (exclusive) in the original of each unit of `text`. */
  from: number[];
  to: number[];
}

const spaces = /\s/u;
const marks = /\p{M}/gu;
const apostrophes = /[’‘ʼ′]/u;
const hyphens = /[\u2010\u2011]/u;

function fold(original: string): Folded {
  let text = '';
  let lower = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const char of original) {
    const start = at;
    at += char.length;
    const code = char.charCodeAt(0);
    // Most of a text is plain ASCII, which folds to itself: no tests to run.
    if (code > 32 && code < 127) {
      text += char;
      lower += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
      from.push(start);
      to.push(at);
      continue;
    }
    if (spaces.test(char)) {
      // A soft line break or a no-break space inside a name is still the name.
      if (text.endsWith(' ')) {
        to[to.length - 1] = at;
        continue;
      }
      text += ' ';
      lower += ' ';
      from.push(start);
      to.push(at);
      continue;
    }
    const plain = apostrophes.test(char) ? "'" : hyphens.test(char) ? '-' : char.normalize('NFD').replace(marks, '');
    for (const unit of plain) {
      const small = unit.toLowerCase();
      text += unit;
      // Lower-casing may change the length ("İ"): such a unit keeps its case.
      lower += small.length === unit.length ? small : unit;
      for (let i = 0; i < unit.length; i++) {
        from.push(start);
        to.push(at);
      }
    }
  }
  return { text, lower, from, to };
}

const wordChar = /[\p{L}\p{N}]/u;

interface Term {
  slug: string;
  /** Folded, lower case unless `exact`. */
  pattern: string;
  /**
   * Acronyms (an alias written in capitals: "US", "OTSC") match only in
   * capitals, or "us" in "told us" would be the United States.
   */
  exact: boolean;
}

function termsOf(tags: readonly Tag[]): Term[] {
  const terms = new Map<string, Term>();
  for (const tag of tags) {
    if (!mentionedKinds.has(tag.kind)) continue;
    for (const name of [tag.labels.fr, tag.labels.en, ...tag.aliases]) {
      const { text, lower } = fold(name.trim());
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      const exact = text === text.toUpperCase() && text !== lower;
      const pattern = exact ? text : lower;
      const key = `${exact ? '=' : '~'}${pattern}`;
      // Two tags claiming the same spelling: the first in the piece's list keeps it.
      if (!terms.has(key)) terms.set(key, { slug: tag.slug, pattern, exact });
    }
  }
  return [...terms.values()];
}

/**
 * The people, places and organisations of the registry that `text` names,
 * by any of their labels or aliases, as mentions find them. The sentence
 * aligner (lib/align/) takes them as anchors: a name is the same tag in
 * both languages however each spells it.
 */
export function tagNamer(tags: readonly Tag[]): (text: string) => Set<string> {
  const terms = termsOf(tags);
  return (text) => new Set(occurrences(fold(text), terms).map((match) => match.slug));
}

interface Match {
  slug: string;
  start: number;
  end: number;
}

/** Every whole-word occurrence of every term, in the folded text. */
function occurrences(folded: Folded, terms: readonly Term[]): Match[] {
  const matches: Match[] = [];
  for (const term of terms) {
    const haystack = term.exact ? folded.text : folded.lower;
    for (let at = haystack.indexOf(term.pattern); at !== -1; at = haystack.indexOf(term.pattern, at + 1)) {
      const end = at + term.pattern.length;
      const before = haystack[at - 1];
      const after = haystack[end];
      if ((before !== undefined && wordChar.test(before)) || (after !== undefined && wordChar.test(after))) continue;
      matches.push({ slug: term.slug, start: at, end });
    }
  }
  // Leftmost first, and at one place the longest: "Kassym-Jomart Tokaïev" before "Kassym-Jomart".
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Links the first mention of each of a piece's tags to the tag's page, in the
 * Markdown tree of one version, before it becomes HTML. One linker serves a
 * version: its lead lines first, then its body, so that a tag named in the
 * lead is linked there and not again in the text.
 */
export class MentionLinker {
  private readonly terms: readonly Term[];
  /** How many tags can be linked at all: once all are, the rest of the text is left alone. */
  private readonly linkable: number;
  private readonly done = new Set<string>();
  private readonly order: string[] = [];

  constructor(
    tags: readonly Tag[],
    private readonly locale: Locale,
  ) {
    this.terms = termsOf(tags);
    this.linkable = new Set(this.terms.map((t) => t.slug)).size;
  }

  /** Slugs of the tags linked so far, in the order of their first mention. */
  get linked(): readonly string[] {
    return [...this.order];
  }

  /** Links, in place, the first mention of every tag not linked yet. */
  link(tree: Root): void {
    if (this.done.size < this.linkable) this.visit(tree);
  }

  private visit(parent: Parent): void {
    const children: RootContent[] = [];
    for (const child of parent.children) {
      if (child.type === 'text') children.push(...this.split(child));
      else {
        if (!untouched.has(child.type) && 'children' in child) this.visit(child);
        children.push(child);
      }
    }
    parent.children = children as typeof parent.children;
  }

  /** A text node as text and links: each occurrence is taken or skipped whole, so no mention sits inside another. */
  private split(node: Text): PhrasingContent[] {
    const folded = fold(node.value);
    const out: PhrasingContent[] = [];
    let taken = 0;
    let cursor = 0;
    for (const match of occurrences(folded, this.terms)) {
      if (match.start < taken) continue;
      taken = match.end;
      // A later mention of a linked tag still holds its place: what it contains is not another mention.
      if (this.done.has(match.slug)) continue;
      this.done.add(match.slug);
      this.order.push(match.slug);
      const start = folded.from[match.start]!;
      const end = folded.to[match.end - 1]!;
      if (start > cursor) out.push({ type: 'text', value: node.value.slice(cursor, start) });
      out.push(this.linkTo(match.slug, node.value.slice(start, end)));
      cursor = end;
    }
    if (cursor === 0) return [node];
    if (cursor < node.value.length) out.push({ type: 'text', value: node.value.slice(cursor) });
    return out;
  }

  private linkTo(slug: string, value: string): Link {
    return {
      type: 'link',
      url: paths.tag(this.locale, slug),
      children: [{ type: 'text', value }],
      data: { hProperties: { dataMention: mentionCardId(this.locale, slug) } },
    };
  }
}
