import { notFound } from 'next/navigation';
import { renderShareImage } from '@/components/ShareImage';
import { localeOf, staticParamsOf } from '@/app/params';
import { getLibrary } from '@/lib/content/current';
import { routes } from '@/lib/routes';
import { shareImageView } from '@/lib/views/piece';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** Written by the build with the pages: the site's folder is all a static host gets. */
export const generateStaticParams = staticParamsOf(routes.articleImage);

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/articles/[slug]/preview.png'>) {
  const view = shareImageView(getLibrary(), (await params).slug, await localeOf(params));
  if (!view) notFound();
  return new Response(new Uint8Array(await renderShareImage(view)), { headers: { 'Content-Type': routes.articleImage.contentType } });
}
