import type { Piece, Version } from './content/types';
import type { Locale } from './i18n/locales';
import { getMessages } from './i18n/messages';
import { paths } from './routes';
import { absoluteUrl } from './public-url';
import { description } from './seo';

const schemaType = { news: 'NewsArticle', analysis: 'AnalysisNewsArticle' } as const;

/** A version's URL, which also serves as its JSON-LD @id. */
const versionUrl = (piece: Piece, locale: Locale) => absoluteUrl(paths.article(locale, piece.slug));

/**
 * schema.org description of one language version of a piece. Versions point
 * at each other: a translation names the work it translates
 * (`translationOfWork`), the original lists its translations (`workTranslation`).
 */
export function articleJsonLd(piece: Piece, version: Version, imageUrl: string) {
  const t = getMessages(version.locale);
  const url = versionUrl(piece, version.locale);
  const translations = piece.locales.map((l) => piece.versions[l]!).filter((v) => v.translation);
  return {
    '@context': 'https://schema.org',
    '@type': schemaType[piece.kind],
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: version.title,
    description: description(version),
    datePublished: piece.date,
    inLanguage: version.locale,
    keywords: piece.tags.map((tag) => tag.labels[version.locale]),
    articleSection: t.kinds[piece.kind],
    wordCount: version.wordCount,
    image: imageUrl,
    isBasedOn: version.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.issue ? `${s.name}, ${s.issue}` : s.name,
      ...(s.url ? { url: s.url } : {}),
    })),
    publisher: { '@type': 'Organization', name: t.siteName, url: absoluteUrl(paths.home(version.locale)) },
    ...(version.translation ? { translationOfWork: { '@id': versionUrl(piece, version.translation.from) } } : {}),
    ...(!version.translation && translations.length > 0
      ? { workTranslation: translations.map((v) => ({ '@id': versionUrl(piece, v.locale), inLanguage: v.locale })) }
      : {}),
    ...(version.translation ? { translator: { '@type': 'Organization', name: t.siteName } } : {}),
  };
}
