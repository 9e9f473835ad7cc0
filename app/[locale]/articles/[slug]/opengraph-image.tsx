import { notFound } from 'next/navigation';
import { renderShareImage, shareImageSize } from '@/components/ShareImage';
import { localeOf } from '@/app/params';
import { getLibrary } from '@/lib/content/current';
import { shareImageView } from '@/lib/views/piece';

export const size = shareImageSize;
export const contentType = 'image/png';
export const alt = '';

// Made on first request, not at build time: a preview image costs far more than a page to render.

export default async function OpenGraphImage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const view = shareImageView(getLibrary(), (await params).slug, await localeOf(params));
  if (!view) notFound();
  return renderShareImage(view);
}
