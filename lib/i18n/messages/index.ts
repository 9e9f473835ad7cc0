import type { Locale } from '../locales';
import { fr } from './fr';
import { en } from './en';

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : { [K in keyof T]: Widen<T[K]> };

/** The shape of the French file; every other language must provide the same keys. */
export type Messages = Widen<typeof fr>;

const messages: Record<Locale, Messages> = { fr, en };

export function getMessages(locale: Locale): Messages {
  return messages[locale];
}
