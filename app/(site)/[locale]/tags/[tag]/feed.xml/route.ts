import { notFound } from 'next/navigation';
import { localeOf, staticParamsOf } from '@/app/params';
import { getLibrary } from '@/lib/content/current';
import { rssFeed } from '@/lib/feed';
import { routes } from '@/lib/routes';

export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = staticParamsOf(routes.tagFeed);

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/tags/[tag]/feed.xml'>) {
  const tag = getLibrary().tag((await params).tag) ?? notFound();
  return new Response(rssFeed(getLibrary(), await localeOf(params), tag), {
    headers: { 'Content-Type': routes.tagFeed.contentType },
  });
}
