import { getLibrary } from '@/lib/content/current';
import { routes } from '@/lib/routes';
import { sitemapIndex } from '@/lib/sitemap';

export const dynamic = 'force-static';

export function GET() {
  return new Response(sitemapIndex(getLibrary()), { headers: { 'Content-Type': routes.sitemap.contentType } });
}
