import { ownScript } from '@/lib/own-scripts';
import { routes } from '@/lib/routes';

export const dynamic = 'force-static';

export function GET() {
  return new Response(ownScript('sentences'), { headers: { 'Content-Type': routes.sentencesScript.contentType } });
}
