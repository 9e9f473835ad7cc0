import fs from 'node:fs';
import path from 'node:path';
import { ContentLibrary } from './library';

/** `content/` of the project; CONTENT_DIR points elsewhere (a fixture, a draft tree). */
export const contentDir = process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');

/** Names, sizes and modification times of every file under `dir`: any edit, addition or removal changes it. */
function contentStamp(dir: string): string {
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
 * The library of `dir`, loaded on first use. With `reloadOnChange` (the dev
 * server), it is loaded again once a content file has changed, so that a writer
 * sees an edit on the next reload; a build or a production server loads once.
 */
export function librarySource(dir: string, reloadOnChange: boolean): () => ContentLibrary {
  let loaded: { library: ContentLibrary; stamp: string } | undefined;
  return () => {
    const stamp = reloadOnChange ? contentStamp(dir) : '';
    if (!loaded || loaded.stamp !== stamp) loaded = { library: ContentLibrary.load(dir), stamp };
    return loaded.library;
  };
}

/** The site's content, loaded once per process (again on change in development). */
export const getLibrary = librarySource(contentDir, process.env.NODE_ENV === 'development');
