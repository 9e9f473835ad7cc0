import fs from 'node:fs';
import path from 'node:path';
import { ContentLibrary } from './library';
import type { Body, Tag } from './types';

/**
 * A loaded, validated library written to disk by `npm run build`, so that no
 * one after it reads, validates and renders the Markdown again: in two files,
 * - `library.jsonl`: a header line (which tree, in which state, which tags),
 *   then one line a piece, each version's body named by where it lies in
 * - `bodies.jsonl`: one line a version body (HTML, blocks, text), read only
 *   when a page asks for it.
 * One line a piece: a large library would not fit in one JavaScript string.
 */
export interface SnapshotFiles {
  library: string;
  bodies: string;
}

export const snapshotFiles = (dir: string): SnapshotFiles => ({ library: path.join(dir, 'library.jsonl'), bodies: path.join(dir, 'bodies.jsonl') });

/** Written before `next build` for its workers: `.next/cache` survives the build's cleaning of `.next`. */
export const buildSnapshot = () => snapshotFiles(path.join(process.cwd(), '.next', 'cache', 'content'));

/** The tree a snapshot was made of, and the names, sizes and modification times of its files then. */
export interface SnapshotSource {
  dir: string;
  stamp: string;
}

/** Where a body lies in `bodies.jsonl`: offset and length, in bytes. */
type BodyRange = [offset: number, bytes: number];

// `turbopackIgnore` on file calls: these are the build's output, not sources for Turbopack to trace.

export function writeSnapshot(library: ContentLibrary, source: SnapshotSource, to: SnapshotFiles): void {
  fs.mkdirSync(path.dirname(to.library), { recursive: true });
  const bodies = fs.openSync(/* turbopackIgnore: true */ to.bodies, 'w');
  let offset = 0;
  let snapshot;
  try {
    snapshot = library.toSnapshot((body): BodyRange => {
      const bytes = Buffer.from(JSON.stringify(body) + '\n');
      fs.writeSync(bodies, bytes);
      offset += bytes.length;
      return [offset - bytes.length, bytes.length];
    });
  } finally {
    fs.closeSync(bodies);
  }
  const out = fs.openSync(/* turbopackIgnore: true */ to.library, 'w');
  try {
    fs.writeSync(out, JSON.stringify({ ...source, tags: snapshot.tags }) + '\n');
    for (const piece of snapshot.pieces) fs.writeSync(out, JSON.stringify(piece) + '\n');
  } finally {
    fs.closeSync(out);
  }
}

function* lines(buffer: Buffer): Generator<string> {
  let start = 0;
  for (let end = buffer.indexOf(10); end !== -1; start = end + 1, end = buffer.indexOf(10, start)) {
    yield buffer.toString('utf8', start, end);
  }
}

/** The snapshot's source, and a reader of the library it holds. Throws when the files cannot be read. */
export function openSnapshot(from: SnapshotFiles): { source: SnapshotSource; library: () => ContentLibrary } {
  const file = fs.readFileSync(/* turbopackIgnore: true */ from.library);
  // The header alone tells whether the snapshot is the one wanted; pieces are parsed only for a library.
  const { dir, stamp, tags } = JSON.parse(lines(file).next().value!) as SnapshotSource & { tags: Tag[] };
  let fd: number | undefined;
  const body = ([offset, bytes]: BodyRange): Body => {
    fd ??= fs.openSync(/* turbopackIgnore: true */ from.bodies, 'r');
    const buffer = Buffer.alloc(bytes);
    fs.readSync(fd, buffer, 0, bytes, offset);
    return JSON.parse(buffer.toString('utf8')) as Body;
  };
  return {
    source: { dir, stamp },
    library: () => {
      const [, ...pieces] = lines(file);
      return ContentLibrary.fromSnapshot({ tags, pieces: pieces.map((line) => JSON.parse(line)) }, body);
    },
  };
}
