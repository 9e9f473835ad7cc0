import { getLibrary } from '@/lib/content/site';
import { rssFeed } from '@/lib/feed';
import { locales } from '@/lib/i18n/locales';
import { localeOf } from '../../../../params';

export const dynamic = 'force-static';
export const dynamicParams = false;

// Route handlers do not inherit the layout's locales: list both segments.
export function generateStaticParams() {
  const tags = getLibrary().tagCounts('fr');
  return locales.flatMap((locale) => tags.map(({ tag }) => ({ locale, tag: tag.slug })));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/tags/[tag]/feed.xml'>) {
  const locale = await localeOf(params);
  const { tag } = await params;
  return new Response(rssFeed(getLibrary(), locale, tag), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
