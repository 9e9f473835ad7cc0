import { localeOfPath } from '../routes';
import type { Locale } from './locales';

/**
 * A reader who follows the language switch has chosen a language. The switch
 * is a plain link to the same page in the other locale, so the Referer is this
 * very path with the other locale: any other link (a search result, a view
 * link) is not a choice.
 */
export function followedLanguageSwitch(
  request: { referer: string | null; host: string | null; pathname: string },
  locale: Locale,
): boolean {
  if (!request.referer || !URL.canParse(request.referer)) return false;
  const from = new URL(request.referer);
  if (from.host !== request.host) return false;
  const previous = localeOfPath(from.pathname);
  if (previous === undefined || previous === locale) return false;
  return from.pathname.replace(`/${previous}`, `/${locale}`) === request.pathname;
}
