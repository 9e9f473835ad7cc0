import path from 'node:path';
import { ContentLibrary } from './library';

export const contentDir = path.join(process.cwd(), 'content');

let library: ContentLibrary | undefined;

/** The site's content, loaded once per process. */
export function getLibrary(): ContentLibrary {
  library ??= ContentLibrary.load(contentDir);
  return library;
}
