import type { MetadataRoute } from 'next';
import type { ContentLibrary } from './content/library';
import { absoluteUrl } from './public-url';
import { fill, routes, type Route } from './routes';
import { hreflangLinks } from './seo';

/**
 * Every canonical page of the site: each page of each route in the sitemap,
 * in the locales it has a real translation in (a piece's URL in another
 * locale shows that version with a canonical link to it), with hreflang
 * alternates.
 */
export function sitemap(library: ContentLibrary): MetadataRoute.Sitemap {
  return Object.values<Route>(routes)
    .filter((route) => route.inSitemap)
    .flatMap((route) =>
      route.pages(library).flatMap((page) => {
        const pathIn = (locale: string) => fill(route.pattern, { ...page.params, locale });
        const languages = hreflangLinks(page.translations, pathIn);
        return page.translations.map((locale) => ({
          url: absoluteUrl(pathIn(locale)),
          ...(page.lastModified ? { lastModified: page.lastModified } : {}),
          alternates: { languages },
        }));
      }),
    );
}
