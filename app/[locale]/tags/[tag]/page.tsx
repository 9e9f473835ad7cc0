import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/PageShell';
import { PieceList } from '@/components/PieceList';
import { getLibrary } from '@/lib/content/site';
import { locales } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { paths } from '@/lib/routes';
import { alternatesFor } from '@/lib/seo';
import { absoluteUrl } from '@/lib/site-url';
import { pieceCard } from '@/lib/view';
import { localeOf } from '../../../params';

export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary()
    .tagCounts('fr')
    .map(({ tag }) => ({ tag: tag.slug }));
}

async function load(params: PageProps<'/[locale]/tags/[tag]'>['params']) {
  const locale = await localeOf(params);
  const { tag: slug } = await params;
  const tag = getLibrary().tag(slug);
  if (!tag) notFound();
  return { locale, tag };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/tags/[tag]'>): Promise<Metadata> {
  const { locale, tag } = await load(params);
  const t = getMessages(locale);
  return {
    title: t.tags.pageTitle(tag.labels[locale]),
    description: `${t.tags.pageTitle(tag.labels[locale])} — ${t.tags.count(getLibrary().tagged(tag.slug, locale).length)}`,
    alternates: alternatesFor(locale, locales, (l) => paths.tag(l, tag.slug), {
      url: absoluteUrl(paths.tagFeed(locale, tag.slug)),
      title: t.feed.tagLinkTitle(tag.labels[locale]),
    }),
  };
}

export default async function TagPage({ params }: PageProps<'/[locale]/tags/[tag]'>) {
  const { locale, tag } = await load(params);
  const t = getMessages(locale);
  const library = getLibrary();
  const pieces = library.tagged(tag.slug, locale).map((l) => pieceCard(library, l, locale));
  return (
    <PageShell locale={locale} pathIn={(l) => paths.tag(l, tag.slug)}>
      <div className="mb-10 space-y-2">
        <p className="font-sans text-sm">
          <a href={paths.tags(locale)} className="text-stone-600 underline underline-offset-2 hover:text-accent dark:text-stone-400 dark:hover:text-accent-dark">
            {t.tags.allTags}
          </a>
        </p>
        <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">{tag.labels[locale]}</h1>
        <p className="font-sans text-sm text-stone-600 dark:text-stone-400">
          {t.tags.kinds[tag.kind]} · {t.tags.count(pieces.length)}
        </p>
      </div>
      <PieceList pieces={pieces} tagsLabel={t.article.tags} />
    </PageShell>
  );
}
