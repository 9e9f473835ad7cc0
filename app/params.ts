import { notFound } from 'next/navigation';
import { getLibrary } from '@/lib/content/current';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { pageNumber } from '@/lib/pagination';
import { staticParams, type Route } from '@/lib/routes';

/** The locale segment of a route; anything else is a 404 in the caller's layout. */
export async function localeOf(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

/** A route file's `generateStaticParams`, from the route table. */
export function staticParamsOf(route: Route) {
  return ({ params }: { params?: Record<string, string> } = {}) => staticParams(route, getLibrary(), params);
}

/** The number of a `page/[n]` segment after the first page; anything else is a 404. */
export async function pageOf(params: Promise<{ n: string }>): Promise<number> {
  return pageNumber((await params).n) ?? notFound();
}
