import { getLibrary } from '@/lib/content/site';
import { rssFeed } from '@/lib/feed';
import { locales } from '@/lib/i18n/locales';
import { localeOf } from '../../params';

export const dynamic = 'force-static';
export const dynamicParams = false;

// Route handlers do not inherit the layout's locales.
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  const locale = await localeOf(params);
  return new Response(rssFeed(getLibrary(), locale), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
