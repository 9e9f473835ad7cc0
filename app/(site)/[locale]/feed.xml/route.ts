import { localeOf, staticParamsOf } from '@/app/params';
import { getLibrary } from '@/lib/content/current';
import { rssFeed } from '@/lib/feed';
import { routes } from '@/lib/routes';

export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = staticParamsOf(routes.feed);

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  return new Response(rssFeed(getLibrary(), await localeOf(params)), {
    headers: { 'Content-Type': routes.feed.contentType },
  });
}
