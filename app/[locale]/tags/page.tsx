import type { Metadata } from 'next';
import { PageIntro } from '@/components/PageIntro';
import { PageShell } from '@/components/PageShell';
import { TagIndex } from '@/components/TagIndex';
import { getLibrary } from '@/lib/content/site';
import { locales } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { paths } from '@/lib/routes';
import { alternatesFor } from '@/lib/seo';
import { localeOf } from '../../params';

export async function generateMetadata({ params }: PageProps<'/[locale]/tags'>): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = getMessages(locale);
  return { title: t.tags.title, description: t.tags.intro, alternates: alternatesFor(locale, locales, paths.tags) };
}

export default async function TagsPage({ params }: PageProps<'/[locale]/tags'>) {
  const locale = await localeOf(params);
  const t = getMessages(locale);
  const tags = getLibrary()
    .tagCounts(locale)
    .map(({ tag, label, count }) => ({
      slug: tag.slug,
      href: paths.tag(locale, tag.slug),
      label,
      kindLabel: t.tags.kinds[tag.kind],
      countLabel: t.tags.count(count),
    }));
  return (
    <PageShell locale={locale} pathIn={paths.tags}>
      <PageIntro title={t.tags.title} intro={t.tags.intro} />
      <TagIndex tags={tags} />
    </PageShell>
  );
}
