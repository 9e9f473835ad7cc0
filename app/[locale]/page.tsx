import type { Metadata } from 'next';
import { PageIntro } from '@/components/PageIntro';
import { PageShell } from '@/components/PageShell';
import { PieceList } from '@/components/PieceList';
import { localeOf } from '@/app/params';
import { getLibrary } from '@/lib/content/current';
import { homeView } from '@/lib/views/listings';

type Props = PageProps<'/[locale]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return homeView(getLibrary(), await localeOf(params)).metadata;
}

export default async function HomePage({ params }: Props) {
  const view = homeView(getLibrary(), await localeOf(params));
  return (
    <PageShell page={view}>
      <PageIntro title={view.title} intro={view.intro} />
      <PieceList pieces={view.pieces} tagsLabel={view.tagsLabel} />
    </PageShell>
  );
}
