import type { SearchPageView } from '@/lib/views/listings';
import { SearchForm } from './SearchForm';
import { SearchResults } from './SearchResults';
import { TagCards } from './TagCards';

/**
 * What the search page's main landmark holds: the form and the results of a
 * query. The build prerenders the page without a query; the search service
 * (server/search-service.ts) puts this, rendered for the reader's query, in
 * its place.
 */
export function SearchMain({ view }: { view: SearchPageView }) {
  return (
    <>
      <div className="max-w-measure space-y-4">
        <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">{view.title}</h1>
        <p className="font-sans text-sm text-stone-600 dark:text-stone-400">{view.intro}</p>
        <SearchForm id="search-page" {...view.form} defaultValue={view.query} large live />
      </div>
      <div className="mt-4 space-y-4">
        <p role="status" data-search-status="" className="font-sans text-sm font-semibold">
          {view.status}
        </p>
        <div data-search-results="" className="space-y-4">
          {view.truncatedNotice && <p className="font-sans text-sm text-amber-800 dark:text-amber-300">{view.truncatedNotice}</p>}
          {view.noResults && (
            <p className="font-sans text-sm">
              <a href={view.noResults.href} className="text-accent underline dark:text-accent-dark">{view.noResults.label}</a>
            </p>
          )}
          <TagCards cards={view.tags} />
          <SearchResults results={view.results} />
        </div>
      </div>
    </>
  );
}
