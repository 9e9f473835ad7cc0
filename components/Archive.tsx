import type { ArchiveView } from '@/lib/views/listings';

/** Years, newest first, each with its months and their counts. */
export function Archive({ years }: { years: ArchiveView['years'] }) {
  return (
    <div className="space-y-8">
      {years.map(({ year, months }) => (
        <section key={year} aria-labelledby={`year-${year}`} className="space-y-3">
          <h2 id={`year-${year}`} className="font-serif text-2xl font-bold">
            {year}
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {months.map((month) => (
              <li key={month.month}>
                <a
                  href={month.href}
                  className="flex items-baseline justify-between gap-3 rounded-lg border border-stone-300 px-4 py-3 hover:border-accent dark:border-stone-700 dark:hover:border-accent-dark"
                >
                  <span className="font-serif text-lg font-semibold">{month.label}</span>
                  <span className="shrink-0 font-sans text-sm text-stone-700 dark:text-stone-300">{month.countLabel}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
