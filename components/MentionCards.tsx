import type { MentionCardView } from '@/lib/views/mentions';

/**
 * The cards of a page's mentions: popovers, hidden until reader.js opens one
 * from its mention (hover, keyboard focus, tap). Without JavaScript they never
 * show, and a mention is a plain link to the same page as the card's link.
 */
export function MentionCards({ cards }: { cards: readonly MentionCardView[] }) {
  if (cards.length === 0) return null;
  return (
    <div className="no-print">
      {cards.map((card) => (
        <MentionCard key={card.id} {...card} />
      ))}
    </div>
  );
}

function MentionCard({ id, lang, kindLabel, countLabel, name, descriptionHtml, href, linkLabel }: MentionCardView) {
  return (
    <div
      id={id}
      popover="auto"
      role="dialog"
      aria-labelledby={`${id}-name`}
      tabIndex={-1}
      lang={lang}
      data-mention-card=""
      className="inset-auto m-0 max-h-[calc(100dvh-1rem)] w-[min(22rem,calc(100vw-1rem))] overflow-auto rounded-lg border border-stone-300 bg-white p-4 text-left font-sans text-sm text-stone-800 shadow-xl shadow-stone-900/15 outline-none dark:border-stone-600 dark:bg-stone-900 dark:text-stone-200 dark:shadow-black/40"
    >
      <p className="text-xs font-semibold uppercase tracking-wider text-stone-600 dark:text-stone-400">
        {kindLabel}
        <span aria-hidden="true"> · </span>
        <span className="normal-case tracking-normal">{countLabel}</span>
      </p>
      <p id={`${id}-name`} className="mt-1 font-serif text-xl font-bold leading-tight text-stone-900 dark:text-stone-50">
        {name}
      </p>
      {descriptionHtml && <p className="mt-2 font-serif text-base leading-snug" dangerouslySetInnerHTML={{ __html: descriptionHtml }} />}
      <p className="mt-3 border-t border-stone-200 pt-3 dark:border-stone-700">
        <a href={href} className="font-semibold text-accent underline underline-offset-2 hover:decoration-2 dark:text-accent-dark">
          {linkLabel}
          <span aria-hidden="true"> →</span>
        </a>
      </p>
    </div>
  );
}
