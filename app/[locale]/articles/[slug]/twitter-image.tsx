import { notFound } from 'next/navigation';
import { renderShareImage, shareImageSize } from '@/components/ShareImage';
import { getLibrary } from '@/lib/content/site';
import { shareImageProps } from '@/lib/view';
import { localeOf } from '../../../params';

export const size = shareImageSize;
export const contentType = 'image/png';
export const alt = '';

export function generateStaticParams() {
  return getLibrary().pieces.map((piece) => ({ slug: piece.slug }));
}

export default async function TwitterImage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const props = shareImageProps(getLibrary(), (await params).slug, await localeOf(params));
  if (!props) notFound();
  return renderShareImage(props);
}
