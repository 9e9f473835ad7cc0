// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { SourceList } from '@/components/SourceList';
import type { Source } from '@/lib/content/types';
import { getMessages } from '@/lib/i18n/messages';

afterEach(() => {
  cleanup();
});

const fr = getMessages('fr');
const en = getMessages('en');

const linked: Source = {
  name: 'Lettre confidentielle Asie21-Futuribles',
  url: 'https://www.asie21.com/2022/05/22/kazakhstan-entre-est-et-ouest-les-oscillations-du-kazakhstan/',
  issue: 'n° 161/2022-05',
  note: 'Extrait',
};

const unlinked: Source = {
  name: '20 Minutes',
  note: 'Version anglaise de l’article publié par 20 Minutes.',
};

function renderSources(sources: readonly Source[], extra: { translationNote?: string; lang?: string } = {}, t = fr) {
  return render(<SourceList heading={t.article.sources} issueLabel={t.article.issue} sources={sources} {...extra} />);
}

function itemContaining(text: string): HTMLElement {
  const li = screen.getByText(text).closest('li');
  if (!li) throw new Error(`no list item for ${text}`);
  return li;
}

describe('SourceList', () => {
  it('renders a section named by its heading', () => {
    renderSources([linked]);
    const region = screen.getByRole('region', { name: fr.article.sources });
    expect(within(region).getByRole('heading', { level: 2 }).textContent?.trim()).toBe('Sources');
  });

  it('renders a source with a url as a link with that href and its name', () => {
    renderSources([linked]);
    const link = screen.getByRole('link', { name: linked.name });
    expect(link.getAttribute('href')).toBe(linked.url);
    expect(link.textContent).toBe(linked.name);
  });

  it('renders a source without url as plain text, not a link', () => {
    renderSources([unlinked]);
    expect(screen.getByText('20 Minutes')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('20 Minutes').closest('a')).toBeNull();
  });

  it('shows the issue with the issue label, without repeating the "n°" prefix', () => {
    renderSources([linked]);
    const item = itemContaining(linked.name);
    expect(item.textContent).toContain(', numéro 161/2022-05');
    expect(item.textContent).not.toContain('n°');
    cleanup();

    renderSources([linked], {}, en);
    const enItem = itemContaining(linked.name);
    expect(enItem.textContent).toContain(', issue 161/2022-05');
    expect(enItem.textContent).not.toContain('n°');
  });

  it('keeps an issue without "n°" prefix as it is', () => {
    renderSources([{ name: 'Revue', issue: '42' }]);
    expect(itemContaining('Revue').textContent).toBe('Revue, numéro 42');
  });

  it('shows the note after the source', () => {
    renderSources([linked, unlinked]);
    expect(itemContaining(linked.name).textContent).toBe(
      'Lettre confidentielle Asie21-Futuribles, numéro 161/2022-05 — Extrait',
    );
    expect(itemContaining('20 Minutes').textContent).toBe('20 Minutes — Version anglaise de l’article publié par 20 Minutes.');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('shows no issue or note text when the source has none', () => {
    renderSources([{ name: 'Agence' }]);
    expect(itemContaining('Agence').textContent).toBe('Agence');
  });

  it('shows the translation note only when given', () => {
    const note = 'Traduction en français de la version anglaise de l’article, par notre rédaction.';
    renderSources([unlinked], { translationNote: note });
    expect(screen.getByText(note).tagName).toBe('P');
    cleanup();

    const { container } = renderSources([unlinked]);
    expect(screen.queryByText(note)).toBeNull();
    expect(container.querySelector('section > p')).toBeNull();
  });

  it('applies lang to the list and the translation note when given, and not otherwise', () => {
    renderSources([linked], { lang: 'en', translationNote: 'Translated by our newsroom.' });
    expect(screen.getByRole('list').getAttribute('lang')).toBe('en');
    expect(screen.getByText('Translated by our newsroom.').getAttribute('lang')).toBe('en');
    cleanup();

    const { container } = renderSources([linked], { translationNote: 'Traduit par notre rédaction.' });
    expect(screen.getByRole('list').getAttribute('lang')).toBeNull();
    expect(container.querySelector('[lang]')).toBeNull();
  });
});
