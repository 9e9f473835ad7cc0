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
    const doc = await render('fr', 'alpha');
    expect(doc.querySelector('[role="note"]')).toBeNull();
    expect(doc.querySelector('h1')?.hasAttribute('lang')).toBe(false);
    expect(doc.body.textContent).toContain('Traduit de l’anglais');
    expect(doc.querySelector('a[href="/fr/articles/alpha/parallel"]')).not.toBeNull();
    expect(doc.querySelector('a[data-language-switch]')?.getAttribute('href')).toBe('/en/articles/alpha');
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
