import type { Metadata } from 'next';
import { PageIntro } from '@/components/PageIntro';
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
      <PageIntro title={t.home.title} intro={t.home.intro} />
      <PieceList pieces={library.list(locale).map((l) => pieceCard(library, l, locale))} tagsLabel={t.article.tags} />
    </PageShell>
  );
}
