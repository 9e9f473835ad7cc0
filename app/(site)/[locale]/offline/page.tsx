import type { Metadata } from 'next';
import { OfflineMessage } from '@/components/OfflineMessage';
import { PageShell } from '@/components/PageShell';
import { localeOf } from '@/app/params';
import { offlinePageView } from '@/lib/views/saved';

type Props = PageProps<'/[locale]/offline'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return offlinePageView(await localeOf(params)).metadata;
}

export default async function OfflinePage({ params }: Props) {
  const view = offlinePageView(await localeOf(params));
  return (
    <PageShell page={view} saved>
      <OfflineMessage view={view} />
    </PageShell>
  );
}
