import type { Segment } from '@/lib/search/index';
import type { PieceCard } from '@/lib/view';
import { KindDate } from './KindDate';

export interface SearchResult extends PieceCard {
  snippet: Segment[];
}

export function SearchResults({ results }: { results: readonly SearchResult[] }) {
  return (
    <ol className="divide-y divide-stone-300 dark:divide-stone-700">
      {results.map((result) => (
        <li key={`${result.slug}-${result.otherLanguage?.lang ?? 'own'}`} className="space-y-2 py-6">
          <KindDate kindLabel={result.kindLabel} date={result.date} dateLabel={result.dateLabel} />
          <h2 lang={result.otherLanguage?.lang} className="font-serif text-xl font-bold leading-snug sm:text-2xl">
            <a href={result.href} className="hover:text-accent dark:hover:text-accent-dark">
              {result.title}
            </a>
          </h2>
          {result.otherLanguage && (
            <p className="font-sans text-xs font-semibold text-amber-800 dark:text-amber-300">{result.otherLanguage.label}</p>
          )}
          <p lang={result.otherLanguage?.lang} className="max-w-measure font-serif text-base leading-relaxed text-stone-700 dark:text-stone-300">
            {result.snippet.map((segment, i) =>
              segment.match ? (
                <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-stone-900 dark:bg-amber-700 dark:text-stone-50">
                  {segment.text}
                </mark>
              ) : (
                segment.text
              ),
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
