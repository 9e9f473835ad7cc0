import { describe, expect, it } from 'vitest';
import { getMessages } from '@/lib/i18n/messages';
import { frenchTypographyProblems } from '@/lib/i18n/typography';

/** Every string a message file yields, calling message functions with sample arguments. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return strings((value as (...a: unknown[]) => unknown)(2, 'Tokaïev'));
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('interface messages', () => {
  it('use French typography in French: no-break space before : ; ? ! » and after «, ’ not \'', () => {
    for (const text of strings(getMessages('fr'))) expect(frenchTypographyProblems(text), text).toEqual([]);
  });

  it('have the same keys in both languages', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
        : [prefix];
    expect(keys(getMessages('en')).sort()).toEqual(keys(getMessages('fr')).sort());
  });
});
