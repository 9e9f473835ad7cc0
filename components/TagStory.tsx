import type { TagDateView, TagStoryView } from '@/lib/views/tag-story';
import { firstScreenMark } from './first-screen';
import { JsonLd } from './JsonLd';
import { KindDate } from './KindDate';
import { ListHeading } from './ListHeading';
import { PageShell } from './PageShell';
import { Pagination } from './Pagination';
import { PieceSummary } from './PieceList';
import { PieceTitle } from './PieceTitle';
import { TagLinks } from './TagLinks';

function TagDates({ dates }: { dates: readonly TagDateView[] }) {
  if (dates.length === 0) return null;
  return (
    <dl className="flex flex-wrap gap-x-6 gap-y-1 font-sans text-sm">
      {dates.map((d) => (
        <div key={d.kind} className="flex gap-2">
          <dt className="font-semibold text-stone-600 dark:text-stone-400">{d.term}</dt>
          <dd>
            <time dateTime={d.date}>{d.label}</time>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The pieces month by month, newest first, on a line down the left like a timeline. */
function StoryMonths({ story, tagsLabel }: { story: TagStoryView['story']; tagsLabel: string }) {
  // Where each month's pieces start in the page's list, for the first screen's mark.
  const starts = story.months.map((_, m) => story.months.slice(0, m).reduce((n, month) => n + month.pieces.length, 0));
  return (
    <section aria-label={story.label} className="space-y-10">
      {story.months.map((month, m) => (
        <div key={month.id} className="space-y-5">
          <h2 id={month.id} className="font-serif text-2xl font-bold tracking-tight">
            {month.heading}
          </h2>
          <ol className="space-y-8 border-l-2 border-stone-300 pl-5 sm:pl-6 dark:border-stone-700">
            {month.pieces.map((piece, i) => (
              <li key={piece.slug} {...firstScreenMark(starts[m]! + i)} className="relative">
                <span
                  aria-hidden="true"
                  className="absolute top-1 -left-[1.6875rem] h-3 w-3 rounded-full border-2 border-stone-50 bg-accent sm:-left-[1.9375rem] dark:border-stone-950 dark:bg-accent-dark"
                />
                <article className="space-y-2">
                  <KindDate kindLabel={piece.kindLabel} date={piece.date} dateLabel={piece.dateLabel} />
                  <PieceTitle piece={piece} as="h3" size="font-serif text-xl font-bold leading-snug tracking-tight" />
                  <PieceSummary piece={piece} />
                  {piece.tags.length > 0 && <TagLinks tags={piece.tags} label={tagsLabel} />}
                </article>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}

function RelatedTags({ related }: { related: NonNullable<TagStoryView['related']> }) {
  return (
    <aside aria-labelledby={related.id} className="mt-12 space-y-3 border-t border-stone-300 pt-8 lg:mt-0 lg:border-t-0 lg:pt-0 dark:border-stone-700">
      <h2 id={related.id} className="font-serif text-xl font-bold">
        {related.heading}
      </h2>
      <p className="font-sans text-sm text-stone-600 dark:text-stone-400">{related.intro}</p>
      <ul className="grid grid-cols-2 gap-2 lg:grid-cols-1">
        {related.links.map((link) => (
          <li key={link.href}>
            <a
              href={link.href}
              rel="tag"
              className="block h-full rounded-lg border border-stone-300 px-3 py-2 hover:border-accent dark:border-stone-700 dark:hover:border-accent-dark"
            >
              <span className="block font-serif font-semibold">{link.label}</span>
              <span className="block font-sans text-xs text-stone-700 dark:text-stone-300">{link.countLabel}</span>
            </a>
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** A tag's page: its subject, then its story month by month, with the tags met alongside. */
export function TagStory({ view }: { view: TagStoryView }) {
  return (
    <PageShell page={view}>
      <JsonLd data={view.jsonLd} />
      <ListHeading {...view.heading}>
        <TagDates dates={view.dates} />
        {view.description && (
          <p
            className="max-w-measure pt-2 font-serif text-lg leading-relaxed text-stone-800 dark:text-stone-200"
            dangerouslySetInnerHTML={{ __html: view.description.html }}
          />
        )}
      </ListHeading>
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-12">
        <div>
          <StoryMonths story={view.story} tagsLabel={view.tagsLabel} />
          <Pagination view={view.pagination} />
        </div>
        {view.related && <RelatedTags related={view.related} />}
      </div>
    </PageShell>
  );
}
