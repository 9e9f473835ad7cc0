import type { KeepView } from '@/lib/views/saved';

/**
 * "Save for later": a toggle that client/saved.js shows and works. Its place
 * is held while it is invisible, so that nothing moves when it appears; with
 * scripts off it stays invisible and out of the tab order, since it could do
 * nothing. What it keeps, and where, it carries as data.
 */
export function KeepButton({ view }: { view: KeepView }) {
  return (
    <span className="inline-flex items-center">
      <button
        type="button"
        data-keep={JSON.stringify(view.piece)}
        data-store={JSON.stringify(view.store)}
        data-said-kept={view.labels.kept}
        data-said-removed={view.labels.removed}
        aria-pressed="false"
        className="invisible inline-flex min-h-6 cursor-pointer items-center gap-1.5 rounded-full border border-stone-300 px-3 font-sans text-sm text-stone-700 hover:border-accent aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-white no-print dark:border-stone-600 dark:text-stone-300 dark:aria-pressed:border-accent-dark dark:aria-pressed:bg-accent-dark dark:aria-pressed:text-stone-950"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 fill-none stroke-current stroke-[1.5]">
          <path d="M4 2h8v12l-4-3-4 3z" strokeLinejoin="round" />
        </svg>
        {view.labels.save}
      </button>
      <span role="status" className="sr-only" data-keep-said="" />
    </span>
  );
}
