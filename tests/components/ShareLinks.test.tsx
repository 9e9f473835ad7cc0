// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ShareLinks } from '@/components/ShareLinks';
import { getMessages } from '@/lib/i18n/messages';
import { shareTargets } from '@/lib/share';

const readerScript = readFileSync(path.join(import.meta.dirname, '../../client/reader.js'), 'utf8');

const t = getMessages('fr');
const url = 'https://example.org/fr/articles/kazakhstan-crisis?ref=a&b=c';
const title = 'Le Kazakhstan en crise : « explications »';
const encodedUrl = encodeURIComponent(url);

let savedClipboard: PropertyDescriptor | undefined;

function setClipboard(value: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true, writable: true });
}

/** Records whether the click was left to the browser, then stops jsdom's (unimplemented) navigation. */
function watchClick() {
  const seen: { defaultPrevented?: boolean } = {};
  const listener = (event: Event) => {
    seen.defaultPrevented = event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('click', listener);
  return { seen, stop: () => window.removeEventListener('click', listener) };
}

beforeEach(() => {
  savedClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
});

afterEach(() => {
  cleanup();
  if (savedClipboard) Object.defineProperty(navigator, 'clipboard', savedClipboard);
  else delete (navigator as { clipboard?: unknown }).clipboard;
  vi.restoreAllMocks();
});

/** The links as the server renders them, then, unless `script` is false, the page's own script (client/reader.js) run over them. */
function renderShare({ script = true } = {}) {
  const rendered = render(<ShareLinks heading={t.article.share} url={url} targets={shareTargets(url, title)} labels={{ ...t.share }} />);
  if (script) new Function(readerScript)();
  return rendered;
}

describe('ShareLinks', () => {
  it('renders a section named by its heading with one link per target plus the copy link', () => {
    renderShare();
    const region = screen.getByRole('region', { name: t.article.share });
    const links = within(region).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      t.share.email,
      t.share.x,
      t.share.facebook,
      t.share.linkedin,
      t.share.copy,
    ]);
  });

  it('puts the encoded article URL in every share link', () => {
    renderShare();
    for (const label of [t.share.email, t.share.x, t.share.facebook, t.share.linkedin]) {
      const href = screen.getByRole('link', { name: label }).getAttribute('href') ?? '';
      expect(href).toContain(encodedUrl);
      // The raw URL's query string would otherwise break the share URL.
      expect(href).not.toContain(url);
    }
  });

  it('uses a mailto: link for e-mail, with the title as subject, in the same tab', () => {
    renderShare();
    const email = screen.getByRole('link', { name: t.share.email });
    const href = email.getAttribute('href') ?? '';
    expect(href.startsWith('mailto:')).toBe(true);
    expect(href).toContain(`subject=${encodeURIComponent(title)}`);
    expect(href).toContain(`body=${encodedUrl}`);
    expect(email.getAttribute('target')).toBeNull();
  });

  it('opens X, Facebook and LinkedIn in a new tab with rel noopener', () => {
    renderShare();
    const expectedHosts: Record<string, string> = {
      [t.share.x]: 'x.com',
      [t.share.facebook]: 'www.facebook.com',
      [t.share.linkedin]: 'www.linkedin.com',
    };
    for (const [label, host] of Object.entries(expectedHosts)) {
      const link = screen.getByRole('link', { name: label });
      expect(new URL(link.getAttribute('href') ?? '').host).toBe(host);
      expect(link.getAttribute('target')).toBe('_blank');
      expect((link.getAttribute('rel') ?? '').split(/\s+/)).toContain('noopener');
    }
    expect(screen.getByRole('link', { name: t.share.x }).getAttribute('href')).toContain(`text=${encodeURIComponent(title)}`);
  });

  it('renders the copy link as a plain link to the article URL (works without JavaScript)', () => {
    renderShare({ script: false });
    const copy = screen.getByRole('link', { name: t.share.copy });
    expect(copy.tagName).toBe('A');
    expect(copy.getAttribute('href')).toBe(url);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('copies the URL with the clipboard API and then says it was copied', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    setClipboard({ writeText });
    renderShare();
    const copy = screen.getByRole('link', { name: t.share.copy });

    const click = watchClick();
    fireEvent.click(copy);
    click.stop();

    expect(click.seen.defaultPrevented).toBe(true);
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText).toHaveBeenCalledWith(url);
    const copied = await screen.findByText(t.share.copied);
    expect(copied.getAttribute('aria-live')).toBe('polite');
    expect(copied.closest('a')?.getAttribute('href')).toBe(url);
    expect(screen.queryByText(t.share.copy)).toBeNull();
  });

  it('keeps the copy label when the clipboard refuses', async () => {
    let reject: (reason: unknown) => void = () => {};
    const writeText = vi.fn(() => new Promise<void>((_, r) => { reject = r; }));
    setClipboard({ writeText });
    renderShare();

    const click = watchClick();
    fireEvent.click(screen.getByRole('link', { name: t.share.copy }));
    click.stop();
    expect(writeText).toHaveBeenCalledWith(url);

    reject(new Error('denied'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getByText(t.share.copy)).toBeTruthy();
    expect(screen.queryByText(t.share.copied)).toBeNull();
  });

  it('lets the browser follow the link when the clipboard API is missing', () => {
    setClipboard(undefined);
    renderShare();
    const click = watchClick();
    fireEvent.click(screen.getByRole('link', { name: t.share.copy }));
    click.stop();
    expect(click.seen.defaultPrevented).toBe(false);
    expect(screen.getByText(t.share.copy)).toBeTruthy();
  });
});
