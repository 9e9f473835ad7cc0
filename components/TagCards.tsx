import type { TagCard } from '@/lib/views/cards';

/** The people, places and organisations a search names: who or what they are, and the way to their pages. */
export function TagCards({ cards }: { cards: readonly TagCard[] }) {
  if (cards.length === 0) return null;
  return (
    <div className="space-y-4">
      {cards.map((card) => (
        <section
          key={card.slug}
          aria-labelledby={`tag-card-${card.slug}`}
          data-tag-card={card.slug}
          className="max-w-measure space-y-2 rounded-lg border border-l-4 border-stone-300 border-l-accent bg-white p-4 sm:p-5 dark:border-stone-700 dark:border-l-accent-dark dark:bg-stone-900"
        >
          <p className="font-sans text-xs font-semibold uppercase tracking-wider text-stone-600 dark:text-stone-400">
            <span className="text-accent dark:text-accent-dark">{card.kindLabel}</span>
            <span aria-hidden="true"> · </span>
            <span className="font-medium normal-case tracking-normal">{card.countLabel}</span>
          </p>
          <h2 id={`tag-card-${card.slug}`} className="font-serif text-2xl font-bold leading-tight tracking-tight">
            <a href={card.href} className="underline decoration-stone-400 underline-offset-4 hover:text-accent hover:decoration-accent dark:hover:text-accent-dark">
              {card.label}
            </a>
          </h2>
          {card.description && (
            <p className="font-serif text-base leading-relaxed text-stone-700 dark:text-stone-300" dangerouslySetInnerHTML={{ __html: card.description }} />
          )}
        </section>
      ))}
    </div>
  );
}
