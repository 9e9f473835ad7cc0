import type { MetadataRoute } from 'next';
import { getLibrary } from '@/lib/content/site';
import { sitemap as buildSitemap } from '@/lib/sitemap';

export default function sitemap(): MetadataRoute.Sitemap {
  return buildSitemap(getLibrary());
}
