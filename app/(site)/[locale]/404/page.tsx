import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/NotFoundMessage';
import { PageShell } from '@/components/PageShell';
import { localeOf } from '@/app/params';
import { notFoundView } from '@/lib/views/listings';

type Props = PageProps<'/[locale]/404'>;

/**
 * The localized 404 page, a file of the site (`fr/404.html`) that whatever
 * serves the files sends for every unknown URL under its locale, with status
 * 404: Next's own notFound() boundary renders an empty body without
 * JavaScript, which a reader without scripts must not get.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return notFoundView(await localeOf(params)).metadata;
}

export default async function NotFoundPage({ params }: Props) {
  const view = notFoundView(await localeOf(params));
  return (
    <PageShell page={view}>
      <NotFoundMessage title={view.title} text={view.text} links={view.links} />
    </PageShell>
  );
}
