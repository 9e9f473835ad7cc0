import type { CorrectionsView } from '@/lib/views/provenance';

/** The dated corrections and updates of a piece, at the end of its text, where "Corrigé le …" leads. */
export function Corrections({ heading, items, lang }: CorrectionsView & { lang?: string }) {
  return (
    <section id="corrections" tabIndex={-1} aria-labelledby="corrections-heading" className="space-y-2 rounded border-l-4 border-stone-400 pl-4 font-sans text-sm text-stone-700 dark:border-stone-600 dark:text-stone-300">
      <h2 id="corrections-heading" className="text-xs font-bold uppercase tracking-wider text-stone-600 dark:text-stone-400">
        {heading}
      </h2>
      <ul className="space-y-2">
        {items.map((item, i) => (
          <li key={i}>
            <time dateTime={item.date} className="font-semibold">{item.dateLabel}</time>
            {/* The dots are seen, the commas heard: read aloud, date, kind and text stay apart. */}
            <span aria-hidden="true"> · </span>
            <span className="sr-only">, </span>
            <span className="font-semibold">{item.kindLabel}</span>
            <span aria-hidden="true"> · </span>
            <span className="sr-only">, </span>
            <span lang={lang} dangerouslySetInnerHTML={{ __html: item.html }} />
          </li>
        ))}
      </ul>
    </section>
  );
}
