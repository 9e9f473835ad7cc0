/**
 * The cookie that remembers the reader's language, read by `/` before
 * Accept-Language (the search service's redirect, or client/choose-language.js
 * on a static host). Set by the language switch on click (client/site.js):
 * pages are files, and no server sees the choice being made.
 */
export const localeCookie = {
  name: 'locale',
  options: { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' as const },
};

/** The cookie as client/site.js sets it, in `document.cookie` syntax. */
export function localeCookieAssignment(locale: string): string {
  const { path, maxAge, sameSite } = localeCookie.options;
  return `${localeCookie.name}=${locale}; path=${path}; max-age=${maxAge}; samesite=${sameSite}`;
}
