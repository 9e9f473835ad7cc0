import type { SavedPageView } from '@/lib/views/saved';
import { KeptList } from './KeptList';
import { PageIntro } from './PageIntro';

/**
 * The saved page's body: the list and its empty state, which client/saved.js
 * shows, or without scripts why it cannot. Nothing below the list: it is
 * filled after the first paint, and its room is held (min-height) so that the
 * footer does not move when it comes.
 */
export function SavedPieces({ view }: { view: SavedPageView }) {
  return (
    <div className="max-w-measure min-h-[60vh]" data-saved-page={JSON.stringify(view.store)}>
      <PageIntro title={view.title} intro={view.intro} />
      <p className="-mt-6 mb-8 font-sans text-sm">
        <a href={view.offline.href} className="font-semibold text-accent underline underline-offset-2 dark:text-accent-dark">
          {view.offline.label}
        </a>
      </p>
      <p data-without-script="" className="hidden font-serif text-lg text-stone-700 noscript:block dark:text-stone-300">
        {view.noScript}
      </p>
      <p data-kept-empty="" hidden className="font-serif text-lg text-stone-700 dark:text-stone-300">
        {view.empty}
      </p>
      <KeptList name="saved" labels={view.labels} removable />
      <p role="status" className="sr-only" data-kept-said="" />
    </div>
  );
}
