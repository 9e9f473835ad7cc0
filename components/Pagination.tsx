import type { PaginationView } from '@/lib/views/listings';

const linkClass =
  'rounded border border-stone-300 px-3 py-1.5 font-semibold text-accent hover:border-accent dark:border-stone-600 dark:text-accent-dark dark:hover:border-accent-dark';

/** Plain links to the pages around this one: they work without JavaScript. */
export function Pagination({ view }: { view?: PaginationView }) {
  if (!view) return null;
  return (
    <nav aria-label={view.label} className="mt-10 flex flex-wrap items-center justify-between gap-4 border-t border-stone-300 pt-6 font-sans text-sm dark:border-stone-700">
      {view.previous ? (
        <a href={view.previous.href} rel="prev" className={linkClass}>
          <span aria-hidden="true">← </span>
          {view.previous.label}
        </a>
      ) : (
        <span />
      )}
      <p aria-current="page" className="text-stone-600 dark:text-stone-400">
        {view.status}
      </p>
      {view.next ? (
        <a href={view.next.href} rel="next" className={linkClass}>
          {view.next.label}
          <span aria-hidden="true"> →</span>
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
