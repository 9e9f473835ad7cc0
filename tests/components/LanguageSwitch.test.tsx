// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { getMessages } from '@/lib/i18n/messages';

afterEach(() => {
  cleanup();
});

describe('LanguageSwitch', () => {
  const fr = getMessages('fr');
  const en = getMessages('en');

  it('renders a plain link to the other language with href, hreflang, lang and title', () => {
    render(
      <LanguageSwitch
        target="en"
        href="/en/articles/kazakhstan-crisis"
        label={fr.switchLanguage.label}
        title={fr.switchLanguage.title}
      />,
    );
    const link = screen.getByRole('link', { name: fr.switchLanguage.label });
    expect(link.tagName).toBe('A');
    expect(link.getAttribute('href')).toBe('/en/articles/kazakhstan-crisis');
    expect(link.getAttribute('hreflang')).toBe('en');
    expect(link.getAttribute('lang')).toBe('en');
    expect(link.getAttribute('title')).toBe(fr.switchLanguage.title);
    expect(link.textContent).toBe('English');
  });

  it('uses the target locale for hreflang and lang when switching to French', () => {
    render(
      <LanguageSwitch target="fr" href="/fr" label={en.switchLanguage.label} title={en.switchLanguage.title} />,
    );
    const link = screen.getByRole('link', { name: 'Français' });
    expect(link.getAttribute('href')).toBe('/fr');
    expect(link.getAttribute('hreflang')).toBe('fr');
    expect(link.getAttribute('lang')).toBe('fr');
    expect(link.getAttribute('title')).toBe(en.switchLanguage.title);
  });

  it('is a real link that works without JavaScript: no button, no inline script handler', () => {
    const { container } = render(
      <LanguageSwitch target="en" href="/en" label={fr.switchLanguage.label} title={fr.switchLanguage.title} />,
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(container.querySelectorAll('a[href]')).toHaveLength(1);
    // Server-rendered markup: the only element is the anchor itself.
    expect(container.children).toHaveLength(1);
    expect(container.firstElementChild?.tagName).toBe('A');
  });
});
