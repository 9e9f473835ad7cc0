import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SkipLink } from '@/components/SkipLink';
import { isLocale, locales } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { publicOrigin } from '@/lib/public-url';
import { documentTitle, openGraphLocale } from '@/lib/seo';
import '../../globals.css';

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
    title: { default: t.siteName, template: documentTitle(locale, '%s') },
    description: t.siteTagline,
    openGraph: { siteName: t.siteName, locale: openGraphLocale(locale) },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <SkipLink label={getMessages(locale).skipToContent} />
        {children}
      </body>
    </html>
  );
}
