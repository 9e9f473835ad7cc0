import type { PieceCard } from '@/lib/views/cards';
import { firstScreenMark } from './first-screen';
import { KindDate } from './KindDate';
import { PieceTitle } from './PieceTitle';
import { TagLinks } from './TagLinks';

/** Lists show the lead as one paragraph cut at four lines; the article shows it whole. */
export function PieceSummary({ piece }: { piece: PieceCard }) {
  return (
    <p
      lang={piece.otherLanguage?.lang}
      className="line-clamp-4 max-w-measure font-serif text-lg leading-relaxed text-stone-700 dark:text-stone-300"
      dangerouslySetInnerHTML={{ __html: piece.summary.map((line) => line.html).join(' ') }}
    />
  );
}

export function PieceList({ pieces, tagsLabel }: { pieces: readonly PieceCard[]; tagsLabel: string }) {
  return (
    <ol className="divide-y divide-stone-300 dark:divide-stone-700">
      {pieces.map((piece, i) => (
        <li key={piece.slug} {...firstScreenMark(i)} className="py-8 first:pt-0">
          <article className="space-y-3">
            <KindDate kindLabel={piece.kindLabel} date={piece.date} dateLabel={piece.dateLabel} />
            <PieceTitle piece={piece} />
            <PieceSummary piece={piece} />
            <TagLinks tags={piece.tags} label={tagsLabel} />
          </article>
        </li>
      ))}
    </ol>
  );
}
