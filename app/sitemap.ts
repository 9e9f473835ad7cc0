import type { MetadataRoute } from 'next';
import { getLibrary } from '@/lib/content/current';
import { sitemap as buildSitemap } from '@/lib/sitemap';

export default function sitemap(): MetadataRoute.Sitemap {
  return buildSitemap(getLibrary());
}
