import { NextResponse, type NextRequest } from 'next/server';
import { cachePolicy, readerHeaders } from '@/lib/cache-policy';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { localeCookie } from '@/lib/i18n/locale-cookie';
import { followedLanguageSwitch } from '@/lib/i18n/remembered';
import type { Locale } from '@/lib/i18n/locales';
import { localeOfPath, paths } from '@/lib/routes';
import { serving, type Serving } from '@/lib/serving';

/**
 * `/` goes to the reader's language. A URL of the site goes through with its
 * Content-Security-Policy; any other is answered with the localized 404 page
 * and status 404: in the URL's locale when it has one, else in the reader's.
 * Every response says how it may be cached (lib/cache-policy.ts).
 */
export function proxy(request: NextRequest) {
  const site = serving();
  // A build that cannot be served correctly serves nothing, and says what to do.
  if ('problem' in site) return refused(503, `Service Unavailable: ${site.problem}`, { 'Cache-Control': 'no-store', 'Retry-After': '60' });
  // Every URL of the site is read, never written to: no form posts, no server actions.
  if (request.method !== 'GET' && request.method !== 'HEAD') return refused(405, 'Method Not Allowed: the site only answers GET and HEAD.', { Allow: 'GET, HEAD' });
  const { pathname } = request.nextUrl;
  if (!decodable(pathname)) return refused(400, 'Bad Request: the path is not valid percent-encoded UTF-8.');
  const locale = localeOfPath(pathname);
  if (pathname === '/') return toReadersLanguage(request, site);
  if (locale && pathname === paths.search(locale)) return remembering(request, locale, search(site));
  if (site.serves(pathname)) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', site.policy());
    response.headers.set('Cache-Control', cachePolicy.shared);
    const type = site.contentType(pathname);
    if (type) response.headers.set('Content-Type', type);
    return locale ? remembering(request, locale, response) : response;
  }
  const target = request.nextUrl.clone();
  target.pathname = paths.notFound(locale ?? readersLanguage(request));
  const response = NextResponse.rewrite(target, { status: 404 });
  response.headers.set('Content-Security-Policy', site.policy());
  if (locale) {
    response.headers.set('Cache-Control', cachePolicy.missing);
  } else {
    response.headers.set('Cache-Control', cachePolicy.personal);
    response.headers.set('Vary', readerHeaders);
  }
  return response;
}

/** Next's router fails with a 500 on a path whose percent-encoding is not UTF-8 (`/%C0%AF/404`). */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** A plain-text answer for what no page of the site answers. */
function refused(status: number, message: string, headers: Record<string, string> = {}): NextResponse {
  return new NextResponse(`${status} ${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': cachePolicy.shared, ...headers },
  });
}

function readersLanguage(request: NextRequest): Locale {
  return negotiateLocale(request.cookies.get(localeCookie.name)?.value, request.headers.get('accept-language'));
}

function toReadersLanguage(request: NextRequest, site: Serving): NextResponse {
  const target = request.nextUrl.clone();
  target.pathname = paths.home(readersLanguage(request));
  const response = NextResponse.redirect(target, 307);
  response.headers.set('Vary', readerHeaders);
  response.headers.set('Cache-Control', cachePolicy.personal);
  response.headers.set('Content-Security-Policy', site.policy());
  return response;
}

/** Search is rendered per request, for one reader: never stored by a shared cache. */
function search(site: Serving): NextResponse {
  const response = NextResponse.next();
  response.headers.set('Content-Security-Policy', site.policy());
  response.headers.set('Cache-Control', cachePolicy.personal);
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
  response.headers.set('Cache-Control', cachePolicy.personal);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static/|_next/image).*)'],
};
