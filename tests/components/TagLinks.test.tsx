// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { TagLinks } from '@/components/TagLinks';
import type { TagLink } from '@/lib/views/cards';
import { getMessages } from '@/lib/i18n/messages';

afterEach(() => {
  cleanup();
});

const t = getMessages('fr');

const tags: TagLink[] = [
  { slug: 'kazakhstan', label: 'Kazakhstan', href: '/fr/themes/kazakhstan' },
  { slug: 'russia', label: 'Russie', href: '/fr/themes/russia' },
  { slug: 'csto', label: 'OTSC', href: '/fr/themes/csto' },
];

describe('TagLinks', () => {
  it('renders a list with the accessible name given in label', () => {
    render(<TagLinks tags={tags} label={t.article.tags} />);
    const list = screen.getByRole('list', { name: t.article.tags });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  });

  it('renders one link per tag, in order, with its href, label and rel="tag"', () => {
    render(<TagLinks tags={tags} label={t.article.tags} />);
    const list = screen.getByRole('list', { name: t.article.tags });
    const links = within(list).getAllByRole('link');
    expect(links).toHaveLength(tags.length);
    links.forEach((link, i) => {
      const tag = tags[i]!;
      expect(link.textContent).toBe(tag.label);
      expect(link.getAttribute('href')).toBe(tag.href);
      expect(link.getAttribute('rel')).toBe('tag');
    });
    expect(screen.getByRole('link', { name: 'Russie' }).getAttribute('href')).toBe('/fr/themes/russia');
  });

  it('renders no links for an empty list', () => {
    const { container } = render(<TagLinks tags={[]} label={t.article.tags} />);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(container.querySelectorAll('li')).toHaveLength(0);
  });
});
