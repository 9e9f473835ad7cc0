// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { Listen } from '@/components/Listen';
import { getMessages } from '@/lib/i18n/messages';
import { listenView } from '@/lib/views/listen';

/** As the server writes it: the script it links is never run here. */
function render(element: React.ReactElement) {
  const container = document.createElement('div');
  container.innerHTML = renderToStaticMarkup(element);
  return { container };
}

const t = getMessages('fr').listen;

describe('Listen', () => {
  it('is inert until its script shows it: the button invisible, the player hidden, the script linked', () => {
    const { container } = render(<Listen view={listenView('fr', 'fr', { from: '/en/articles/x' })} />);
    const button = container.querySelector('button[data-listen]')!;
    expect(button.className.split(' ')).toContain('invisible');
    expect(button.getAttribute('data-lang')).toBe('fr');
    expect(button.getAttribute('data-other')).toBe('en');
    expect(button.getAttribute('data-from')).toBe('/en/articles/x');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const player = container.querySelector('#listen-player')!;
    expect(player.hasAttribute('hidden')).toBe(true);
    expect(player.getAttribute('role')).toBe('region');
    expect(player.getAttribute('aria-label')).toBe(t.player);
    expect(container.querySelector('script[data-own-script="listen"]')?.getAttribute('src')).toMatch(/^\/scripts\/listen\.[0-9a-f]{12}\.js$/);
  });

  it('names every control in the page’s language', () => {
    const { container } = render(<Listen view={listenView('fr', 'fr', {})} />);
    const names = [...container.querySelectorAll('#listen-player button')].map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(names).toEqual([t.previous, t.pause, t.next, t.continueIn.en, t.stop]);
    expect(container.querySelector('label')?.textContent).toContain(t.speed);
    expect(container.querySelector('select')?.value).toBe('1');
  });

  it('only phrasing content, so that it can sit in a paragraph', () => {
    const { container } = render(<Listen view={listenView('en', 'en', {})} />);
    const blocks = container.querySelectorAll('div, p, ul, ol, section, header, footer, h1, h2, h3');
    expect(blocks.length).toBe(0);
  });

  it('no way on in another language for a piece in one language', () => {
    const { container } = render(<Listen view={listenView('en', 'en')} />);
    expect(container.querySelector('[data-switch]')).toBeNull();
    expect(container.querySelector('button[data-listen]')!.hasAttribute('data-other')).toBe(false);
  });
});
