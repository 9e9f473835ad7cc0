/**
 * How a response may be cached: written into the headers of every file of
 * the site (lib/build/headers.ts), and sent by the search service. No page's
 * name carries a hash, so no page is immutable: a shared cache keeps a page a
 * few minutes, never a year past the next build. A linked script's name does.
 */
export const cachePolicy = {
  /**
   * The same for every reader, and changed only by a new build: a shared
   * cache keeps it five minutes, and may serve it stale for a day while it
   * fetches it again; a browser asks each time, and gets a 304 by its ETag.
   */
  shared: 'public, max-age=0, s-maxage=300, stale-while-revalidate=86400',
  /**
   * A file whose name carries a hash of its bytes (`/scripts/sentences.<hash>.js`,
   * lib/own-scripts.ts): kept a year, since any change is a new name.
   */
  versioned: 'public, max-age=31536000, immutable',
  /** A 404 in the URL's language: kept a minute only, as the URL may exist after the next build. */
  missing: 'public, max-age=0, s-maxage=60',
  /** Depends on the reader (cookie, Accept-Language, query), or sets a cookie: never stored by a shared cache. */
  personal: 'private, no-store',
} as const;

/** The request headers a response answered in the reader's language depends on. */
export const readerHeaders = 'Cookie, Accept-Language';
