// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { firstScreenEndId } from '@/components/first-screen';
import { PieceList } from '@/components/PieceList';
import type { PieceCard } from '@/lib/views/cards';

afterEach(() => {
  cleanup();
});

const card = (n: number): PieceCard => ({
  slug: `piece-${n}`,
  href: `/fr/articles/piece-${n}`,
  title: `Article ${n}`,
  kindLabel: 'Analyse',
  date: '2022-01-09',
  dateLabel: '9 janvier 2022',
  summary: [{ html: `Chapeau de l’article ${n}.`, text: `Chapeau de l’article ${n}.` }],
  tags: [],
});

describe('PieceList and the first screen', () => {
  it('marks its fourth card, where the first paint may happen', () => {
    const { container } = render(<PieceList pieces={[1, 2, 3, 4, 5, 6].map(card)} tagsLabel="Thèmes" />);
    const marked = container.querySelectorAll(`#${firstScreenEndId}`);
    expect(marked).toHaveLength(1);
    expect(marked[0]!.textContent).toContain('Article 4');
  });

  it('marks nothing when three cards are the whole list: the page is painted once parsed', () => {
    const { container } = render(<PieceList pieces={[1, 2, 3].map(card)} tagsLabel="Thèmes" />);
    expect(container.querySelector(`#${firstScreenEndId}`)).toBeNull();
  });
});
