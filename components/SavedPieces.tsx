import type { SavedPageView } from '@/lib/views/saved';
import { KeptList } from './KeptList';
import { PageIntro } from './PageIntro';

/** The saved page's body: what it says without scripts, the list and its empty state, which client/saved.js shows. */
export function SavedPieces({ view }: { view: SavedPageView }) {
  return (
    <div className="max-w-measure" data-saved-page={JSON.stringify(view.store)}>
      <PageIntro title={view.title} intro={view.intro} />
      <p data-without-script="" className="font-serif text-lg text-stone-700 dark:text-stone-300">
        {view.noScript}
      </p>
      <p data-kept-empty="" hidden className="font-serif text-lg text-stone-700 dark:text-stone-300">
        {view.empty}
      </p>
      <KeptList name="saved" labels={view.labels} removable />
      <p className="mt-8 font-sans text-sm">
        <a href={view.offline.href} className="font-semibold text-accent underline underline-offset-2 dark:text-accent-dark">
          {view.offline.label}
        </a>
      </p>
      <p role="status" className="sr-only" data-kept-said="" />
    </div>
  );
}
