import fs from 'node:fs';
import path from 'node:path';
import { ContentLibrary } from './library';
import { buildSnapshot, openSnapshot, servedSnapshot, type SnapshotFiles } from './snapshot';

/** `content/` of the project; CONTENT_DIR points elsewhere (a fixture, a draft tree). */
export const contentDir = process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');

/** Names, sizes and modification times of every file under `dir`: any edit, addition or removal changes it. */
export function contentStamp(dir: string): string {
  try {
    return (fs.readdirSync(dir, { recursive: true }) as string[])
      .sort()
      .map((name) => {
        const stat = fs.statSync(path.join(dir, name));
        return `${name}:${stat.size}:${stat.mtimeMs}`;
      })
      .join('\n');
  } catch {
    return '';
  }
}

/**
 * Where the library comes from:
 * - `development`: the files, read again once one has changed, so that a
 *   writer sees an edit on the next reload;
 * - `server` (`next start`): the build's own snapshot, whatever the files say
 *   now, so that a server serves its build and runs without `content/`;
 * - `build` (Next's build workers, scripts, tests): the snapshot `npm run
 *   build` wrote first, while it is of exactly the current files; else the files.
 */
export type LibraryMode = 'development' | 'build' | 'server';

export function processMode(): LibraryMode {
  if (process.env.NODE_ENV === 'development') return 'development';
  // `next build` runs in production mode too, and says so by NEXT_PHASE.
  return process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build' ? 'server' : 'build';
}

function fromBuildSnapshot(dir: string, files: SnapshotFiles): ContentLibrary {
  try {
    const snapshot = openSnapshot(files);
    if (snapshot.source.dir === path.resolve(dir) && snapshot.source.stamp === contentStamp(dir)) return snapshot.library();
  } catch {
    // No snapshot, or an unreadable one: the files are the truth.
  }
  return ContentLibrary.load(dir);
}

function fromServedSnapshot(files: SnapshotFiles): ContentLibrary {
  let snapshot;
  try {
    snapshot = openSnapshot(files);
  } catch (error) {
    throw new Error(`The build's content (${files.library}) cannot be read (${(error as Error).message}): run \`npm run build\`.`);
  }
  return snapshot.library();
}

/** The library of `dir`, loaded on first use, in `mode`. */
export function librarySource(
  dir: string,
  mode: LibraryMode,
  snapshots: { build: SnapshotFiles; served: SnapshotFiles } = { build: buildSnapshot(), served: servedSnapshot() },
): () => ContentLibrary {
  let loaded: { library: ContentLibrary; stamp: string } | undefined;
  return () => {
    if (mode !== 'development') {
      loaded ??= { library: mode === 'build' ? fromBuildSnapshot(dir, snapshots.build) : fromServedSnapshot(snapshots.served), stamp: '' };
      return loaded.library;
    }
    const stamp = contentStamp(dir);
    if (!loaded || loaded.stamp !== stamp) loaded = { library: ContentLibrary.load(dir), stamp };
    return loaded.library;
  };
}

/** The site's content, loaded once per process (again on change in development). */
export const getLibrary = librarySource(contentDir, processMode());
