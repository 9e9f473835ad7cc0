import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { mainId } from '@/components/PageShell';
import { SkipLink } from '@/components/SkipLink';
import { isLocale, locales } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { publicOrigin } from '@/lib/public-url';
import { openGraphLocale } from '@/lib/seo';
import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getMessages(locale);
  return {
    metadataBase: publicOrigin,
    title: { default: t.siteName, template: `%s — ${t.siteName}` },
    description: t.siteTagline,
    openGraph: { siteName: t.siteName, locale: openGraphLocale(locale) },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <html lang={locale}>
      <head>
        {/* No paint until the header is whole: Chromium may paint between two of
            its links, and the links, set at the right, would shift leftwards as
            the rest arrives. The target is the next element, since Chromium
            unblocks on the target's start tag. */}
        <link rel="expect" href={`#${mainId}`} blocking="render" />
      </head>
      <body className="min-h-screen">
        <SkipLink label={getMessages(locale).skipToContent} />
        {children}
      </body>
    </html>
  );
}
