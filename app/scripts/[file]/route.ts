import { notFound } from 'next/navigation';
import { staticParamsOf } from '@/app/params';
import { linkedScriptFile, linkedScriptNames, ownScript } from '@/lib/own-scripts';
import { routes } from '@/lib/routes';

export const dynamicParams = false;

export const generateStaticParams = staticParamsOf(routes.script);

export async function GET(_request: Request, { params }: RouteContext<'/scripts/[file]'>) {
  const { file } = await params;
  const name = linkedScriptNames.find((n) => linkedScriptFile(n) === file) ?? notFound();
  return new Response(ownScript(name), { headers: { 'Content-Type': routes.script.contentType } });
}
