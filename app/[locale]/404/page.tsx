import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/NotFoundMessage';
import { PageShell } from '@/components/PageShell';
import { getMessages } from '@/lib/i18n/messages';
import { paths } from '@/lib/routes';
import { localeOf } from '../../params';

/**
 * The localized 404 page. The proxy rewrites every unknown URL here with
 * status 404: Next's own notFound() boundary renders an empty body without
 * JavaScript in production builds, which a reader without scripts must not get.
 */
export async function generateMetadata({ params }: PageProps<'/[locale]/404'>): Promise<Metadata> {
  const t = getMessages(await localeOf(params));
  return { title: t.notFound.title, robots: { index: false } };
}

export default async function NotFoundPage({ params }: PageProps<'/[locale]/404'>) {
  const locale = await localeOf(params);
  const t = getMessages(locale);
  return (
    <PageShell locale={locale} pathIn={paths.home}>
      <NotFoundMessage
        title={t.notFound.title}
        text={t.notFound.text}
        links={[
          { href: paths.home(locale), label: t.notFound.home },
          { href: paths.tags(locale), label: t.notFound.tags },
        ]}
      />
    </PageShell>
  );
}
