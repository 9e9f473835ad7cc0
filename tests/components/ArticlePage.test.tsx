// @vitest-environment jsdom
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getMessages } from '@/lib/i18n/messages';

// The page reads the site's content through the loader: point it at the fixture tree,
// where "beta" exists only in English and "gamma" only in French.
vi.stubEnv('CONTENT_DIR', path.join(__dirname, '..', 'fixtures', 'valid'));

let render: (locale: string, slug: string) => Promise<Document>;

beforeAll(async () => {
  const { default: ArticlePage } = await import('@/app/(site)/[locale]/articles/[slug]/page');
  render = async (locale, slug) => {
    const element = await ArticlePage({ params: Promise.resolve({ locale, slug }) } as never);
    return new DOMParser().parseFromString(renderToStaticMarkup(element), 'text/html');
  };
});

describe('article page', () => {
  it('shows a piece missing in the reader’s language in the language it exists in, marked, with a notice', async () => {
    const doc = await render('fr', 'beta');
    expect(doc.querySelector('[role="note"]')?.textContent).toBe(getMessages('fr').article.notInLanguage);
    expect(doc.querySelector('h1')?.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('h1')?.textContent).toBe('Beta only in English');
    expect(doc.querySelector('.article-text')?.getAttribute('lang')).toBe('en');
    // Interface text stays French.
    expect(doc.querySelector('#sources-heading')?.textContent).toBe('Sources');
    expect(doc.querySelector('#share-heading')?.textContent).toBe('Partager');
    // No side-by-side view for a piece in one language.
    expect(doc.querySelector('a[href$="/parallel"]')).toBeNull();
  });

  it('marks nothing when the piece exists in the reader’s language, and says when it is a translation', async () => {
    const doc = await render('en', 'epsilon');
    expect(doc.querySelector('[role="note"]')).toBeNull();
    expect(doc.querySelector('h1')?.hasAttribute('lang')).toBe(false);
    expect(doc.body.textContent).toContain('Translated from the French');
    expect(doc.querySelector('a[href="/en/articles/epsilon/parallel"]')).not.toBeNull();
    expect(doc.querySelector('a[data-language-switch]')?.getAttribute('href')).toBe('/fr/articles/epsilon');
  });

  it('credits authors and translators, and tells when the original changed after the translation', async () => {
    const fr = await render('fr', 'alpha');
    const header = fr.querySelector('article header')!.textContent!;
    expect(header).toContain('Traduit de l’anglais et abrégé par Paul Durand');
    // The French version names no author of its own: its original's wrote what it says.
    expect(header).toContain('Par Jeanne Martin et la rédaction');
    const note = fr.querySelector('[role="note"]')!;
    expect(note.textContent).toContain(getMessages('fr').provenance.behind.en);
    // Straight to the block that changed, in the original.
    expect(note.querySelector('a')?.getAttribute('href')).toBe('/en/articles/alpha#p-3');
    expect(note.querySelector('a')?.getAttribute('hreflang')).toBe('en');

    const en = await render('en', 'alpha');
    expect(en.querySelector('article header')!.textContent).toContain('By Jeanne Martin and our newsroom');
    expect(en.querySelector('[role="note"]')).toBeNull();
  });

  it('says under the date when the piece was last corrected, and lists every correction at the end of the text', async () => {
    for (const [locale, latest, heading, first] of [
      ['fr', 'Mis à jour le 1er février 2022', 'Corrections et mises à jour', /^12 janvier 2022 · , Correction · , Le deuxième paragraphe/],
      ['en', 'Updated on February 1, 2022', 'Corrections and updates', /^January 12, 2022 · , Correction · , The second paragraph/],
    ] as const) {
      const doc = await render(locale, 'alpha');
      const link = doc.querySelector('article header a[href="#corrections"]')!;
      expect(link.textContent).toBe(latest);
      expect(link.querySelector('time')?.getAttribute('datetime')).toBe('2022-02-01');
      const list = doc.querySelector('#corrections')!;
      expect(list.querySelector('h2')?.textContent).toBe(heading);
      const items = [...list.querySelectorAll('li')].map((li) => li.textContent);
      expect(items).toHaveLength(2);
      expect(items[0]).toMatch(first);
      // After the text, before the sources.
      expect(doc.querySelector('.article-text')!.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it('links the related pieces with the tags they share', async () => {
    const doc = await render('en', 'alpha');
    const related = doc.querySelector('section[aria-labelledby="related-heading"]')!;
    const titles = [...related.querySelectorAll('h3')].map((h) => h.textContent);
    expect(titles).toContain('Gamma');
    const gamma = [...related.querySelectorAll('li')].find((li) => li.querySelector('h3')?.textContent === 'Gamma')!;
    expect(gamma.querySelector('h3')?.getAttribute('lang')).toBe('fr');
    expect([...gamma.querySelectorAll('a[rel="tag"]')].map((a) => a.textContent)).toEqual(['Kassym-Jomart Tokayev', 'Kazakhstan']);
  });
});
