import type { ContentLibrary } from '../content/library';
import { getLibrary } from '../content/current';
import { SearchIndex } from './index';
import { readSearchIndex } from './index-file';

const development = process.env.NODE_ENV === 'development';

let built: { library: ContentLibrary; index: SearchIndex } | undefined;

// instrumentation.ts is bundled apart from the pages, with its own copy of
// this module: the index it loads reaches the search page through globalThis.
const loadedKey = Symbol.for('kazakh-reader.search-index');
const shared = globalThis as { [loadedKey]?: SearchIndex };

/**
 * The search index of the site. A production server reads the one the build
 * wrote, once, and never loads the content; the dev server builds it from the
 * library, again whenever the library is reloaded (on change).
 */
export function getSearchIndex(): SearchIndex {
  if (!development) return (shared[loadedKey] ??= readSearchIndex());
  const library = getLibrary();
  if (built?.library !== library) built = { library, index: SearchIndex.build(library) };
  return built.index;
}

/**
 * Reads the index when the server starts, and runs a first query, so that no
 * reader's query waits for either. Throws when the build's index cannot be
 * read: the server must not start without it.
 */
export function preloadSearchIndex(): void {
  if (development) return;
  getSearchIndex().warmUp();
}
