import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListHeading } from '@/components/ListHeading';
import { PieceListPage } from '@/components/PieceListPage';
import { localeOf, staticParamsOf } from '@/app/params';
import { getLibrary } from '@/lib/content/current';
import { routes } from '@/lib/routes';
import { archiveMonthView } from '@/lib/views/listings';

type Props = PageProps<'/[locale]/archive/[year]/[month]'>;

export const dynamicParams = false;

export const generateStaticParams = staticParamsOf(routes.archiveMonth);

async function load(params: Props['params']) {
  const { year, month } = await params;
  return archiveMonthView(getLibrary(), `${year}-${month}`, await localeOf(params)) ?? notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return (await load(params)).metadata;
}

export default async function ArchiveMonthPage({ params }: Props) {
  const view = await load(params);
  return <PieceListPage view={view} heading={<ListHeading {...view.heading} />} />;
}
