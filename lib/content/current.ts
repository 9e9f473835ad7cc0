import fs from 'node:fs';
import path from 'node:path';
import { ContentLibrary } from './library';
import { buildSnapshot, openSnapshot, type SnapshotFiles } from './snapshot';

/** `content/` of the project; CONTENT_DIR points elsewhere (a fixture, a draft tree). */
export const contentDir = process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');

/** Names, sizes and modification times of every file under `dir`: any edit, addition or removal changes it. */
export function contentStamp(dir: string): string {
  try {
    return (fs.readdirSync(/* turbopackIgnore: true */ dir, { recursive: true }) as string[])
      .sort()
      .map((name) => {
        const stat = fs.statSync(path.join(/* turbopackIgnore: true */ dir, name));
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
 * - `build` (Next's build workers, scripts, tests): the snapshot `npm run
 *   build` wrote first, while it is of exactly the current files; else the files.
 * Nothing that serves the site reads the content: the build's output is the site.
 */
export type LibraryMode = 'development' | 'build';

export function processMode(): LibraryMode {
  return process.env.NODE_ENV === 'development' ? 'development' : 'build';
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

/** The library of `dir`, loaded on first use, in `mode`. */
export function librarySource(
  dir: string,
  mode: LibraryMode,
  snapshot: SnapshotFiles = buildSnapshot(),
): () => ContentLibrary {
  let loaded: { library: ContentLibrary; stamp: string } | undefined;
  return () => {
    if (mode !== 'development') {
      loaded ??= { library: fromBuildSnapshot(dir, snapshot), stamp: '' };
      return loaded.library;
    }
    const stamp = contentStamp(dir);
    if (!loaded || loaded.stamp !== stamp) loaded = { library: ContentLibrary.load(dir), stamp };
    return loaded.library;
  };
}

/** The site's content, loaded once per process (again on change in development). */
export const getLibrary = librarySource(contentDir, processMode());
