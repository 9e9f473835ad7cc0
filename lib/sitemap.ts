import { XMLBuilder } from 'fast-xml-parser';
import type { ContentLibrary } from './content/library';
import { absoluteUrl } from './public-url';
import { sitemapPages, urlsPerSitemap } from './routes';
import { fill, paths } from './paths';
import { hreflangLinks } from './seo';

interface Entry {
  loc: string;
  lastmod?: string;
  languages: Record<string, string>;
}

/**
 * Every canonical page of the site: each page of each route in the sitemap,
 * in the locales it has a real translation in (a piece's URL in another
 * locale shows that version with a canonical link to it), with hreflang
 * alternates.
 */
export function sitemapEntries(library: ContentLibrary): Entry[] {
  return sitemapPages(library).flatMap(({ route, page }) => {
    const pathIn = (locale: string) => fill(route.pattern, { ...page.params, locale });
    const languages = hreflangLinks(page.translations, pathIn);
    return page.translations.map((locale) => ({
      loc: absoluteUrl(pathIn(locale)),
      ...(page.lastModified ? { lastmod: page.lastModified } : {}),
      languages,
    }));
  });
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: false, suppressEmptyNode: true });
const declaration = '<?xml version="1.0" encoding="UTF-8"?>';
const sitemapNs = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** `/sitemap.xml`: the index of the sitemap files, each of at most `urlsPerSitemap` URLs. */
export function sitemapIndex(library: ContentLibrary): string {
  const entries = sitemapEntries(library);
  const files = Math.max(1, Math.ceil(entries.length / urlsPerSitemap));
  const newest = library.pieces[0]?.date;
  const sitemap = Array.from({ length: files }, (_, i) => ({
    loc: absoluteUrl(paths.sitemapFile(i + 1)),
    ...(newest ? { lastmod: newest } : {}),
  }));
  return declaration + builder.build({ sitemapindex: { '@xmlns': sitemapNs, sitemap } });
}

/** Sitemap file `n` (from 1), or undefined past the last. */
export function sitemapFile(library: ContentLibrary, n: number): string | undefined {
  const entries = sitemapEntries(library).slice((n - 1) * urlsPerSitemap, n * urlsPerSitemap);
  if (n < 1 || entries.length === 0) return undefined;
  const url = entries.map(({ loc, lastmod, languages }) => ({
    loc,
    ...(lastmod ? { lastmod } : {}),
    'xhtml:link': Object.entries(languages).map(([hreflang, href]) => ({ '@rel': 'alternate', '@hreflang': hreflang, '@href': href })),
  }));
  return declaration + builder.build({ urlset: { '@xmlns': sitemapNs, '@xmlns:xhtml': 'http://www.w3.org/1999/xhtml', url } });
}
