import type { Locale } from './i18n/locales';

/** Every internal URL is built here, so the URL contract lives in one file. */
export const paths = {
  home: (locale: Locale) => `/${locale}`,
  article: (locale: Locale, slug: string) => `/${locale}/articles/${slug}`,
  parallel: (locale: Locale, slug: string) => `/${locale}/articles/${slug}/parallel`,
  tags: (locale: Locale) => `/${locale}/tags`,
  tag: (locale: Locale, tag: string) => `/${locale}/tags/${tag}`,
};
