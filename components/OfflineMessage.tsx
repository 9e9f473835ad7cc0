import type { OfflinePageView } from '@/lib/views/saved';
import { KeptList } from './KeptList';

/**
 * What the service worker shows, offline, for a page it has not kept, at that
 * page's address: so "Try again" reloads it. Below, what can be read without
 * a connection, listed by client/saved.js.
 */
export function OfflineMessage({ view }: { view: OfflinePageView }) {
  return (
    <div className="max-w-measure space-y-8" data-offline-page={JSON.stringify(view.store)}>
      <div className="space-y-4">
        <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">{view.title}</h1>
        <p className="font-serif text-lg text-stone-700 dark:text-stone-300">{view.text}</p>
        <p>
          <a href="" data-retry="" className="font-sans text-sm font-semibold text-accent underline underline-offset-2 dark:text-accent-dark">
            {view.retry}
          </a>
        </p>
      </div>
      <p data-kept-empty="" hidden className="font-serif text-lg text-stone-700 dark:text-stone-300">
        {view.none}
      </p>
      <KeptList name="saved" labels={view.labels} heading={view.saved} />
      <KeptList name="recent" labels={view.labels} heading={view.recent} />
    </div>
  );
}
