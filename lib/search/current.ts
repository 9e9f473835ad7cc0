import type { ContentLibrary } from '../content/library';
import { getLibrary } from '../content/current';
import { SearchIndex } from './index';

let built: { library: ContentLibrary; index: SearchIndex } | undefined;

/** The search index of the site's content, built again only when the library is (on change, in development). */
export function getSearchIndex(): SearchIndex {
  const library = getLibrary();
  if (built?.library !== library) built = { library, index: new SearchIndex(library) };
  return built.index;
}
