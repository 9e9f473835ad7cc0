import type { SentenceCardView } from '@/lib/views/piece';

/** The attribute of the header's toggle, which client/sentences.js looks for. */
const toggleAttribute = 'data-sentences';

/**
 * The one-language page's toggle and card for reading a sentence in the other
 * language. The toggle is kept invisible (its place held, so that nothing
 * moves when it appears) until client/sentences.js shows it: without
 * scripts it could do nothing. The card is a popover, filled when opened.
 */
export function SentenceToggle({ view }: { view: SentenceCardView }) {
  return (
    <button
      type="button"
      {...{ [toggleAttribute]: '' }}
      aria-pressed="false"
      aria-describedby="sentences-on"
      data-from={view.from}
      className="invisible ml-auto min-h-6 cursor-pointer rounded-full border border-stone-300 px-3 font-sans text-sm text-stone-700 hover:border-accent aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-white no-print dark:border-stone-600 dark:text-stone-300 dark:aria-pressed:border-accent-dark dark:aria-pressed:bg-accent-dark dark:aria-pressed:text-stone-950"
    >
      {view.labels.toggle}
    </button>
  );
}

export function SentenceCard({ view }: { view: SentenceCardView }) {
  return (
    <div
      id="sentence-card"
      popover="auto"
      role="dialog"
      aria-labelledby="sentence-card-label"
      tabIndex={-1}
      data-parallel={view.parallel}
      className="no-print inset-auto m-0 max-h-[calc(100dvh-1rem)] w-[min(24rem,calc(100vw-1rem))] overflow-auto rounded-lg border border-stone-300 bg-white p-4 text-left font-sans text-sm text-stone-800 shadow-xl shadow-stone-900/15 outline-none dark:border-stone-600 dark:bg-stone-900 dark:text-stone-200 dark:shadow-black/40"
    >
      <p id="sentence-card-label" className="text-xs font-semibold uppercase tracking-wider text-stone-600 dark:text-stone-400">
        {view.labels.cardLabel}
      </p>
      {/* Filled once the other version's page has come: said when it is. */}
      <div aria-live="polite">
        <p lang={view.lang} data-text="" className="mt-1 font-serif text-base leading-snug" />
        <p data-missing="" hidden className="mt-1">
          {view.labels.missing}
        </p>
        <p data-failed="" hidden className="mt-1">
          {view.labels.failed}
        </p>
      </div>
      <p className="mt-3 border-t border-stone-200 pt-3 dark:border-stone-700">
        <a href={view.parallel} className="font-semibold text-accent underline underline-offset-2 hover:decoration-2 dark:text-accent-dark">
          {view.labels.parallel}
          <span aria-hidden="true"> →</span>
        </a>
      </p>
    </div>
  );
}
