import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';
import { defaultLocale, isLocale, locales, type Locale } from './locales';

/** The remembered choice first, then Accept-Language, else the default. */
export function negotiateLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookie)) return cookie;
  if (!acceptLanguage) return defaultLocale;
  const requested = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages();
  try {
    const found = match(requested, [...locales], defaultLocale);
    return isLocale(found) ? found : defaultLocale;
  } catch {
    // A malformed tag in the header (e.g. "*" or "x_y") makes the matcher throw.
    return defaultLocale;
  }
}
