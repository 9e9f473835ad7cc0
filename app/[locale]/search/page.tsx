import type { Metadata } from 'next';
import { OwnScript } from '@/components/OwnScript';
import { PageShell } from '@/components/PageShell';
import { SearchForm } from '@/components/SearchForm';
import { SearchResults } from '@/components/SearchResults';
import { TagCards } from '@/components/TagCards';
import { localeOf } from '@/app/params';
import { getSearchIndex } from '@/lib/search/current';
import { searchMetadata, searchView } from '@/lib/views/listings';

type Props = PageProps<'/[locale]/search'>;

async function queryOf(searchParams: Props['searchParams']): Promise<string> {
  const q = (await searchParams).q;
  return (Array.isArray(q) ? q[0] : q) ?? '';
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return searchMetadata(await queryOf(searchParams), await localeOf(params));
}

export default async function SearchPage({ params, searchParams }: Props) {
  // Awaiting the query first tells `next build` that the page is rendered per
  // request before the page asks for the index, which the build writes last.
  const query = await queryOf(searchParams);
  const view = searchView(getSearchIndex(), query, await localeOf(params));
  return (
    <PageShell page={view}>
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
      <OwnScript name="live-search" />
    </PageShell>
  );
}
