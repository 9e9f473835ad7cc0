// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { RelatedList } from '@/components/RelatedList';
import { formatDate } from '@/lib/i18n/format';
import { getMessages } from '@/lib/i18n/messages';
import type { RelatedCard } from '@/lib/views/cards';

afterEach(() => {
  cleanup();
});

const t = getMessages('fr');

const sameLanguage: RelatedCard = {
  slug: 'kazakhstan-crisis',
  href: '/fr/articles/kazakhstan-crisis',
  title: 'Le Kazakhstan en crise',
  kindLabel: t.kinds.news,
  date: '2022-01-09',
  dateLabel: formatDate('2022-01-09', 'fr'),
  summary: [{ html: 'Résumé', text: 'Résumé' }],
  tags: [
    { slug: 'kazakhstan', label: 'Kazakhstan', href: '/fr/themes/kazakhstan' },
    { slug: 'russia', label: 'Russie', href: '/fr/themes/russia' },
    { slug: 'tokayev', label: 'Tokaïev', href: '/fr/themes/tokayev' },
  ],
  shared: [
    { slug: 'kazakhstan', label: 'Kazakhstan', href: '/fr/themes/kazakhstan' },
    { slug: 'russia', label: 'Russie', href: '/fr/themes/russia' },
  ],
};

const otherLanguage: RelatedCard = {
  slug: 'steppe-report',
  href: '/fr/articles/steppe-report',
  title: 'A report from the steppe',
  kindLabel: t.kinds.analysis,
  date: '2022-05-22',
  dateLabel: formatDate('2022-05-22', 'fr'),
  summary: [{ html: 'Summary', text: 'Summary' }],
  tags: [{ slug: 'csto', label: 'OTSC', href: '/fr/themes/csto' }],
  shared: [{ slug: 'csto', label: 'OTSC', href: '/fr/themes/csto' }],
  otherLanguage: { lang: 'en', label: t.onlyInOther },
};

function renderList(pieces: readonly RelatedCard[]) {
  return render(<RelatedList heading={t.article.related} becauseLabel={t.article.relatedBecause} pieces={pieces} />);
}

function itemFor(title: string): HTMLElement {
  const li = screen.getByRole('link', { name: title }).closest('li');
  if (!li) throw new Error(`no list item for ${title}`);
  return li;
}

describe('RelatedList', () => {
  it('renders nothing when there are no related pieces', () => {
    const { container } = renderList([]);
    expect(container.innerHTML).toBe('');
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('renders a section named by its heading', () => {
    renderList([sameLanguage]);
    const section = screen.getByRole('region', { name: t.article.related });
    expect(section.tagName).toBe('SECTION');
    const heading = within(section).getByRole('heading', { level: 2 });
    expect(heading.textContent).toBe('À lire aussi');
  });

  it('shows each piece title as a link to its page, with its kind and date', () => {
    renderList([sameLanguage, otherLanguage]);
    for (const piece of [sameLanguage, otherLanguage]) {
      const link = screen.getByRole('link', { name: piece.title });
      expect(link.getAttribute('href')).toBe(piece.href);
      expect(link.closest('h3')).not.toBeNull();

      const item = itemFor(piece.title);
      expect(within(item).getByText(piece.kindLabel)).toBeTruthy();
      const time = item.querySelector('time');
      expect(time).not.toBeNull();
      expect(time?.getAttribute('datetime')).toBe(piece.date);
      expect(time?.textContent).toBe(piece.dateLabel);
    }
    expect(itemFor(sameLanguage.title).querySelector('time')?.textContent).toBe('9 janvier 2022');
    expect(screen.getAllByRole('listitem').filter((li) => li.querySelector('h3'))).toHaveLength(2);
  });

  it('shows the "because" label and the shared tags (not all tags) as links', () => {
    renderList([sameLanguage]);
    const item = itemFor(sameLanguage.title);
    expect(within(item).getByText(t.article.relatedBecause)).toBeTruthy();
    const tagList = within(item).getByRole('list', { name: t.article.relatedBecause });
    const tagLinks = within(tagList).getAllByRole('link');
    expect(tagLinks.map((a) => a.textContent)).toEqual(['Kazakhstan', 'Russie']);
    expect(tagLinks.map((a) => a.getAttribute('href'))).toEqual(['/fr/themes/kazakhstan', '/fr/themes/russia']);
    expect(within(item).queryByRole('link', { name: 'Tokaïev' })).toBeNull();
  });

  it('marks a piece in the other language with lang on its title and the mark label', () => {
    renderList([sameLanguage, otherLanguage]);
    const otherHeading = screen.getByRole('heading', { level: 3, name: otherLanguage.title });
    expect(otherHeading.getAttribute('lang')).toBe('en');
    expect(within(itemFor(otherLanguage.title)).getByText(t.onlyInOther)).toBeTruthy();

    const sameHeading = screen.getByRole('heading', { level: 3, name: sameLanguage.title });
    expect(sameHeading.getAttribute('lang')).toBeNull();
    expect(within(itemFor(sameLanguage.title)).queryByText(t.onlyInOther)).toBeNull();
    expect(screen.getAllByText(t.onlyInOther)).toHaveLength(1);
  });
});
