import { getLibrary } from '../content/site';
import { SearchIndex } from './index';

let index: SearchIndex | undefined;

/** The search index of the site's content, built once per process. */
export function getSearchIndex(): SearchIndex {
  index ??= new SearchIndex(getLibrary());
  return index;
}
