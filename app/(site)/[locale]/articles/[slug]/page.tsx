import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Article } from '@/components/Article';
import { PageShell } from '@/components/PageShell';
import { localeOf, staticParamsOf } from '@/app/params';
import { getLibrary } from '@/lib/content/current';
import { routes } from '@/lib/routes';
import { articleView } from '@/lib/views/piece';

type Props = PageProps<'/[locale]/articles/[slug]'>;

export const dynamicParams = false;

export const generateStaticParams = staticParamsOf(routes.article);

async function load(params: Props['params']) {
  return articleView(getLibrary(), (await params).slug, await localeOf(params)) ?? notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return (await load(params)).metadata;
}

export default async function ArticlePage({ params }: Props) {
  const view = await load(params);
  return (
    <PageShell page={view} keepPlace sentences={!!view.header.sentences} saved>
      <Article view={view} />
    </PageShell>
  );
}
