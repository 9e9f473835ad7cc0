import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TagStory } from '@/components/TagStory';
import { localeOf, staticParamsOf } from '@/app/params';
import { getLibrary } from '@/lib/content/current';
import { routes } from '@/lib/routes';
import { tagView } from '@/lib/views/tag-story';

type Props = PageProps<'/[locale]/tags/[tag]'>;

export const dynamicParams = false;

export const generateStaticParams = staticParamsOf(routes.tag);

async function load(params: Props['params']) {
  return tagView(getLibrary(), (await params).tag, await localeOf(params)) ?? notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return (await load(params)).metadata;
}

export default async function TagPage({ params }: Props) {
  const view = await load(params);
  return <TagStory view={view} />;
}
