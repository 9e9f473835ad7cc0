import type { RelatedCard } from '@/lib/view';
import { KindDate } from './KindDate';
import { TagLinks } from './TagLinks';

interface RelatedListProps {
  heading: string;
  becauseLabel: string;
  pieces: readonly RelatedCard[];
}

export function RelatedList({ heading, becauseLabel, pieces }: RelatedListProps) {
  if (pieces.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="no-print space-y-4">
      <h2 id="related-heading" className="font-serif text-2xl font-bold">{heading}</h2>
      <ul className="grid gap-4 sm:grid-cols-2">
        {pieces.map((piece) => (
          <li key={piece.slug} className="space-y-2 rounded-lg border border-stone-300 p-4 dark:border-stone-700">
            <KindDate kindLabel={piece.kindLabel} date={piece.date} dateLabel={piece.dateLabel} />
            <h3 lang={piece.otherLanguage?.lang} className="font-serif text-lg font-bold leading-snug">
              <a href={piece.href} className="hover:text-accent dark:hover:text-accent-dark">{piece.title}</a>
            </h3>
            {piece.otherLanguage && (
              <p className="font-sans text-xs font-semibold text-amber-800 dark:text-amber-300">{piece.otherLanguage.label}</p>
            )}
            <p className="font-sans text-xs text-stone-600 dark:text-stone-400">{becauseLabel}</p>
            <TagLinks tags={piece.shared} label={becauseLabel} />
          </li>
        ))}
      </ul>
    </section>
  );
}
