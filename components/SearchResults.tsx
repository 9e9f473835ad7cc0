import type { SearchResult } from '@/lib/views/cards';
import { firstScreenMark } from './first-screen';
import { KindDate } from './KindDate';
import { PieceTitle } from './PieceTitle';

export function SearchResults({ results }: { results: readonly SearchResult[] }) {
  return (
    <ol className="divide-y divide-stone-300 dark:divide-stone-700">
      {results.map((result, i) => (
        <li key={`${result.slug}-${result.otherLanguage?.lang ?? 'own'}`} {...firstScreenMark(i)} className="space-y-2 py-6">
          <KindDate kindLabel={result.kindLabel} date={result.date} dateLabel={result.dateLabel} />
          <PieceTitle piece={result} />
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
