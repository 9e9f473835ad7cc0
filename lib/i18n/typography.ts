import type { Locale } from './locales';

// The typography our own French and English texts are held to (interface
// messages, tag descriptions). Article texts are not checked: a source's
// wording and punctuation are kept as published.

const noBreakSpaces = new Set(['\u00a0', '\u202f']);
const spacedBefore = new Set([':', ';', '?', '!', '»']);

function near(text: string, at: number): string {
  return JSON.stringify(text.slice(Math.max(0, at - 15), at + 15));
}

/** The French rules broken in `text`, one message each: empty when it is right. */
export function frenchTypographyProblems(text: string): string[] {
  const problems: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const previous = text[i - 1];
    const next = text[i + 1];
    if (spacedBefore.has(char) && previous !== undefined && !noBreakSpaces.has(previous)) {
      // A time (10:30) and a URL scheme (https://) take no space before their colon.
      const exempt = char === ':' && previous !== ' ' && (/\d/.test(previous) || text.startsWith('//', i + 1));
      if (!exempt) {
        problems.push(
          previous === ' '
            ? `ordinary space before "${char}": use a no-break space (U+00A0 or U+202F), near ${near(text, i)}`
            : `no space before "${char}": add a no-break space (U+00A0 or U+202F), near ${near(text, i)}`,
        );
      }
    } else if (char === '«' && next !== undefined && !noBreakSpaces.has(next)) {
      problems.push(
        next === ' '
          ? `ordinary space after "«": use a no-break space (U+00A0 or U+202F), near ${near(text, i)}`
          : `no space after "«": add a no-break space (U+00A0 or U+202F), near ${near(text, i)}`,
      );
    } else if (char === "'") {
      problems.push(`typewriter apostrophe "'": use "’", near ${near(text, i)}`);
    }
  }
  return problems;
}

/** English rules broken in `text`: French quotation marks and spacing carried over from a French text. */
export function englishTypographyProblems(text: string): string[] {
  const problems: string[] = [];
  if (/[«»]/.test(text)) problems.push(`French quotation marks "« »" in English: use “ ”, near ${near(text, text.search(/[«»]/))}`);
  const spaced = text.search(/[ \u00a0\u202f][:;?!]/);
  if (spaced !== -1) problems.push(`space before "${text[spaced + 1]}": English puts none, near ${near(text, spaced)}`);
  return problems;
}

export const typographyProblems: Record<Locale, (text: string) => string[]> = {
  fr: frenchTypographyProblems,
  en: englishTypographyProblems,
};
