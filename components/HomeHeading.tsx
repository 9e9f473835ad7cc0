import type { HomeView } from '@/lib/views/listings';
import { PageIntro } from './PageIntro';

export function HomeHeading({ view }: { view: HomeView }) {
  return (
    <>
      <PageIntro title={view.title} intro={view.intro} />
      <p className="-mt-6 mb-10 font-sans text-sm">
        <a href={view.archive.href} className="font-semibold text-accent underline underline-offset-2 dark:text-accent-dark">
          {view.archive.label}
        </a>
      </p>
    </>
  );
}
