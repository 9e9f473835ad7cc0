/**
 * The cookie that remembers the reader's language, read by `/` before
 * Accept-Language. Set by the server when a request follows the language
 * switch (lib/i18n/remembered.ts), and by the switch itself on click, for
 * when a shared cache answers that request without reaching the server.
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
