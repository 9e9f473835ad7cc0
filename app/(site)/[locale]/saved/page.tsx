import type { Metadata } from 'next';
import { PageShell } from '@/components/PageShell';
import { SavedPieces } from '@/components/SavedPieces';
import { localeOf } from '@/app/params';
import { savedPageView } from '@/lib/views/saved';

type Props = PageProps<'/[locale]/saved'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return savedPageView(await localeOf(params)).metadata;
}

export default async function SavedPage({ params }: Props) {
  const view = savedPageView(await localeOf(params));
  return (
    <PageShell page={view} saved>
      <SavedPieces view={view} />
    </PageShell>
  );
}
