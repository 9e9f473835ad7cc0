import type { Metadata } from 'next';
import { PageShell } from '@/components/PageShell';
import { SearchForm } from '@/components/SearchForm';
import { SearchResults } from '@/components/SearchResults';
import { getLibrary } from '@/lib/content/site';
import { getMessages } from '@/lib/i18n/messages';
import { locales } from '@/lib/i18n/locales';
import { paths } from '@/lib/routes';
import { alternatesFor } from '@/lib/seo';
import { maxQueryLength } from '@/lib/search/index';
import { getSearchIndex } from '@/lib/search/site';
import { searchResult } from '@/lib/view';
import { localeOf } from '../../params';

type Props = PageProps<'/[locale]/search'>;

async function queryOf(searchParams: Props['searchParams']): Promise<string> {
  const q = (await searchParams).q;
  return (Array.isArray(q) ? q[0] : q) ?? '';
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = getMessages(locale);
  const query = (await queryOf(searchParams)).trim().slice(0, 80);
  return {
    title: query ? t.search.pageTitle(query) : t.search.title,
    robots: { index: false },
    alternates: alternatesFor(locale, locales, paths.search),
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const t = getMessages(locale);
  const outcome = getSearchIndex().query(await queryOf(searchParams), locale);
  const library = getLibrary();
  return (
    <PageShell locale={locale} pathIn={(l) => paths.search(l, outcome.query)}>
      <div className="max-w-measure space-y-4">
        <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">{t.search.title}</h1>
        <p className="font-sans text-sm text-stone-600 dark:text-stone-400">{t.search.intro}</p>
        <SearchForm id="search-page" action={paths.search(locale)} label={t.search.label} placeholder={t.search.placeholder} submit={t.search.submit} defaultValue={outcome.query} large live />
      </div>
      <div className="mt-4 space-y-4">
        <p role="status" data-search-status="" className="font-sans text-sm font-semibold">
          {outcome.query ? t.search.count(outcome.hits.length, outcome.query) : t.search.empty}
        </p>
        <div data-search-results="" className="space-y-4">
          {outcome.truncated && <p className="font-sans text-sm text-amber-800 dark:text-amber-300">{t.search.truncated(maxQueryLength)}</p>}
          {outcome.query && outcome.hits.length === 0 && (
            <p className="font-sans text-sm">
              <a href={paths.tags(locale)} className="text-accent underline dark:text-accent-dark">{t.search.noResultsHint}</a>
            </p>
          )}
          <SearchResults results={outcome.hits.map((hit) => searchResult(library, hit, locale))} />
        </div>
      </div>
      <script src="/live-search.js" async />
    </PageShell>
  );
}
