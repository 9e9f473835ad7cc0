import type { ContentLibrary } from '../content/library';
import { getLibrary } from '../content/current';
import { SearchIndex } from './index';

let built: { library: ContentLibrary; index: SearchIndex } | undefined;

/**
 * The dev server's search index, built from the library, and again whenever
 * the library is reloaded (on change). A built site's search is the search
 * service's (server/search-service.ts), which reads the index the build wrote.
 */
export function getSearchIndex(): SearchIndex {
  const library = getLibrary();
  if (built?.library !== library) built = { library, index: SearchIndex.build(library) };
  return built.index;
}
