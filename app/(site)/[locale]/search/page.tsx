import type { Metadata } from 'next';
import { PageShell } from '@/components/PageShell';
import { SearchMain } from '@/components/SearchMain';
import { localeOf } from '@/app/params';
import { getSearchIndex } from '@/lib/search/current';
import { searchMetadata, searchView } from '@/lib/views/listings';

type Props = PageProps<'/[locale]/search'>;

/**
 * The build prerenders the page without a query: the search service answers
 * each query with it, its main landmark, title and language switch filled in
 * (server/search-service.ts). The dev server reads the query, so that a
 * writer can search the content being edited.
 */
async function queryOf(searchParams: Props['searchParams']): Promise<string> {
  if (process.env.NODE_ENV !== 'development') return '';
  const q = (await searchParams).q;
  return (Array.isArray(q) ? q[0] : q) ?? '';
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return searchMetadata(await queryOf(searchParams), await localeOf(params));
}

export default async function SearchPage({ params, searchParams }: Props) {
  const view = searchView(getSearchIndex, await queryOf(searchParams), await localeOf(params));
  return (
    <PageShell page={view} liveSearch>
      <SearchMain view={view} />
    </PageShell>
  );
}
