import type { Locale } from '../i18n/locales';

/** A sentence of a paragraph: `text` is `paragraph.slice(start, end)`, without the spaces around it. */
export type Sentence = { text: string; start: number; end: number };

// Unicode's sentence boundaries (UAX #29, built into the engine as
// Intl.Segmenter) do the general work: full stops inside numbers and
// initialisms (3.5, U.S.), a full stop before lower case, closing quotes and
// brackets after a full stop. What they cannot know is taught below: the
// abbreviations of news in each language, the French spaced quotes, and a
// question or exclamation that the sentence goes on after.

/**
 * Abbreviations that lead into the word after them, so their full stop never
 * ends a sentence: a title before a name ("M. Dubien"), "av. J.-C.", "cf. Le
 * Monde". French writes Mme, Dr, St without a full stop, and so has nothing to
 * cut there; they are listed with one for the texts that add it.
 */
const prefixes: Record<Locale, ReadonlySet<string>> = {
  fr: new Set(['M.', 'MM.', 'Mme.', 'Mmes.', 'Mlle.', 'Mlles.', 'Dr.', 'Pr.', 'Me.', 'Mgr.', 'St.', 'Ste.', 'av.', 'apr.', 'cf.', 'éd.', 'ex.']),
  en: new Set([
    ...['Mr.', 'Mrs.', 'Ms.', 'Messrs.', 'Dr.', 'Prof.', 'St.', 'Rev.'],
    ...['Gen.', 'Adm.', 'Lt.', 'Col.', 'Maj.', 'Capt.', 'Sgt.', 'Sen.', 'Rep.', 'Gov.'],
    ...['e.g.', 'i.e.', 'vs.', 'cf.'],
  ]),
};

/** Abbreviations whose full stop does not end a sentence before a number ("Jan. 10", "p. 12"), but does before a word ("le 2 janv. Le 5, …"). */
const beforeNumbers: Record<Locale, ReadonlySet<string>> = {
  fr: new Set(['p.', 'pp.', 'art.', 'env.', 'janv.', 'févr.', 'avr.', 'juil.', 'juill.', 'sept.', 'oct.', 'nov.', 'déc.']),
  en: new Set(['p.', 'pp.', 'No.', 'Nos.', 'approx.', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']),
};

/** Initials: "J. R. R. Tolkien", "Kassym-Jomart K. Tokayev", "J.-P. Sartre", "U.S. President". */
const initials = /^\p{Lu}\.(?:-?\p{Lu}\.)*$/u;

/** Eras, written like initials but closing a date, and often a sentence: "César meurt en 44 av. J.-C. Auguste…". */
const eras: Record<Locale, ReadonlySet<string>> = {
  fr: new Set(['J.-C.']),
  en: new Set(['B.C.']),
};

/**
 * Words that open a sentence and never go on a name after initials: "in the
 * U.S. The next day" ends a sentence there, "U.S. President Biden" does not.
 */
const openers: Record<Locale, ReadonlySet<string>> = {
  // Not Le or La, which open names (J.-M. Le Pen, B. Le Maire).
  fr: new Set(['Les', 'Un', 'Une', 'Des', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Mais', 'Et', 'Or', 'Ce', 'Cette', 'Ces', 'Cela', 'En', 'Dans', 'Après', 'Avant', 'Selon', 'Pour', 'Depuis']),
  en: new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'In', 'On', 'At', 'But', 'And', 'This', 'That', 'These', 'Those', 'There', 'Its', 'His', 'Her', 'Their', 'After', 'Before', 'When', 'While', 'However', 'Yet', 'So']),
};

/** French spacing parts a closing quote from its full stop (« Il est parti. »), where Unicode cuts: the mark goes back to its sentence. */
const spacedClosingQuote = /^[»”][\p{Pe}\p{Pf}]*/u;

/** What goes on with the same sentence after a question or a quote: « Pourquoi ? » demande-t-il. / "Why?" he asked. / « Pourquoi ? », dit-il. */
const continuation = /^\s*[\p{Ll},;:]/u;

// Made on first use: client/listen.js bundles this module, and a browser
// without Intl.Segmenter must be able to load it (and hide the player).
const segmenters: Partial<Record<Locale, Intl.Segmenter>> = {};
const segmenterOf = (locale: Locale) => (segmenters[locale] ??= new Intl.Segmenter(locale, { granularity: 'sentence' }));

/** The sentences of one paragraph of plain text (no Markdown), in order, as a French or English editor would cut them. */
export function sentences(text: string, locale: Locale): Sentence[] {
  const found: Sentence[] = [];
  let start = 0;
  for (const { index } of segmenterOf(locale).segment(asUnicodeShouldRead(text))) {
    if (index === 0) continue;
    const cut = index + (spacedClosingQuote.exec(text.slice(index))?.[0].length ?? 0);
    if (endsSentence(text.slice(start, cut), text.slice(cut), locale)) {
      found.push(...trimmed(text, start, cut));
      start = cut;
    }
  }
  found.push(...trimmed(text, start, text.length));
  return found;
}

/**
 * The paragraph as Unicode's rules should read it, character for character so
 * that offsets carry over. A line break inside a paragraph only wraps it, where
 * Unicode always cuts. An ellipsis ends a sentence before a capital ("à Almaty…
 * Ensuite ?") and not before lower case, as a full stop does, but Unicode does
 * not count it as one. And Unicode reads on from a full stop over figures to
 * the next letter, keeping "160 morts. 5 800 personnes ont été arrêtées." as
 * one sentence, where news often opens one with a figure: shown to it as
 * capitals, a figure ends that look-ahead.
 */
function asUnicodeShouldRead(text: string): string {
  return text.replace(/[\r\n\u0085\u2028\u2029]/g, ' ').replaceAll('…', '.').replace(/\d/g, 'X');
}

/** Whether `before`, the text since the last cut, is a whole sentence with `after` the next. */
function endsSentence(before: string, after: string, locale: Locale): boolean {
  if (continuation.test(after)) return false;
  const word = /[\p{L}.-]+$/u.exec(before.trimEnd())?.[0] ?? '';
  if (prefixes[locale].has(word)) return false;
  if (beforeNumbers[locale].has(word) && /^\s*\d/.test(after)) return false;
  return !initials.test(word) || eras[locale].has(word) || openers[locale].has(/^\s*(\p{L}+)[\s,]/u.exec(after)?.[1] ?? '');
}

/** The sentence in `text` from `start` to `end`, less the spaces around it; none if it is only spaces. */
function trimmed(text: string, start: number, end: number): Sentence[] {
  const raw = text.slice(start, end);
  const body = raw.trim();
  if (body === '') return [];
  const from = start + raw.length - raw.trimStart().length;
  return [{ text: body, start: from, end: from + body.length }];
}
