import { notFound } from 'next/navigation';
import { localeOf } from '@/app/params';
import { getLibrary } from '@/lib/content/current';
import { drawPreviewImage } from '@/lib/preview-image';
import { routes } from '@/lib/routes';
import { shareImageView } from '@/lib/views/piece';

// For `next dev` only: the build draws every preview into the site's folder
// itself (scripts/write-site.ts), outside Next's static workers.
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/articles/[slug]/preview.png'>) {
  const view = shareImageView(getLibrary(), (await params).slug, await localeOf(params));
  if (!view) notFound();
  return new Response(new Uint8Array(await drawPreviewImage(view)), { headers: { 'Content-Type': routes.articleImage.contentType } });
}
