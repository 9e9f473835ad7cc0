import type { Metadata } from 'next';
import { LinkGroups } from '@/components/LinkGroups';
import { PageIntro } from '@/components/PageIntro';
import { PageShell } from '@/components/PageShell';
import { localeOf } from '@/app/params';
import { getLibrary } from '@/lib/content/current';
import { archiveView } from '@/lib/views/listings';

type Props = PageProps<'/[locale]/archive'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return archiveView(getLibrary(), await localeOf(params)).metadata;
}

export default async function ArchivePage({ params }: Props) {
  const view = archiveView(getLibrary(), await localeOf(params));
  return (
    <PageShell page={view}>
      <PageIntro title={view.title} intro={view.intro} />
      <LinkGroups groups={view.years} />
    </PageShell>
  );
}
