import { NextResponse, type NextRequest } from 'next/server';
import { perRequestPolicy } from '@/lib/csp';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { followedLanguageSwitch, localeCookie } from '@/lib/i18n/remembered';
import type { Locale } from '@/lib/i18n/locales';
import { localeOfPath, paths } from '@/lib/routes';
import { serving } from '@/lib/serving';

/**
 * `/` goes to the reader's language. A URL of the site goes through with its
 * Content-Security-Policy; any other is answered with the localized 404 page
 * and status 404: in the URL's locale when it has one, else in the reader's.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const locale = localeOfPath(pathname);
  if (pathname === '/') return toReadersLanguage(request);
  if (locale && pathname === paths.search(locale)) return remembering(request, locale, search(request));
  if (serving().serves(pathname)) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', serving().policy(pathname));
    const type = serving().contentType(pathname);
    if (type) response.headers.set('Content-Type', type);
    return locale ? remembering(request, locale, response) : response;
  }
  const target = request.nextUrl.clone();
  target.pathname = paths.notFound(locale ?? readersLanguage(request));
  const response = NextResponse.rewrite(target, { status: 404 });
  response.headers.set('Content-Security-Policy', serving().policy(target.pathname));
  return response;
}

function readersLanguage(request: NextRequest): Locale {
  return negotiateLocale(request.cookies.get(localeCookie.name)?.value, request.headers.get('accept-language'));
}

function toReadersLanguage(request: NextRequest): NextResponse {
  const target = request.nextUrl.clone();
  target.pathname = paths.home(readersLanguage(request));
  const response = NextResponse.redirect(target, 307);
  response.headers.set('Vary', 'Cookie, Accept-Language');
  response.headers.set('Cache-Control', 'private, no-store');
  response.headers.set('Content-Security-Policy', serving().policy('/'));
  return response;
}

/** Search is rendered per request, under a nonce: Next reads it from the request's policy header. */
function search(request: NextRequest): NextResponse {
  const { policy } = perRequestPolicy();
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

/** Remembers a reader's choice of language; a response that sets a cookie must not be stored by shared caches. */
function remembering(request: NextRequest, locale: Locale, response: NextResponse): NextResponse {
  const followed = followedLanguageSwitch(
    { referer: request.headers.get('referer'), host: request.headers.get('host'), pathname: request.nextUrl.pathname },
    locale,
  );
  if (!followed) return response;
  response.cookies.set(localeCookie.name, locale, localeCookie.options);
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  matcher: ['/((?!_next/static/|_next/image).*)'],
};
