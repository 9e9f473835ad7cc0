import { describe, expect, it } from 'vitest';
import { englishTypographyProblems, frenchTypographyProblems } from '@/lib/i18n/typography';

const nbsp = '\u00a0';
const narrow = '\u202f';

describe('frenchTypographyProblems', () => {
  it('accepts either no-break space before : ; ? ! » and after «', () => {
    for (const space of [nbsp, narrow]) {
      expect(frenchTypographyProblems(`Alors${space}: qui${space}? Non${space}! Oui${space}; «${space}Bof${space}».`)).toEqual([]);
    }
  });

  it('accepts a colon in a time or a URL, and punctuation at the very start', () => {
    expect(frenchTypographyProblems('À 10:30, voir https://example.org.')).toEqual([]);
    expect(frenchTypographyProblems('? est une question.')).toEqual([]);
  });

  it('reports an ordinary space, or none, before : ; ? ! »', () => {
    expect(frenchTypographyProblems('Pourquoi ?')).toEqual([expect.stringMatching(/^ordinary space before "\?": use a no-break space/)]);
    expect(frenchTypographyProblems('Pourquoi?')).toEqual([expect.stringMatching(/^no space before "\?": add a no-break space/)]);
    expect(frenchTypographyProblems('Note : un; deux! trois')).toHaveLength(3);
    expect(frenchTypographyProblems(`«${nbsp}citation »`)).toEqual([expect.stringMatching(/^ordinary space before "»"/)]);
  });

  it('reports an ordinary space, or none, after «', () => {
    expect(frenchTypographyProblems(`« citation${nbsp}»`)).toEqual([expect.stringMatching(/^ordinary space after "«"/)]);
    expect(frenchTypographyProblems(`«citation${nbsp}»`)).toEqual([expect.stringMatching(/^no space after "«"/)]);
  });

  it('reports a typewriter apostrophe, and says where', () => {
    expect(frenchTypographyProblems("l'ancien président")).toEqual([`typewriter apostrophe "'": use "’", near "l'ancien préside"`]);
  });

  it('finds what the rules once inlined in the messages test found', () => {
    const inlined = (text: string) =>
      / [:;?!»]/.test(text) || /« /.test(text) || /[^\u00a0\u202f][;?!»]|[^\u00a0\u202f\d]:(?!\/\/)/.test(text) || /«[^\u00a0]/.test(text) || text.includes("'");
    const samples = ['Archives : 2022', `Archives${nbsp}: 2022`, 'Fin.»', `«${nbsp}x${nbsp}»`, 'l’été', "l'été", 'https://x', 'a :// b', 'Page 2/3', '10:30'];
    for (const text of samples) expect(frenchTypographyProblems(text).length > 0, text).toBe(inlined(text));
  });
});

describe('englishTypographyProblems', () => {
  it('accepts English quotation marks and spacing', () => {
    expect(englishTypographyProblems('He said: “Why?” It’s over; no!')).toEqual([]);
  });

  it('reports French quotation marks and a space before punctuation', () => {
    expect(englishTypographyProblems(`He said «${nbsp}no${nbsp}».`)).toEqual([expect.stringMatching(/^French quotation marks/)]);
    expect(englishTypographyProblems(`Why${nbsp}?`)).toEqual([expect.stringMatching(/^space before "\?": English puts none/)]);
  });
});
