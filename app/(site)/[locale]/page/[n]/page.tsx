import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HomeHeading } from '@/components/HomeHeading';
import { PieceListPage } from '@/components/PieceListPage';
import { localeOf, pageOf, staticParamsOf } from '@/app/params';
import { getLibrary } from '@/lib/content/current';
import { routes } from '@/lib/routes';
import { homeView } from '@/lib/views/listings';

type Props = PageProps<'/[locale]/page/[n]'>;

export const dynamicParams = false;

export const generateStaticParams = staticParamsOf(routes.homePage);

async function load(params: Props['params']) {
  return homeView(getLibrary(), await localeOf(params), await pageOf(params)) ?? notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return (await load(params)).metadata;
}

export default async function OlderPiecesPage({ params }: Props) {
  const view = await load(params);
  return <PieceListPage view={view} heading={<HomeHeading view={view} />} />;
}
