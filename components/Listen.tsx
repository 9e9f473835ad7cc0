import { OwnScript } from './OwnScript';
import type { ListenView } from '@/lib/views/listen';

const pill =
  'inline-flex min-h-6 cursor-pointer items-center gap-1 rounded-full border border-stone-300 px-3 font-sans text-sm text-stone-700 hover:border-accent dark:border-stone-600 dark:text-stone-300 dark:hover:border-accent-dark';
const round =
  'inline-flex size-9 shrink-0 cursor-pointer items-center justify-center rounded-full border border-stone-300 text-stone-800 hover:border-accent dark:border-stone-600 dark:text-stone-200 dark:hover:border-accent-dark';

function Icon({ d }: { d: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 fill-current">
      <path d={d} />
    </svg>
  );
}

/**
 * "Listen": a button, and the player it opens, for client/listen.js. All of
 * it is phrasing content, so that it can sit in a row of text (the piece's
 * header row is a paragraph), and all of it is inert without the script: the
 * button keeps its place invisible (nothing moves when it appears, and it is
 * no tab stop until then), the player is hidden. The script shows the button
 * only where the browser has a voice for the text's language. The script is
 * linked from here, `defer`, so that the component is all a page adds.
 * The button goes to the right of its row, after the sentence toggle when
 * there is one: `not-first-of-type`, not a variant written with `&`, which the
 * page's stylesheet cutter (lib/build/page-css.ts) would read escaped as
 * `&amp;` and drop.
 */
export function Listen({ view }: { view: ListenView }) {
  const { labels, other } = view;
  return (
    <>
      <button
        type="button"
        data-listen=""
        data-lang={view.lang}
        data-other={other?.lang}
        data-from={other?.from}
        aria-controls="listen-player"
        aria-expanded="false"
        className={`invisible no-print ml-auto not-first-of-type:ml-0 ${pill}`}
      >
        <Icon d="M3 9v6h4l5 5V4L7 9zm13 3a4 4 0 0 0-2-3.5v7a4 4 0 0 0 2-3.5zm-2-8v2a7 7 0 0 1 0 12v2a9 9 0 0 0 0-16z" />
        {labels.listen}
      </button>
      {/* Outside the player, which hides on stop: "Lecture arrêtée" is still said. */}
      <span
        data-listen-status=""
        aria-live="polite"
        className="sr-only"
        data-playing={labels.status.playing}
        data-paused={labels.status.paused}
        data-stopped={labels.status.stopped}
        data-done={labels.status.done}
      />
      <span
        id="listen-player"
        role="region"
        aria-label={labels.player}
        hidden
        className="no-print fixed inset-x-0 bottom-0 z-40 border-t border-stone-300 bg-stone-50/95 text-left font-sans text-sm text-stone-800 shadow-[0_-2px_10px_rgb(0_0_0/0.08)] backdrop-blur dark:border-stone-700 dark:bg-stone-950/95 dark:text-stone-200"
      >
        <span className="mx-auto flex max-w-5xl flex-wrap items-center gap-2 px-4 py-2 sm:px-6">
          {/* The sentence being said in the other language, when it is not on the page. */}
          <span data-now="" hidden className="line-clamp-3 basis-full font-serif text-base leading-snug" />
          <span data-note="" hidden className="basis-full text-stone-600 dark:text-stone-400" />
          <button type="button" data-previous="" aria-label={labels.previous} className={round}>
            <Icon d="M6 5h2v14H6zm3.5 7L18 5v14z" />
          </button>
          <button type="button" data-play="" data-pause={labels.pause} data-resume={labels.resume} className={`${pill} h-9 min-w-24 justify-center font-semibold`}>
            {labels.pause}
          </button>
          <button type="button" data-next="" aria-label={labels.next} className={round}>
            <Icon d="M16 5h2v14h-2zm-1.5 7L6 19V5z" />
          </button>
          <label className="inline-flex items-center gap-1">
            <span className="sr-only sm:not-sr-only">{labels.speed}</span>
            <select
              data-rate=""
              defaultValue="1"
              className="h-9 cursor-pointer rounded-full border border-stone-300 bg-transparent px-2 text-stone-800 hover:border-accent dark:border-stone-600 dark:bg-stone-950 dark:text-stone-200"
            >
              {view.rates.map((rate) => (
                <option key={rate.value} value={rate.value}>
                  {rate.label}
                </option>
              ))}
            </select>
          </label>
          {labels.continueIn && (
            <button
              type="button"
              data-switch=""
              data-back={labels.continueIn.back}
              data-reading-there={labels.readingIn?.there}
              data-reading-back={labels.readingIn?.back}
              data-loading={labels.loading}
              data-failed={labels.failed}
              className={`${pill} h-9`}
            >
              {labels.continueIn.there}
            </button>
          )}
          <button type="button" data-stop="" aria-label={labels.stop} className={`${round} ml-auto`}>
            <Icon d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z" />
          </button>
        </span>
      </span>
      <OwnScript name="listen" />
    </>
  );
}
