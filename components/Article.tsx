import type { ArticleView } from '@/lib/views/piece';
import { ArticleHeader } from './ArticleHeader';
import { BehindNotice } from './BehindNotice';
import { Corrections } from './Corrections';
import { JsonLd } from './JsonLd';
import { MentionCards } from './MentionCards';
import { RelatedList } from './RelatedList';
import { ShareLinks } from './ShareLinks';
import { SourceList } from './SourceList';
import { TagLinks } from './TagLinks';

/** One piece in the reader's locale: header, text, sources, tags, share links, then related pieces. */
export function Article({ view }: { view: ArticleView }) {
  return (
    <>
      <JsonLd data={view.jsonLd} />
      <article className="mx-auto max-w-measure space-y-10">
        {view.notice && (
          <p role="note" className="no-print rounded border border-amber-300 bg-amber-50 p-3 font-sans text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
            {view.notice}
          </p>
        )}
        {view.behind && <BehindNotice {...view.behind} />}
        <ArticleHeader {...view.header} />
        <div
          lang={view.lang}
          {...(view.header.sentences ? { 'data-units': '' } : {})}
          className="article-text text-lg"
          dangerouslySetInnerHTML={{ __html: view.html }}
        />
        {view.corrections && <Corrections {...view.corrections} lang={view.lang} />}
        <footer className="space-y-8 border-t border-stone-300 pt-8 dark:border-stone-700">
          <SourceList {...view.sources} lang={view.lang} />
          <section aria-labelledby="tags-heading" className="no-print space-y-2">
            <h2 id="tags-heading" className="font-sans text-xs font-bold uppercase tracking-wider text-stone-600 dark:text-stone-400">
              {view.tags.heading}
            </h2>
            <TagLinks tags={view.tags.links} label={view.tags.heading} />
          </section>
          <ShareLinks {...view.share} />
        </footer>
      </article>
      <MentionCards cards={view.mentionCards} />
      <div className="mx-auto mt-16 max-w-5xl">
        <RelatedList {...view.related} />
      </div>
    </>
  );
}
