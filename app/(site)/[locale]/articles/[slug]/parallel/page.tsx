import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BehindNotice } from '@/components/BehindNotice';
import { KeepButton } from '@/components/KeepButton';
import { Listen } from '@/components/Listen';
import { MentionCards } from '@/components/MentionCards';
import { PageShell } from '@/components/PageShell';
import { ParallelView } from '@/components/ParallelView';
import { localeOf, staticParamsOf } from '@/app/params';
import { getLibrary } from '@/lib/content/current';
import { routes } from '@/lib/routes';
import { parallelView } from '@/lib/views/piece';

type Props = PageProps<'/[locale]/articles/[slug]/parallel'>;

export const dynamicParams = false;

export const generateStaticParams = staticParamsOf(routes.parallel);

async function load(params: Props['params']) {
  return parallelView(getLibrary(), (await params).slug, await localeOf(params)) ?? notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return (await load(params)).metadata;
}

export default async function ParallelPage({ params }: Props) {
  const view = await load(params);
  return (
    <PageShell page={view} keepPlace sentences={view.sentences} saved>
      <div className="mx-auto max-w-6xl space-y-8">
        <div className="space-y-2">
          <h1 className="font-sans text-sm font-bold uppercase tracking-wider text-stone-600 dark:text-stone-400">{view.heading}</h1>
          <p className="font-serif text-lg text-stone-700 dark:text-stone-300">{view.intro}</p>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-2 font-sans text-sm">
            <KeepButton view={view.keep} />
            <Listen view={view.listen} />
          </p>
        </div>
        {view.behind && <BehindNotice {...view.behind} />}
        <ParallelView rows={view.rows} languageNames={view.languageNames} locale={view.locale} />
      </div>
      <MentionCards cards={view.mentionCards} />
    </PageShell>
  );
}
