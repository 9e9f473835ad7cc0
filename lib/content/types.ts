import type { z } from 'zod';
import type { Locale } from '../i18n/locales';
import type { Block, InlineText } from './markdown';
import type { correctionKinds, frontMatterSchema, PassageOrigin, sourceSchema, tagEntrySchema } from './schema';

type FrontMatter = z.infer<typeof frontMatterSchema>;

export type Source = Readonly<z.infer<typeof sourceSchema>>;

/**
 * What a version that is a translation says of itself, as the loader leaves it:
 * instead of the fingerprints it was signed with, the passages of the original
 * changed since (`behind`, absent when it was never signed).
 */
export type Translation = Readonly<Omit<NonNullable<FrontMatter['translation']>, 'signed' | 'passages'>> & {
  /** Origin of passages by key (`title`, `lead-1`, `p-3`); a passage not named is `ours`. */
  readonly passages?: Readonly<Record<string, PassageOrigin>>;
  /** Keys of the original's passages changed since the translation was signed, in reading order. */
  readonly behind?: readonly string[];
};

export interface Correction {
  readonly date: string;
  readonly kind: (typeof correctionKinds)[number];
  readonly text: InlineText;
}

/**
 * A tag of tags.yaml, as the loader resolves it: pieces carry these, never bare
 * slugs. Its optional `description` is rendered like a lead line, in both
 * languages or not at all (`tag.description?.[locale].html`); its optional
 * `dates` are `YYYY`, `YYYY-MM` or `YYYY-MM-DD` strings, the ones its kind allows.
 */
export type Tag = Readonly<z.infer<typeof tagEntrySchema>> & { readonly slug: string };

/** One language version of a piece: its front-matter, validated, with tags resolved and the Markdown rendered. */
export type Version = Readonly<Pick<FrontMatter, 'title' | 'date' | 'kind'>> & {
  readonly slug: string;
  readonly locale: Locale;
  readonly tags: readonly Tag[];
  readonly sources: readonly Source[];
  /** Lead lines, rendered from inline Markdown. */
  readonly summary: readonly InlineText[];
  /** Who wrote it: names, or `newsroom`. */
  readonly authors?: readonly string[];
  readonly translation?: Translation;
  /** Corrections and updates, oldest first, each paired with one of the same date in every other version. */
  readonly corrections: readonly Correction[];
  /**
   * The rendered body. A library read from a build's snapshot reads it from
   * disk on each call, so that neither a build worker nor the server holds
   * every body at once (at 5,000 pieces, 200 MB of the 214 MB a library takes).
   */
  readonly body: () => Body;
  readonly wordCount: number;
  /** Path of the source file, for error messages. */
  readonly file: string;
};

export interface Body {
  /** Sanitised HTML of the body. */
  readonly html: string;
  readonly blocks: readonly Block[];
  /** Plain text of the body. */
  readonly text: string;
  /**
   * The lead lines' HTML with mentions linked, for the article and
   * side-by-side pages; `summary` stays without links, for lists, cards and feeds.
   */
  readonly lead: readonly string[];
  /** Slugs of the tags whose first mention is linked, in lead and body, in reading order. */
  readonly mentions: readonly string[];
}

export interface Piece {
  readonly slug: string;
  readonly date: string;
  readonly kind: Version['kind'];
  readonly tags: readonly Tag[];
  readonly versions: Readonly<Partial<Record<Locale, Version>>>;
  /** Locales this piece exists in, in the site's locale order. */
  readonly locales: readonly Locale[];
}
