import { newsroom, type DateKind } from './content/schema';
import type { Piece, Tag, Version } from './content/types';
import type { Locale } from './i18n/locales';
import { getMessages } from './i18n/messages';
import { paths } from './paths';
import { absoluteUrl } from './public-url';
import { description } from './seo';
import { authorsOf } from './views/provenance';

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
  const publisher = { '@type': 'Organization', name: t.siteName, url: absoluteUrl(paths.home(version.locale)) };
  // A person by name; the newsroom is the publisher itself.
  const credited = (name: string) => (name === newsroom ? publisher : { '@type': 'Person', name });
  const latest = version.corrections.at(-1);
  const authors = authorsOf(piece, version);
  const corrections = version.corrections.filter((c) => c.kind === 'correction');
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
    about: piece.tags.map((tag) => tagEntity(tag, version.locale)),
    articleSection: t.kinds[piece.kind],
    wordCount: version.wordCount,
    image: imageUrl,
    isBasedOn: version.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.issue ? `${s.name}, ${s.issue}` : s.name,
      ...(s.url ? { url: s.url } : {}),
    })),
    publisher,
    ...(authors ? { author: authors.map(credited) } : {}),
    ...(latest ? { dateModified: latest.date } : {}),
    ...(corrections.length > 0
      ? { correction: corrections.map((c) => ({ '@type': 'CorrectionComment', datePublished: c.date, text: c.text.text })) }
      : {}),
    ...(version.translation
      ? {
          translationOfWork: { '@type': schemaType[piece.kind], '@id': versionUrl(piece, version.translation.from), inLanguage: version.translation.from },
          ...(version.translation.by ? { translator: version.translation.by.map(credited) } : {}),
        }
      : {}),
    ...(!version.translation && translations.length > 0
      ? { workTranslation: translations.map((v) => ({ '@type': schemaType[piece.kind], '@id': versionUrl(piece, v.locale), inLanguage: v.locale })) }
      : {}),
  };
}

const entityType = { person: 'Person', place: 'Place', organisation: 'Organization', topic: 'Thing' } as const satisfies Record<Tag['kind'], string>;

/**
 * The schema.org property of each date a tag may carry. schema.org gives a
 * Place no founding or dissolution date (only an Organization has them), so
 * a place's dates stay on its page and out of its structured data.
 */
const dateProperty: Record<Tag['kind'], Partial<Record<DateKind, string>>> = {
  person: { born: 'birthDate', died: 'deathDate' },
  organisation: { founded: 'foundingDate', dissolved: 'dissolutionDate' },
  place: {},
  topic: {},
};

/** A tag as the subject of something: what it is, its name in `locale`, its page there. */
export function tagEntity(tag: Pick<Tag, 'slug' | 'kind' | 'labels'>, locale: Locale) {
  return { '@type': entityType[tag.kind], name: tag.labels[locale], url: absoluteUrl(paths.tag(locale, tag.slug)) };
}

/** The other names a tag is known by: its aliases, without its name in `locale`, each spelling once whatever its case. */
function alternateNames(tag: Pick<Tag, 'labels' | 'aliases'>, locale: Locale): string[] {
  const seen = new Set([tag.labels[locale].toLocaleLowerCase(locale)]);
  return tag.aliases.filter((alias) => {
    const key = alias.toLocaleLowerCase(locale);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** schema.org description of a tag's subject, for its page in `locale`: a Person, Place, Organization or Thing (a topic). */
export function tagJsonLd(tag: Tag, locale: Locale) {
  const alternateName = alternateNames(tag, locale);
  const dates = Object.entries(tag.dates ?? {}).flatMap(([kind, date]) => {
    const property = dateProperty[tag.kind][kind as DateKind];
    return property && date ? [[property, date] as const] : [];
  });
  return {
    '@context': 'https://schema.org',
    ...tagEntity(tag, locale),
    ...(alternateName.length > 0 ? { alternateName } : {}),
    ...(tag.description ? { description: tag.description[locale].text } : {}),
    ...Object.fromEntries(dates),
  };
}
