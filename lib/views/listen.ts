import { otherLocale, type Locale } from '../i18n/locales';
import { getMessages, type Messages } from '../i18n/messages';

/**
 * The "Listen" player of a piece's pages (client/listen.js): the text read
 * aloud by the browser's speech synthesis, sentence by sentence, in a voice of
 * its language, and on in the other language from the same sentence.
 */
export interface ListenView {
  /** The language of the text read (a piece shown in its other version is read in that version's). */
  lang: Locale;
  /**
   * The other version, to continue in: on the one-language page, its page
   * (`from`), whose sentences are fetched as the sentence card does; side by
   * side, the other column (no `from`). Absent for a piece in one language.
   */
  other?: { lang: Locale; from?: string };
  /** The speeds offered, the first that is 1 chosen by default. */
  rates: { value: number; label: string }[];
  labels: Omit<Messages['listen'], 'continueIn' | 'readingIn' | 'loading' | 'failed'> & {
    /** "Continue in English", and "Continue in French" to come back. */
    continueIn?: { there: string; back: string };
    readingIn?: { there: string; back: string };
    loading?: string;
    failed?: string;
  };
}

export const listenRates = [0.75, 1, 1.25, 1.5] as const;

/** The player in the page's `locale`, for a text in `lang`, with the other version if there is one. */
export function listenView(locale: Locale, lang: Locale, other?: { from?: string }): ListenView {
  const { continueIn, readingIn, loading, failed, ...labels } = getMessages(locale).listen;
  const there = otherLocale(lang);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return {
    lang,
    ...(other ? { other: { lang: there, ...(other.from ? { from: other.from } : {}) } } : {}),
    rates: listenRates.map((value) => ({ value, label: `${number.format(value)}×` })),
    labels: {
      ...labels,
      ...(other
        ? {
            continueIn: { there: continueIn[there], back: continueIn[lang] },
            readingIn: { there: readingIn[there], back: readingIn[lang] },
            ...(other.from ? { loading: loading[there], failed: failed[there] } : {}),
          }
        : {}),
    },
  };
}
