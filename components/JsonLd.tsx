import { jsonForScript } from '@/lib/seo';

/** Structured data for search engines; `<` is escaped so no string in it can close the element. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />;
}
