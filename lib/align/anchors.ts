import type { Locale } from '../i18n/locales';
import type { AlignedSentence } from './align';

/** A sentence as the aligner sees it: its length in characters and its anchors. */
export function alignedSentence(text: string, locale: Locale, names: (text: string) => ReadonlySet<string>): AlignedSentence {
  return { length: text.length, anchors: anchorsOf(text, locale, names) };
}

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
  for (const [figure] of sentence.matchAll(numbers[locale])) {
    const value = valueOf(figure, locale);
    if (Number.isFinite(value)) anchors.add(`number:${value}`);
  }
  for (const [word] of sentence.matchAll(/\p{L}+/gu)) {
    // French months are lower case, but open a sentence capitalised ("Mai fut…").
    const month = months[locale].get(locale === 'fr' ? word.toLowerCase() : word);
    if (month) anchors.add(`month:${month}`);
  }
  if (quotation.test(sentence)) anchors.add('quotation');
  for (const slug of names(sentence)) anchors.add(`tag:${slug}`);
  return anchors;
}

/**
 * A figure as each language writes it: thousands in groups of three, parted
 * by a (no-break) space in French and a comma in English, then the decimals.
 * Two figures side by side ("en 2021 3 000 personnes") stay two.
 */
const numbers: Record<Locale, RegExp> = {
  fr: /\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?/gu,
  en: /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?/gu,
};

function valueOf(figure: string, locale: Locale): number {
  const plain = locale === 'fr' ? figure.replace(/[\u00a0\u202f ]/gu, '').replace(',', '.') : figure.replace(/,/g, '');
  return Number(plain);
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
