import fs from 'node:fs';
import path from 'node:path';
import type { AsPlainObject } from 'minisearch';
import { SearchIndex, type SearchableText, type SearchIndexData } from './index';

/**
 * The search index as `npm run build` leaves it, in two files:
 * - `search-index.ndjson`, read when the server starts: a first line with every
 *   tag, each version's card and where its text lies in the other file, then
 *   MiniSearch's index, one term a line;
 * - `search-texts.txt`, each version's plain text and its folded form (UTF-8),
 *   read one version at a time to cut a result's snippet: holding every text
 *   would cost a server 150 MB more at 5,000 pieces.
 */
export function searchIndexFiles(dir = path.join(process.cwd(), '.next')) {
  return { index: path.join(dir, 'search-index.ndjson'), texts: path.join(dir, 'search-texts.txt') };
}

/** Changed with the files' layout, so that a server refuses files written by another version of the site. */
const format = 2;

/** Where a version's text lies in the texts file: offset, length of the text, length of its folded form (-1: none), in bytes. */
type TextRange = [offset: number, textBytes: number, foldedBytes: number];

interface Header extends Omit<SearchIndexData, 'miniSearch'> {
  format: typeof format;
  miniSearch: Omit<AsPlainObject, 'index'>;
  texts: TextRange[];
}

// `turbopackIgnore` on the calls below: the files are the build's output, not
// sources for Turbopack to trace into the server's bundle.

export function writeSearchIndex(index: SearchIndex, dir?: string): void {
  const files = searchIndexFiles(dir);
  const {
    data: {
      miniSearch: { index: terms, ...miniSearch },
      ...data
    },
    texts,
  } = index.toData();
  const ranges: TextRange[] = [];
  const out = fs.openSync(/* turbopackIgnore: true */ files.texts, 'w');
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
  const header: Header = { format, ...data, miniSearch, texts: ranges };
  fs.writeFileSync(/* turbopackIgnore: true */ files.index, [header, ...terms].map((line) => JSON.stringify(line)).join('\n'));
}

/** The index the build wrote; throws, naming the file and the command that writes it, when it cannot be read. */
export function readSearchIndex(dir?: string): SearchIndex {
  const files = searchIndexFiles(dir);
  try {
    return load(files);
  } catch (error) {
    // The file system names the file it could not open; a parse error does not.
    const why = error instanceof Error && 'code' in error ? error.message : `${files.index}: ${error instanceof Error ? error.message : String(error)}`;
    throw new Error(`Search cannot answer: its index cannot be read (${why}). Build the site with \`npm run build\`, which writes it.`);
  }
}

function load(files: ReturnType<typeof searchIndexFiles>): SearchIndex {
  const lines = fs.readFileSync(/* turbopackIgnore: true */ files.index);
  const headerEnd = lineEnd(lines, 0);
  const { format: found, miniSearch, texts: ranges, ...data } = JSON.parse(lines.toString('utf8', 0, headerEnd)) as Header;
  if (found !== format) throw new Error(`format ${JSON.stringify(found)}, this server reads format ${format}`);
  const texts = fs.openSync(/* turbopackIgnore: true */ files.texts, 'r');
  try {
    // MiniSearch.loadJS only iterates over the terms: decoded and parsed one at a
    // time, they are never all held at once next to the index built from them,
    // which would nearly double the heap a server needs to start.
    const terms = termLines(lines, headerEnd + 1) as unknown as AsPlainObject['index'];
    return SearchIndex.fromData({ ...data, miniSearch: { ...miniSearch, index: terms } }, (position) => readText(texts, ranges[position]!));
  } catch (error) {
    fs.closeSync(texts);
    throw error;
  }
}

function* termLines(lines: Buffer, start: number) {
  while (start < lines.length) {
    const end = lineEnd(lines, start);
    yield JSON.parse(lines.toString('utf8', start, end)) as unknown;
    start = end + 1;
  }
}

function lineEnd(lines: Buffer, from: number): number {
  const end = lines.indexOf(0x0a, from);
  return end === -1 ? lines.length : end;
}

function readText(file: number, [offset, textBytes, foldedBytes]: TextRange): SearchableText {
  const bytes = Buffer.allocUnsafe(textBytes + Math.max(foldedBytes, 0));
  fs.readSync(file, bytes, 0, bytes.length, offset);
  return { text: bytes.toString('utf8', 0, textBytes), folded: foldedBytes < 0 ? null : bytes.toString('utf8', textBytes) };
}
