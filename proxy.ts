import fs from 'node:fs';
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, cspManifestFile } from '@/lib/csp';
import { getLibrary } from '@/lib/content/site';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { localeCookie, negotiateLocale } from '@/lib/i18n/negotiate';
import { paths } from '@/lib/routes';
import { servedPaths } from '@/lib/site-pages';

let known: ReadonlySet<string> | undefined;
let scriptHashes: Readonly<Record<string, string[]>> | undefined;

/** The policy for the prerendered page at `route`, from the hashes recorded after the build. */
function policyFor(route: string): string {
  if (process.env.NODE_ENV === 'development') return contentSecurityPolicy('development');
  if (!scriptHashes) {
    const file = path.join(process.cwd(), '.next', cspManifestFile);
    if (fs.existsSync(file)) scriptHashes = JSON.parse(fs.readFileSync(file, 'utf8'));
    else {
      console.error(`${file} is missing: build with \`npm run build\`, not \`next build\` alone; inline scripts will be refused.`);
      scriptHashes = {};
    }
  }
  return contentSecurityPolicy({ hashes: scriptHashes![route] ?? [] });
}

/**
 * Search is rendered per request, so its inline scripts cannot be hashed in
 * advance: it gets a nonce, which Next reads from the request's policy header
 * and puts on its scripts.
 */
function withNonce(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy =
    process.env.NODE_ENV === 'development' ? contentSecurityPolicy('development') : contentSecurityPolicy({ nonce });
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

function localeOfPath(pathname: string): Locale | undefined {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : undefined;
}

/**
 * A reader who follows the language switch has chosen a language. The switch
 * is a plain link to the same page in the other locale, so the Referer is this
 * very path with the other locale: any other link (a search result, a view
 * link) is not a choice.
 */
function switchedTo(request: NextRequest, locale: Locale): boolean {
  const referer = request.headers.get('referer');
  if (!referer || !URL.canParse(referer)) return false;
  const from = new URL(referer);
  if (from.host !== request.headers.get('host')) return false;
  const previous = localeOfPath(from.pathname);
  if (previous === undefined || previous === locale) return false;
  return from.pathname.replace(`/${previous}`, `/${locale}`) === request.nextUrl.pathname;
}

/** Remembers the choice; a response that sets a cookie must not be stored by shared caches. */
function remember(response: NextResponse, locale: Locale): NextResponse {
  response.cookies.set(localeCookie, locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

/**
 * `/` goes to the reader's language. Any URL that is not a page of the site is
 * answered with the localized 404 page and status 404: in the URL's locale
 * when it has one, else in the reader's language.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  known ??= new Set(servedPaths(getLibrary()));
  const pathLocale = localeOfPath(pathname);
  if (pathLocale && pathname === paths.search(pathLocale)) {
    const response = withNonce(request);
    return switchedTo(request, pathLocale) ? remember(response, pathLocale) : response;
  }

  if (known.has(pathname)) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', policyFor(pathname));
    return pathLocale && switchedTo(request, pathLocale) ? remember(response, pathLocale) : response;
  }

  const locale =
    pathLocale ?? negotiateLocale(request.cookies.get(localeCookie)?.value, request.headers.get('accept-language'));
  const target = request.nextUrl.clone();
  if (pathname === '/') {
    target.pathname = `/${locale}`;
    const response = NextResponse.redirect(target, 307);
    response.headers.set('Vary', 'Cookie, Accept-Language');
    response.headers.set('Cache-Control', 'private, no-store');
    response.headers.set('Content-Security-Policy', policyFor(pathname));
    return response;
  }
  target.pathname = `/${locale}/404`;
  const response = NextResponse.rewrite(target, { status: 404 });
  response.headers.set('Content-Security-Policy', policyFor(target.pathname));
  return response;
}

export const config = {
  matcher: ['/((?!_next/static/|_next/image).*)'],
};
