import fs from 'node:fs';
import path from 'node:path';
import { buildOutput } from '../build/output';
import { locales, type Locale } from '../i18n/locales';
import { SearchIndex, type SearchableText, type SearchIndexData } from './index';
import type { PostingsData } from './postings';

/**
 * The search index as `npm run build` leaves it, in three files:
 * - `search-index.json`, read when the server starts: every tag with what
 *   its card shows (kind, description, number of pieces), each version's
 *   card and where its text lies in the texts file, each language's terms
 *   and the length of its postings' arrays;
 * - `search-postings.bin`, those arrays one after the other, as the server
 *   holds them (4-byte numbers, this machine's byte order): read in one go and
 *   used where they lie, with nothing to parse;
 * - `search-texts.txt`, each version's plain text and its folded form (UTF-8),
 *   read one version at a time to cut a result's snippet: holding every text
 *   would cost a server 150 MB more at 5,000 pieces.
 */
export function searchIndexFiles(dir = buildOutput().search) {
  return {
    index: path.join(dir, 'search-index.json'),
    postings: path.join(dir, 'search-postings.bin'),
    texts: path.join(dir, 'search-texts.txt'),
  };
}

/** Changed with the files' layout, so that a server refuses files written by another version of the site. */
const format = 4;

/** Where a version's text lies in the texts file: offset, length of the text, length of its folded form (-1: none), in bytes. */
type TextRange = [offset: number, textBytes: number, foldedBytes: number];

/** A language's postings in the header: its terms, and how many numbers each of its arrays holds in the postings file. */
interface PostingsHeader {
  terms: string[];
  offsets: number;
  postings: number;
}

interface Header extends Omit<SearchIndexData, 'postings'> {
  format: typeof format;
  postings: Record<Locale, PostingsHeader>;
  texts: TextRange[];
}

export function writeSearchIndex(index: SearchIndex, dir?: string): void {
  const files = searchIndexFiles(dir);
  const {
    data: { postings, ...data },
    texts,
  } = index.toData();
  const ranges: TextRange[] = [];
  const out = fs.openSync(files.texts, 'w');
  try {
    let offset = 0;
    for (const { text, folded } of texts) {
      const bytes = Buffer.from(text);
      const foldedBytes = folded === null ? null : Buffer.from(folded);
      fs.writeSync(out, bytes);
      if (foldedBytes) fs.writeSync(out, foldedBytes);
      ranges.push([offset, bytes.length, foldedBytes?.length ?? -1]);
      offset += bytes.length + (foldedBytes?.length ?? 0);
    }
  } finally {
    fs.closeSync(out);
  }
  const arrays = locales.flatMap((l) => [postings[l].offsets, postings[l].docs, postings[l].impacts]);
  fs.writeFileSync(files.postings, Buffer.concat(arrays.map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength))));
  const header: Header = {
    format,
    ...data,
    postings: Object.fromEntries(
      locales.map((l) => [l, { terms: postings[l].terms, offsets: postings[l].offsets.length, postings: postings[l].docs.length }]),
    ) as Record<Locale, PostingsHeader>,
    texts: ranges,
  };
  fs.writeFileSync(files.index, JSON.stringify(header));
}

/** The index the build wrote; throws, naming the file and the command that writes it, when it cannot be read. */
export function readSearchIndex(dir?: string): SearchIndex {
  const files = searchIndexFiles(dir);
  try {
    return load(files);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`Search cannot answer: its index cannot be read (${why}). Build the site with \`npm run build\`, which writes it.`);
  }
}

function load(files: ReturnType<typeof searchIndexFiles>): SearchIndex {
  let header: Header;
  try {
    header = JSON.parse(fs.readFileSync(files.index, 'utf8')) as Header;
    if (header.format !== format) throw new Error(`format ${JSON.stringify(header.format)}, this server reads format ${format}`);
  } catch (error) {
    throw named(files.index, error);
  }
  const { tags, versions, postings: sizes, texts: ranges } = header;
  const postings = readPostings(files.postings, sizes);
  const texts = fs.openSync(files.texts, 'r');
  return SearchIndex.fromData({ tags, versions, postings }, (position) => readText(texts, ranges[position]!));
}

/** An error about a file that does not name it (a parse error), with the file's name. */
function named(file: string, error: unknown): unknown {
  return error instanceof Error && !('code' in error) ? new Error(`${file}: ${error.message}`) : error;
}

function readPostings(file: string, sizes: Record<Locale, PostingsHeader>): Record<Locale, PostingsData> {
  const read = fs.readFileSync(file);
  // Typed arrays over it must start at a multiple of 4: a buffer of its own if it does not.
  const bytes = read.byteOffset % 4 === 0 ? read : new Uint8Array(read);
  const expected = locales.reduce((sum, l) => sum + 4 * (sizes[l].offsets + 2 * sizes[l].postings), 0);
  if (bytes.length !== expected) throw new Error(`${file}: ${bytes.length} bytes where the index expects ${expected}`);
  let at = bytes.byteOffset;
  const take = <T>(View: new (buffer: ArrayBuffer, offset: number, length: number) => T, length: number): T => {
    const array = new View(bytes.buffer as ArrayBuffer, at, length);
    at += 4 * length;
    return array;
  };
  return Object.fromEntries(
    locales.map((l) => [l, { terms: sizes[l].terms, offsets: take(Uint32Array, sizes[l].offsets), docs: take(Uint32Array, sizes[l].postings), impacts: take(Float32Array, sizes[l].postings) }]),
  ) as Record<Locale, PostingsData>;
}

function readText(file: number, [offset, textBytes, foldedBytes]: TextRange): SearchableText {
  const bytes = Buffer.allocUnsafe(textBytes + Math.max(foldedBytes, 0));
  fs.readSync(file, bytes, 0, bytes.length, offset);
  return { text: bytes.toString('utf8', 0, textBytes), folded: foldedBytes < 0 ? null : bytes.toString('utf8', textBytes) };
}
