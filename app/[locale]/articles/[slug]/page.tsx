import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleHeader } from '@/components/ArticleHeader';
import { JsonLd } from '@/components/JsonLd';
import { PageShell } from '@/components/PageShell';
import { RelatedList } from '@/components/RelatedList';
import { ShareLinks } from '@/components/ShareLinks';
import { SourceList } from '@/components/SourceList';
import { TagLinks } from '@/components/TagLinks';
import { getLibrary } from '@/lib/content/site';
import { formatDate } from '@/lib/i18n/format';
import { locales } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { paths } from '@/lib/routes';
import { alternatesFor } from '@/lib/seo';
import { shareTargets } from '@/lib/share';
import { articleJsonLd } from '@/lib/structured-data';
import { absoluteUrl } from '@/lib/site-url';
import { readingTimeLabel, relatedCards, tagLinks } from '@/lib/view';
import { localeOf } from '../../../params';

export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary().pieces.map((piece) => ({ slug: piece.slug }));
}

async function load(params: PageProps<'/[locale]/articles/[slug]'>['params']) {
  const locale = await localeOf(params);
  const { slug } = await params;
  const article = getLibrary().article(slug, locale);
  if (!article) notFound();
  return { locale, ...article };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]'>): Promise<Metadata> {
  const { locale, piece, version } = await load(params);
  const library = getLibrary();
  const alternates = alternatesFor(locale, piece.locales, (l) => paths.article(l, piece.slug));
  const description = version.summary.map((s) => s.text).join(' ');
  return {
    title: version.title,
    description,
    alternates,
    openGraph: {
      type: 'article',
      siteName: getMessages(locale).siteName,
      title: version.title,
      description,
      url: alternates.canonical,
      locale: version.locale === 'fr' ? 'fr_FR' : 'en_US',
      alternateLocale: piece.locales.filter((l) => l !== version.locale).map((l) => (l === 'fr' ? 'fr_FR' : 'en_US')),
      publishedTime: piece.date,
      section: getMessages(locale).kinds[piece.kind],
      tags: piece.tags.map((t) => library.tag(t)?.labels[locale] ?? t),
    },
    // The same preview as Open Graph's (its route file adds og:image itself).
    twitter: { card: 'summary_large_image', title: version.title, description, images: [absoluteUrl(paths.articleImage(locale, piece.slug))] },
  };
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/articles/[slug]'>) {
  const { locale, piece, version, fallback } = await load(params);
  const library = getLibrary();
  const t = getMessages(locale);
  const lang = fallback ? version.locale : undefined;
  const url = absoluteUrl(paths.article(version.locale, piece.slug));
  return (
    <PageShell
      locale={locale}
      pathIn={(l) => paths.article(l, piece.slug)}
      keepPlace
      viewLinks={piece.locales.length === locales.length ? [{ href: paths.parallel(locale, piece.slug), label: t.parallel.link }] : undefined}
    >
      <JsonLd data={articleJsonLd(library, piece, version, absoluteUrl(paths.articleImage(locale, piece.slug)))} />
      <article className="mx-auto max-w-measure space-y-10">
        {fallback && (
          <p role="note" className="no-print rounded border border-amber-300 bg-amber-50 p-3 font-sans text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
            {t.article.notInLanguage}
          </p>
        )}
        <ArticleHeader
          kindLabel={t.kinds[piece.kind]}
          date={piece.date}
          dateLabel={formatDate(piece.date, locale)}
          title={version.title}
          lead={version.summary}
          readingTime={readingTimeLabel(version.wordCount, locale)}
          translatedFrom={version.translation ? t.article.translatedFrom[version.translation.from] : undefined}
          lang={lang}
        />
        <div
          lang={lang}
          className="prose prose-stone prose-lg max-w-none font-serif dark:prose-invert prose-headings:font-bold prose-a:text-accent dark:prose-a:text-accent-dark"
          dangerouslySetInnerHTML={{ __html: version.html }}
        />
        <footer className="space-y-8 border-t border-stone-300 pt-8 dark:border-stone-700">
          <SourceList
            heading={t.article.sources}
            issueLabel={t.article.issue}
            sources={version.sources}
            translationNote={version.translation?.note}
            lang={lang}
          />
          <section aria-labelledby="tags-heading" className="no-print space-y-2">
            <h2 id="tags-heading" className="font-sans text-xs font-bold uppercase tracking-wider text-stone-600 dark:text-stone-400">
              {t.article.tags}
            </h2>
            <TagLinks tags={tagLinks(library, piece.tags, locale)} label={t.article.tags} />
          </section>
          <ShareLinks
            heading={t.article.share}
            url={url}
            targets={shareTargets(url, version.title)}
            labels={{ ...t.share }}
          />
        </footer>
      </article>
      <div className="mx-auto mt-16 max-w-5xl">
        <RelatedList heading={t.article.related} becauseLabel={t.article.relatedBecause} pieces={relatedCards(library, library.related(piece.slug), locale)} />
      </div>
    </PageShell>
  );
}
