import type { Locale } from '../i18n/locales';

/**
 * What a sentence says that its translation says too, in the same form or a
 * form we can map: the anchors of the sentence aligner (lib/align/align.ts).
 *
 * - numbers, as values: "5 800" and "5,800", "3,5" and "3.5" are one;
 * - months, by number: "janvier" and "January", "déc." and "Dec.";
 * - a quotation: a sentence quoting someone is translated by one that does;
 * - the tags it names (`names`: lib/content/mentions.ts's `tagNamer`).
 */
export function anchorsOf(sentence: string, locale: Locale, names: (text: string) => ReadonlySet<string>): Set<string> {
  const anchors = new Set<string>();
  for (const [number] of sentence.matchAll(numbers)) anchors.add(`number:${valueOf(number, locale)}`);
  for (const [word] of sentence.matchAll(/\p{L}+/gu)) {
    const month = months[locale].get(word);
    if (month) anchors.add(`month:${month}`);
  }
  if (quotation.test(sentence)) anchors.add('quotation');
  for (const slug of names(sentence)) anchors.add(`tag:${slug}`);
  return anchors;
}

/** A figure with its separators: 5 800, 5,800, 1,200.5, 3,5, 160. */
const numbers = /\d(?:[\d\u00a0\u202f ]*\d|[.,]\d)*/gu;

/** French writes 1 200,5; English 1,200.5. */
function valueOf(figure: string, locale: Locale): string {
  const digits = figure.replace(/[\u00a0\u202f ]/gu, '');
  const [thousands, decimal] = locale === 'fr' ? [/\./g, ','] : [/,/g, '.'];
  return String(Number(digits.replace(thousands, '').replace(decimal, '.')));
}

/**
 * Months and their abbreviations, as each language writes them: French in
 * lower case, English capitalised, so that "may" the verb is no month (nor
 * "sept", seven).
 */
const months: Record<Locale, Map<string, number>> = {
  fr: monthNames([
    ['janvier', 'janv'], ['février', 'févr', 'fevrier'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil', 'juill'], ['août', 'aout'], ['septembre'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'déc', 'decembre'],
  ]),
  en: monthNames([
    ['January', 'Jan'], ['February', 'Feb'], ['March', 'Mar'], ['April', 'Apr'], ['May'], ['June', 'Jun'],
    ['July', 'Jul'], ['August', 'Aug'], ['September', 'Sept', 'Sep'], ['October', 'Oct'], ['November', 'Nov'], ['December', 'Dec'],
  ]),
};

function monthNames(names: string[][]): Map<string, number> {
  return new Map(names.flatMap((spellings, i) => spellings.map((name) => [name, i + 1] as const)));
}

const quotation = /[«“"]/u;
