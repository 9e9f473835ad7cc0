import type { RelatedCard } from '@/lib/views/cards';
import { KindDate } from './KindDate';
import { PieceTitle } from './PieceTitle';
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
            <PieceTitle piece={piece} as="h3" />
            <p className="font-sans text-xs text-stone-600 dark:text-stone-400">{becauseLabel}</p>
            <TagLinks tags={piece.shared} label={becauseLabel} />
          </li>
        ))}
      </ul>
    </section>
  );
}
