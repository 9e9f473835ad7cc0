import type { MetadataRoute } from 'next';
import { locales } from '@/lib/i18n/locales';
import { paths } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site-url';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: locales.map((l) => paths.search(l)) },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
