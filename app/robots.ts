import type { MetadataRoute } from 'next';
import { locales } from '@/lib/i18n/locales';
import { absoluteUrl } from '@/lib/public-url';
import { paths } from '@/lib/paths';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: locales.map((l) => paths.search(l)) },
    sitemap: absoluteUrl(paths.sitemap()),
  };
}
