import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/PageShell';
import { ParallelView } from '@/components/ParallelView';
import { getLibrary } from '@/lib/content/site';
import { locales, otherLocale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { parallelRows } from '@/lib/parallel';
import { paths } from '@/lib/routes';
import { alternatesFor } from '@/lib/seo';
import { localeOf } from '../../../../params';

export const dynamicParams = false;

export function generateStaticParams() {
  return getLibrary()
    .bilingual()
    .map((piece) => ({ slug: piece.slug }));
}

async function load(params: PageProps<'/[locale]/articles/[slug]/parallel'>['params']) {
  const locale = await localeOf(params);
  const { slug } = await params;
  const piece = getLibrary().piece(slug);
  const own = piece?.versions[locale];
  const other = piece?.versions[otherLocale(locale)];
  if (!piece || !own || !other) notFound();
  return { locale, piece, own, other };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]/parallel'>): Promise<Metadata> {
  const { locale, piece, own } = await load(params);
  const t = getMessages(locale);
  return {
    title: t.parallel.title(own.title),
    description: own.summary.map((s) => s.text).join(' '),
    alternates: alternatesFor(locale, locales, (l) => paths.parallel(l, piece.slug)),
  };
}

export default async function ParallelPage({ params }: PageProps<'/[locale]/articles/[slug]/parallel'>) {
  const { locale, piece, own, other } = await load(params);
  const t = getMessages(locale);
  return (
    <PageShell
      locale={locale}
      pathIn={(l) => paths.parallel(l, piece.slug)}
      keepPlace
      viewLinks={[own, other].map((v) => ({ href: paths.article(v.locale, piece.slug), label: t.parallel.only[v.locale], hrefLang: v.locale }))}
    >
      <div className="mx-auto max-w-6xl space-y-8">
        <div className="space-y-2">
          <h1 className="font-sans text-sm font-bold uppercase tracking-wider text-stone-600 dark:text-stone-400">{t.parallel.heading}</h1>
          <p className="font-serif text-lg text-stone-700 dark:text-stone-300">{t.parallel.intro}</p>
        </div>
        <ParallelView rows={parallelRows(own, other)} languageNames={t.parallel.languages} />
      </div>
    </PageShell>
  );
}
