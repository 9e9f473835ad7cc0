import path from 'node:path';
import { locales, type Locale } from '../i18n/locales';
import { checkVersionsAgree } from './consistency';
import { ContentError, Problems } from './problems';
import { settleProvenance } from './provenance';
import { listPieces, readTags, readVersion, type ReadVersion } from './read';
import { rankRelated, type Related } from './related';
import type { Body, Piece, Tag, Version } from './types';

/** A piece as shown in one locale: its version in that locale, or the one it has. */
export interface LocalizedPiece {
  readonly piece: Piece;
  /** The version in the requested locale, or the one that exists when it has none. */
  readonly version: Version;
  /** True when `version` is in the other language. */
  readonly fallback: boolean;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * The library as plain data, tags named by slug and each body as `B`: what a
 * build writes once for its workers and its server to read (see snapshot.ts).
 */
export interface LibrarySnapshot<B> {
  readonly tags: readonly Tag[];
  readonly pieces: readonly (Omit<Piece, 'tags' | 'versions'> & {
    tags: readonly string[];
    versions: Partial<Record<Locale, Omit<Version, 'tags' | 'body'> & { tags: readonly string[]; body: B }>>;
  })[];
}

export class ContentLibrary {
  readonly pieces: readonly Piece[];
  readonly tags: ReadonlyMap<string, Tag>;
  private readonly bySlug: ReadonlyMap<string, Piece>;
  private readonly byTag: ReadonlyMap<string, readonly Piece[]>;
  private readonly byMonth: ReadonlyMap<string, readonly Piece[]>;

  private constructor(
    pieces: Piece[],
    tags: ReadonlyMap<string, Tag>,
    /** What an editor should act on though the site builds (check:content prints it; `--strict` fails on it). */
    readonly warnings: readonly string[] = [],
  ) {
    pieces.sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
    this.pieces = deepFreeze(pieces);
    this.tags = tags;
    deepFreeze([...tags.values()]);
    this.bySlug = new Map(pieces.map((p) => [p.slug, p]));
    const byTag = new Map<string, Piece[]>([...tags.keys()].map((t) => [t, []]));
    for (const piece of pieces) for (const tag of piece.tags) byTag.get(tag.slug)!.push(piece);
    this.byTag = byTag;
    const byMonth = new Map<string, Piece[]>();
    for (const piece of pieces) {
      const month = piece.date.slice(0, 7);
      const list = byMonth.get(month);
      if (list) list.push(piece);
      else byMonth.set(month, [piece]);
    }
    this.byMonth = byMonth;
  }

  /** Reads, validates and renders everything under `dir`; throws a ContentError listing every problem. */
  static load(dir: string): ContentLibrary {
    const problems = new Problems();
    const tags = readTags(dir, problems);
    const pieces: Piece[] = [];
    for (const { slug, dir: pieceDir, files } of listPieces(dir, problems)) {
      const read: ReadVersion[] = [];
      for (const locale of locales) {
        const file = files.get(locale);
        if (!file) continue;
        const version = readVersion(slug, locale, file, tags, problems);
        if (version) read.push(version);
      }
      if (read.length !== files.size) continue;
      if (!checkVersionsAgree(path.relative(process.cwd(), pieceDir) || pieceDir, read.map((r) => r.version), problems)) continue;
      const versions = settleProvenance(read, problems);
      if (!versions) continue;
      const [first] = versions as [Version, ...Version[]];
      pieces.push({
        slug,
        date: first.date,
        kind: first.kind,
        tags: first.tags,
        versions: Object.fromEntries(versions.map((v) => [v.locale, v])),
        locales: versions.map((v) => v.locale),
      });
    }
    if (!problems.empty) throw new ContentError(problems.lines);
    return new ContentLibrary(pieces, tags, problems.warnings);
  }

  /** The library as plain data, each body given to `store`, which says where it put it. */
  toSnapshot<B>(store: (body: Body) => B): LibrarySnapshot<B> {
    const slugs = (tags: readonly Tag[]) => tags.map((t) => t.slug);
    return {
      tags: [...this.tags.values()],
      pieces: this.pieces.map((piece) => ({
        ...piece,
        tags: slugs(piece.tags),
        versions: Object.fromEntries(
          Object.entries(piece.versions).map(([locale, version]) => [locale, { ...version, tags: slugs(version.tags), body: store(version.body()) }]),
        ),
      })),
    };
  }

  /**
   * A library from a snapshot of one that was loaded and validated, with every
   * tag one shared object again; a version's body is fetched by `load` each
   * time it is asked for.
   */
  static fromSnapshot<B>(snapshot: LibrarySnapshot<B>, load: (stored: B) => Body): ContentLibrary {
    const tags = new Map(snapshot.tags.map((tag) => [tag.slug, tag]));
    const resolve = (slugs: readonly string[]) => slugs.map((slug) => tags.get(slug)!);
    const pieces = snapshot.pieces.map((piece) => ({
      ...piece,
      tags: resolve(piece.tags),
      versions: Object.fromEntries(
        Object.entries(piece.versions).map(([locale, { body, ...version }]) => [locale, { ...version, tags: resolve(version.tags), body: () => load(body) }]),
      ),
    }));
    return new ContentLibrary(pieces, tags);
  }

  piece(slug: string): Piece | undefined {
    return this.bySlug.get(slug);
  }

  /** The piece in `locale`, or in the language it exists in. */
  listing(piece: Piece, locale: Locale): LocalizedPiece {
    const own = piece.versions[locale];
    if (own) return { piece, version: own, fallback: false };
    const other = piece.versions[piece.locales[0]!]!;
    return { piece, version: other, fallback: true };
  }

  /** Every piece, newest first, each in `locale` where it exists. */
  list(locale: Locale): LocalizedPiece[] {
    return this.pieces.map((p) => this.listing(p, locale));
  }

  article(slug: string, locale: Locale): LocalizedPiece | undefined {
    const piece = this.bySlug.get(slug);
    return piece && this.listing(piece, locale);
  }

  /** Pieces that exist in every locale: the ones with a side-by-side view. */
  bilingual(): Piece[] {
    return this.pieces.filter((p) => p.locales.length === locales.length);
  }

  tag(slug: string): Tag | undefined {
    return this.tags.get(slug);
  }

  /** Tags carried by at least one piece, in tags.yaml order: the ones that have a page. */
  usedTags(): Tag[] {
    return [...this.tags.values()].filter((tag) => this.byTag.get(tag.slug)!.length > 0);
  }

  /** Pieces carrying the tag, newest first. */
  tagged(tag: string): readonly Piece[] {
    return this.byTag.get(tag) ?? [];
  }

  /** Months that have pieces, newest first, as `YYYY-MM` with their pieces (newest first). */
  months(): { month: string; pieces: readonly Piece[] }[] {
    return [...this.byMonth].map(([month, pieces]) => ({ month, pieces }));
  }

  /** Pieces published in `YYYY-MM`, newest first. */
  inMonth(month: string): readonly Piece[] {
    return this.byMonth.get(month) ?? [];
  }

  related(slug: string, limit = 5): Related[] {
    const piece = this.bySlug.get(slug);
    return piece ? rankRelated(piece, this.byTag, this.pieces.length, limit) : [];
  }
}
