import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/csp';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { localeCookie, negotiateLocale } from '@/lib/i18n/negotiate';
import { paths } from '@/lib/routes';
import { readSiteManifest, siteManifestPath } from '@/lib/site-manifest';

const development = process.env.NODE_ENV === 'development';

interface Site {
  /**
   * Every URL the site serves, or null in development: `next dev` leaves the
   * last build's manifest in place, but the content may have changed since
   * (pages unknown to the dev server 404 through Next itself).
   */
  known: ReadonlySet<string> | null;
  hashes: Readonly<Record<string, string[]>>;
}

let site: Site | undefined;

function builtSite(): Site {
  if (development) return { known: null, hashes: {} };
  if (!site) {
    const manifest = readSiteManifest();
    if (!manifest) console.error(`${siteManifestPath()} is missing: build with \`npm run build\`, not \`next build\` alone.`);
    site = { known: manifest ? new Set(manifest.paths) : null, hashes: manifest?.scriptHashes ?? {} };
  }
  return site;
}

/** The policy for the prerendered page at `route`, from the hashes recorded after the build. */
function policyFor(route: string): string {
  return development ? contentSecurityPolicy('development') : contentSecurityPolicy({ hashes: builtSite().hashes[route] ?? [] });
}

/**
 * Search is rendered per request, so its inline scripts cannot be hashed in
 * advance: it gets a nonce, which Next reads from the request's policy header
 * and puts on its scripts.
 */
function withNonce(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = development ? contentSecurityPolicy('development') : contentSecurityPolicy({ nonce });
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
  const { known } = builtSite();
  const pathLocale = localeOfPath(pathname);
  if (pathLocale && pathname === paths.search(pathLocale)) {
    const response = withNonce(request);
    return switchedTo(request, pathLocale) ? remember(response, pathLocale) : response;
  }

  if (pathname !== '/' && (known === null || known.has(pathname))) {
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
