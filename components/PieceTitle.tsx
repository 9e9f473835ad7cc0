import type { PieceCard } from '@/lib/views/cards';

const sizes = {
  h2: 'font-serif text-2xl font-bold leading-tight tracking-tight sm:text-3xl',
  h3: 'font-serif text-lg font-bold leading-snug',
};

/**
 * A piece's title as a link, in the language of its text, followed by the mark
 * when that is not the reader's. `size` sets the type where a list's heading
 * level and its weight on the page differ (a tag's story: h3 under its months).
 */
export function PieceTitle({ piece, as: Heading = 'h2', size }: { piece: PieceCard; as?: 'h2' | 'h3'; size?: string }) {
  return (
    <>
      <Heading lang={piece.otherLanguage?.lang} className={size ?? sizes[Heading]}>
        <a href={piece.href} className="hover:text-accent dark:hover:text-accent-dark">
          {piece.title}
        </a>
      </Heading>
      {piece.otherLanguage && (
        <p className="font-sans text-xs font-semibold text-amber-800 dark:text-amber-300">{piece.otherLanguage.label}</p>
      )}
    </>
  );
}
