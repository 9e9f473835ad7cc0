import type { Locale } from '../i18n/locales';
import type { Kind, TagKind } from './schema';
import type { Block, InlineText } from './markdown';

export interface Source {
  readonly name: string;
  readonly url?: string;
  readonly issue?: string;
  readonly note?: string;
}

export interface Version {
  readonly slug: string;
  readonly locale: Locale;
  readonly title: string;
  readonly date: string;
  readonly kind: Kind;
  readonly tags: readonly string[];
  readonly sources: readonly Source[];
  /** Lead lines, rendered from inline Markdown. */
  readonly summary: readonly InlineText[];
  readonly translation?: { readonly from: Locale; readonly note?: string };
  /** Sanitised HTML of the body. */
  readonly html: string;
  readonly blocks: readonly Block[];
  /** Plain text of the body. */
  readonly text: string;
  readonly wordCount: number;
  /** Path of the source file, for error messages. */
  readonly file: string;
}

export interface Piece {
  readonly slug: string;
  readonly date: string;
  readonly kind: Kind;
  readonly tags: readonly string[];
  readonly versions: Readonly<Partial<Record<Locale, Version>>>;
  /** Locales this piece exists in, in the site's locale order. */
  readonly locales: readonly Locale[];
}

export interface Tag {
  readonly slug: string;
  readonly kind: TagKind;
  readonly labels: Readonly<Record<Locale, string>>;
  readonly aliases: readonly string[];
}
