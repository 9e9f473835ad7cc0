import type { OfflinePageView } from '@/lib/views/saved';
import { KeptList } from './KeptList';
import { PageIntro } from './PageIntro';

/**
 * What can be read without a connection, listed by client/saved.js. The
 * service worker also answers with this page, offline, for a page it has not
 * kept, at that page's address: the script then says so, and "Try again"
 * (an empty href: the page's own address) loads it.
 */
export function OfflineMessage({ view }: { view: OfflinePageView }) {
  return (
    <div className="max-w-measure min-h-[60vh] space-y-8" data-offline-page={JSON.stringify(view.store)} data-at={view.pathIn(view.locale)}>
      <div data-not-kept="" hidden className="space-y-2 rounded-lg border border-stone-300 p-4 font-sans text-sm dark:border-stone-700">
        <p>{view.notKept}</p>
        <p>
          <a href="" className="font-semibold text-accent underline underline-offset-2 dark:text-accent-dark">
            {view.retry}
          </a>
        </p>
      </div>
      <PageIntro title={view.title} intro={view.intro} />
      <p data-kept-empty="" hidden className="font-serif text-lg text-stone-700 dark:text-stone-300">
        {view.none}
      </p>
      <KeptList name="saved" labels={view.labels} heading={view.saved} />
      <KeptList name="recent" labels={view.labels} heading={view.recent} />
    </div>
  );
}
