import type { Locale } from '@/lib/i18n/locales';
import type { AlignedRow } from '@/lib/views/parallel';

interface ParallelViewProps {
  rows: readonly AlignedRow[];
  languageNames: Record<Locale, string>;
  /** The page's language: labels inside a column of the other language are in it. */
  locale: Locale;
}

const kindClass: Record<AlignedRow['kind'], string> = {
  title: 'font-serif text-2xl font-bold leading-tight sm:text-3xl',
  lead: 'font-serif text-lg leading-snug text-stone-700 dark:text-stone-300',
  block: 'article-text',
};

/**
 * Pairs of passages: two columns on wide screens, stacked pairs on phones.
 * Hovering or focusing either passage highlights the pair; inside it,
 * client/sentences.js lights a sentence with its counterpart.
 */
export function ParallelView({ rows, languageNames, locale }: ParallelViewProps) {
  const [first] = rows;
  return (
    <div>
      <div aria-hidden="true" className="mb-4 hidden gap-8 border-b border-stone-300 pb-2 font-sans text-xs font-bold uppercase tracking-wider text-stone-600 md:grid md:grid-cols-2 dark:border-stone-700 dark:text-stone-400">
        {first?.cells.map((cell) => <span key={cell.column}>{languageNames[cell.column]}</span>)}
      </div>
      <div className="space-y-2">
        {rows.map((row, i) => (
          <div
            key={row.id ?? `${row.kind}-${i}`}
            id={row.id}
            data-pair=""
            className="group grid gap-x-8 gap-y-2 rounded-lg border border-stone-300 p-3 md:grid-cols-2 md:border-transparent md:p-2 dark:border-stone-700 md:dark:border-transparent"
          >
            {row.cells.map((cell) => (
              <div
                key={cell.column}
                lang={cell.lang}
                tabIndex={0}
                className="rounded p-1 transition-colors group-focus-within:bg-amber-100 group-hover:bg-amber-100 focus-visible:outline-accent dark:group-focus-within:bg-stone-900 dark:group-hover:bg-stone-900"
              >
                <span lang={locale} className="mb-1 block font-sans text-[0.7rem] font-bold uppercase tracking-wider text-stone-600 md:hidden dark:text-stone-400">
                  {languageNames[cell.column]}
                </span>
                <div className={kindClass[row.kind]} dangerouslySetInnerHTML={{ __html: cell.html }} />
                {cell.notes.length > 0 && (
                  // Below the passage, so that the two columns still start on the same line.
                  <p lang={locale} className="mt-1 font-sans text-xs text-stone-600 italic dark:text-stone-400">{cell.notes.join(' · ')}</p>
                )}
              </div>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
