import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HomeHeading } from '@/components/HomeHeading';
import { PieceListPage } from '@/components/PieceListPage';
import { localeOf } from '@/app/params';
import { getLibrary } from '@/lib/content/current';
import { homeView } from '@/lib/views/listings';

type Props = PageProps<'/[locale]'>;

async function load(params: Props['params']) {
  return homeView(getLibrary(), await localeOf(params)) ?? notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return (await load(params)).metadata;
}

export default async function HomePage({ params }: Props) {
  const view = await load(params);
  return <PieceListPage view={view} heading={<HomeHeading view={view} />} />;
}
