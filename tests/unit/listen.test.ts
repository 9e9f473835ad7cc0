import { describe, expect, it } from 'vitest';
import { getMessages } from '@/lib/i18n/messages';
import { listenRates, listenView } from '@/lib/views/listen';

describe('listenView', () => {
  it('offers the speeds as the page’s language writes them', () => {
    expect(listenView('fr', 'fr').rates.map((r) => r.label)).toEqual(['0,75×', '1×', '1,25×', '1,5×']);
    expect(listenView('en', 'en').rates.map((r) => r.label)).toEqual(['0.75×', '1×', '1.25×', '1.5×']);
    expect(listenView('en', 'en').rates.map((r) => r.value)).toEqual([...listenRates]);
  });

  it('on a one-language page, goes on in the other version’s page, labelled in the page’s language', () => {
    const view = listenView('fr', 'fr', { from: '/en/articles/x' });
    const t = getMessages('fr').listen;
    expect(view.other).toEqual({ lang: 'en', from: '/en/articles/x' });
    expect(view.labels.continueIn).toEqual({ there: t.continueIn.en, back: t.continueIn.fr });
    expect(view.labels.readingIn).toEqual({ there: t.readingIn.en, back: t.readingIn.fr });
    expect(view.labels.loading).toBe(t.loading.en);
    expect(view.labels.failed).toBe(t.failed.en);
  });

  it('side by side, goes on in the other column: nothing to load', () => {
    const view = listenView('en', 'en', {});
    expect(view.other).toEqual({ lang: 'fr' });
    expect(view.labels.continueIn).toEqual({ there: 'Continue in French', back: 'Continue in English' });
    expect(view.labels.loading).toBeUndefined();
  });

  it('a piece in one language, or shown in its other version, is read in its own language, with nothing to go on in', () => {
    const view = listenView('fr', 'en');
    expect(view.lang).toBe('en');
    expect(view.other).toBeUndefined();
    expect(view.labels.continueIn).toBeUndefined();
    expect(view.labels.listen).toBe('Écouter');
  });
});
