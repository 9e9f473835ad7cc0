import type { ContentLibrary } from './content/library';
import { locales } from './i18n/locales';
import { feedPaths } from './feed';
import { paths } from './routes';

/** Every page of the site in every locale. */
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

/** Files at the root that are not pages: the icon, the two small scripts, the sitemap and robots.txt. */
const rootFiles = ['/icon.svg', '/keep-place.js', '/live-search.js', '/sitemap.xml', '/robots.txt'];

/** Every URL the site answers with 200 (search aside): pages, feeds, preview images, root files. */
export function servedPaths(library: ContentLibrary): string[] {
  const images = library.pieces.flatMap((p) => locales.map((l) => paths.articleImage(l, p.slug)));
  return [...sitePaths(library), ...feedPaths(library), ...images, ...rootFiles];
}
