import { stemmer as stemFrench } from '@orama/stemmers/french';
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { eng, fra } from 'stopword';
import type { Locale } from '../i18n/locales';

/** Lower case, no accents, typographic apostrophe as straight: "Tokaïev" and "tokaiev" are one word. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’ʼ]/g, "'");
}

/** Words of a text with where they stand in it, for highlighting. */
export function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

const stemmers: Record<Locale, (word: string) => string> = { fr: stemFrench, en: stemEnglish };

/**
 * The forms a word is indexed and searched under: the folded word itself (for
 * prefixes of words being typed) and its stem (so "sanction" meets "sanctions").
 * A word from a query, whose language we do not know, gets both languages' stems.
 */
export function termForms(word: string, locale: Locale | 'any'): string[] {
  const key = `${locale}:${word}`;
  let forms = cache.get(key);
  if (!forms) {
    forms = computeForms(word, locale);
    // A vocabulary is far smaller than a corpus: stemming each distinct word once is the saving.
    if (cache.size > 200_000) cache.clear();
    cache.set(key, forms);
  }
  return forms;
}

const cache = new Map<string, string[]>();

/**
 * Words too common in either language to tell pieces apart ("le", "the", "de",
 * "of"). Texts are indexed without them, titles with them ("Entre Est et
 * Ouest"); a query drops them unless it has nothing else.
 */
const stopWords = new Set([...fra, ...eng].map(fold));

export function isStopWord(word: string): boolean {
  return stopWords.has(fold(word));
}

function computeForms(word: string, locale: Locale | 'any'): string[] {
  const folded = fold(word);
  // French elisions: "l'armée" is "armée".
  const bare = folded.replace(/^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)'/, '');
  const forms = new Set([bare]);
  for (const l of locale === 'any' ? (['fr', 'en'] as const) : [locale]) forms.add(stemmers[l](bare));
  return [...forms].filter((f) => f.length > 0);
}
