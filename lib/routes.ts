import type { Locale } from './i18n/locales';

/** Every internal URL is built here, so the URL contract lives in one file. */
export const paths = {
  home: (locale: Locale) => `/${locale}`,
  article: (locale: Locale, slug: string) => `/${locale}/articles/${slug}`,
  parallel: (locale: Locale, slug: string) => `/${locale}/articles/${slug}/parallel`,
  tags: (locale: Locale) => `/${locale}/tags`,
  search: (locale: Locale, query?: string) =>
    query ? `/${locale}/search?${new URLSearchParams({ q: query })}` : `/${locale}/search`,
  tag: (locale: Locale, tag: string) => `/${locale}/tags/${tag}`,
};
