// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { CreditsView } from '@/lib/views/provenance';
import { ArticleHeader } from '@/components/ArticleHeader';
import type { InlineText } from '@/lib/content/markdown';
import { formatDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { offlineStore } from '@/lib/offline';
import type { KeepView } from '@/lib/views/saved';

afterEach(() => {
  cleanup();
});

const t = getMessages('fr');

const lead: InlineText[] = [
  { html: '<em>20 Minutes</em> tries to explain the crisis.', text: '20 Minutes tries to explain the crisis.' },
  { html: 'Second line with <strong>bold</strong> &amp; more.', text: 'Second line with bold & more.' },
];

const keep: KeepView = {
  piece: { slug: 'crisis', titles: { fr: 'La crise' }, links: { fr: '/fr/articles/crisis', en: '/en/articles/crisis' }, pages: ['/fr/articles/crisis', '/en/articles/crisis'] },
  labels: t.saved.control,
  store: offlineStore,
};

function renderHeader(extra: { credits?: CreditsView; corrected?: { date: string; label: string }; lang?: Locale } = {}) {
  return render(
    <ArticleHeader
      kindLabel={t.kinds.news}
      date="2022-01-09"
      dateLabel={formatDate('2022-01-09', 'fr')}
      title="Kazakhstan: the crisis explained"
      lead={lead}
      readingTime={t.article.readingTime(4)}
      credits={{}}
      keep={keep}
      {...extra}
    />,
  );
}

describe('ArticleHeader', () => {
  it('renders the title as the only h1', () => {
    renderHeader();
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1.textContent?.trim()).toBe('Kazakhstan: the crisis explained');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('renders the kind and a <time> with the ISO date and its label', () => {
    const { container } = renderHeader();
    expect(screen.getByText('Actualité')).toBeTruthy();
    const time = container.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2022-01-09');
    expect(time?.textContent).toBe('9 janvier 2022');
  });

  it('renders each lead line as a list item with its inline HTML', () => {
    renderHeader();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const em = items[0]!.querySelector('em');
    expect(em).not.toBeNull();
    expect(em?.textContent).toBe('20 Minutes');
    expect(items[0]!.textContent).toBe('20 Minutes tries to explain the crisis.');
    expect(items[0]!.innerHTML).not.toContain('&lt;em&gt;');
    expect(items[1]!.querySelector('strong')?.textContent).toBe('bold');
    expect(items[1]!.textContent).toBe('Second line with bold & more.');
  });

  it('shows the reading time', () => {
    renderHeader();
    expect(screen.getByText('4 min de lecture')).toBeTruthy();
  });

  it('credits authors and translators under the title, only when there are any', () => {
    renderHeader({ credits: { byline: 'Par Jeanne Martin', translation: 'Traduit de l’anglais par la rédaction' } });
    const title = screen.getByRole('heading', { level: 1 });
    const credits = screen.getByText('Traduit de l’anglais par la rédaction');
    expect(screen.getByText('Par Jeanne Martin')).toBeTruthy();
    expect(title.compareDocumentPosition(credits) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    cleanup();

    const { container } = renderHeader();
    expect(screen.queryByText(/Traduit|Par /)).toBeNull();
    // No dangling separator either.
    expect(container.querySelector('header > p:last-child > span')?.textContent).toBe('4 min de lecture');
    expect(container.querySelector('h1 + div')).toBeNull();
  });

  it('links "Corrigé le …" under the date to the list of corrections', () => {
    renderHeader({ corrected: { date: '2022-01-12', label: 'Corrigé le 12 janvier 2022' } });
    const link = screen.getByRole('link', { name: 'Corrigé le 12 janvier 2022' });
    expect(link.getAttribute('href')).toBe('#corrections');
    expect(link.querySelector('time')?.getAttribute('datetime')).toBe('2022-01-12');
  });

  it('sets lang on the title and the lead only when the lang prop is given', () => {
    renderHeader({ lang: 'en' });
    expect(screen.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe('en');
    expect(screen.getByRole('list').getAttribute('lang')).toBe('en');
    cleanup();

    const { container } = renderHeader();
    expect(screen.getByRole('heading', { level: 1 }).getAttribute('lang')).toBeNull();
    expect(screen.getByRole('list').getAttribute('lang')).toBeNull();
    expect(container.querySelector('[lang]')).toBeNull();
  });

  it('holds the place of the save toggle, invisible until client/saved.js shows it, with what it keeps', () => {
    renderHeader();
    const button = screen.getByRole('button', { name: t.saved.control.save, hidden: true });
    expect(button.className).toMatch(/\binvisible\b/);
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(JSON.parse(button.getAttribute('data-keep')!)).toEqual(keep.piece);
    expect(JSON.parse(button.getAttribute('data-store')!)).toEqual(offlineStore);
  });
});
