import type { Metadata } from 'next';
import { PageShell } from '@/components/PageShell';
import { PieceList } from '@/components/PieceList';
import { getLibrary } from '@/lib/content/site';
import { locales } from '@/lib/i18n/locales';
import { localeOf } from '../params';
import { getMessages } from '@/lib/i18n/messages';
import { paths } from '@/lib/routes';
import { alternatesFor } from '@/lib/seo';
import { pieceCard } from '@/lib/view';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = getMessages(locale);
  return {
    title: { absolute: `${t.home.title} — ${t.siteName}` },
    description: t.home.intro,
    alternates: alternatesFor(locale, locales, paths.home),
  };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await localeOf(params);
  const t = getMessages(locale);
  const library = getLibrary();
  return (
    <PageShell locale={locale} pathIn={paths.home}>
      <div className="mb-10 max-w-measure space-y-2">
        <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">{t.home.title}</h1>
        <p className="font-serif text-lg text-stone-700 dark:text-stone-300">{t.home.intro}</p>
      </div>
      <PieceList pieces={library.list(locale).map((l) => pieceCard(library, l, locale))} tagsLabel={t.article.tags} />
    </PageShell>
  );
}
