import path from 'node:path';
import { ContentLibrary } from './library';

/** `content/` of the project; CONTENT_DIR points elsewhere (a fixture, a draft tree). */
export const contentDir = process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');

let library: ContentLibrary | undefined;

/** The site's content, loaded once per process. */
export function getLibrary(): ContentLibrary {
  library ??= ContentLibrary.load(contentDir);
  return library;
}
