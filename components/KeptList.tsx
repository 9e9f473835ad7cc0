import type { KeptListLabels } from '@/lib/views/saved';

/**
 * A list of the pieces kept on the device, empty in the file: client/saved.js
 * fills it from the template below, whose classes are thereby in the page (the
 * build keeps only the styles of classes a page's HTML carries).
 */
export function KeptList({ name, labels, removable, heading }: { name: 'saved' | 'recent'; labels: KeptListLabels; removable?: boolean; heading?: string }) {
  return (
    <section data-kept={name} hidden className="space-y-3">
      {heading && <h2 className="font-sans text-sm font-bold uppercase tracking-wider text-stone-600 dark:text-stone-400">{heading}</h2>}
      <ol
        data-kept-list=""
        data-labels={JSON.stringify(labels)}
        className="divide-y divide-stone-200 border-y border-stone-200 dark:divide-stone-800 dark:border-stone-800"
      />
      <template>
        <li className="flex items-start justify-between gap-4 py-4">
          <div className="min-w-0 space-y-1">
            <a data-title="" className="font-serif text-xl font-semibold leading-snug underline-offset-4 hover:text-accent hover:underline dark:hover:text-accent-dark" />
            <p data-meta="" className="font-sans text-xs text-stone-600 dark:text-stone-400" />
          </div>
          {removable && (
            <button
              type="button"
              data-remove=""
              className="shrink-0 cursor-pointer rounded-full border border-stone-300 px-3 py-1 font-sans text-sm text-stone-700 hover:border-accent hover:text-accent dark:border-stone-600 dark:text-stone-300 dark:hover:border-accent-dark dark:hover:text-accent-dark"
            />
          )}
        </li>
      </template>
    </section>
  );
}
