import type { Metadata } from 'next';
import { PageIntro } from '@/components/PageIntro';
import { PageShell } from '@/components/PageShell';
import { LinkGroups } from '@/components/LinkGroups';
import { localeOf } from '@/app/params';
import { getLibrary } from '@/lib/content/current';
import { tagIndexView } from '@/lib/views/listings';

type Props = PageProps<'/[locale]/tags'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return tagIndexView(getLibrary(), await localeOf(params)).metadata;
}

export default async function TagsPage({ params }: Props) {
  const view = tagIndexView(getLibrary(), await localeOf(params));
  return (
    <PageShell page={view}>
      <PageIntro title={view.title} intro={view.intro} />
      <LinkGroups groups={view.groups} />
    </PageShell>
  );
}
