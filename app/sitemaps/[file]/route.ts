import { notFound } from 'next/navigation';
import { staticParamsOf } from '@/app/params';
import { getLibrary } from '@/lib/content/current';
import { routes } from '@/lib/routes';
import { sitemapFile } from '@/lib/sitemap';

export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = staticParamsOf(routes.sitemapFile);

export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/[file]'>) {
  const n = /^(\d+)\.xml$/.exec((await params).file)?.[1];
  const xml = n ? sitemapFile(getLibrary(), Number(n)) : undefined;
  if (!xml) notFound();
  return new Response(xml, { headers: { 'Content-Type': routes.sitemapFile.contentType } });
}
