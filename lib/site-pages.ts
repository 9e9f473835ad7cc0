import type { ContentLibrary } from './content/library';
import { locales } from './i18n/locales';
import { paths } from './routes';

/** Every page path of the site in every locale: what the proxy lets through and what the sitemap lists. */
export function sitePaths(library: ContentLibrary): string[] {
  const tags = library.tagCounts('fr').map((t) => t.tag.slug);
  return locales.flatMap((locale) => [
    paths.home(locale),
    paths.tags(locale),
    ...library.pieces.map((p) => paths.article(locale, p.slug)),
    ...library.bilingual().map((p) => paths.parallel(locale, p.slug)),
    ...tags.map((tag) => paths.tag(locale, tag)),
  ]);
}
