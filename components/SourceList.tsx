import type { Source } from '@/lib/content/types';

interface SourceListProps {
  heading: string;
  issueLabel: string;
  sources: readonly Source[];
  translationNote?: string;
  /** Language of the notes when it differs from the page's. */
  lang?: string;
}

export function SourceList({ heading, issueLabel, sources, translationNote, lang }: SourceListProps) {
  return (
    <section aria-labelledby="sources-heading" className="space-y-2 font-sans text-sm text-stone-700 dark:text-stone-300">
      <h2 id="sources-heading" className="text-xs font-bold uppercase tracking-wider text-stone-600 dark:text-stone-400">
        {heading}
      </h2>
      <ul lang={lang} className="space-y-1">
        {sources.map((source, i) => (
          <li key={i}>
            {source.url ? (
              <a href={source.url} className="font-semibold italic underline underline-offset-2 hover:text-accent dark:hover:text-accent-dark">
                {source.name}
              </a>
            ) : (
              <span className="font-semibold italic">{source.name}</span>
            )}
            {source.issue && <span>, {issueLabel} {source.issue.replace(/^n°\s*/, '')}</span>}
            {source.note && <span className="text-stone-600 dark:text-stone-400"> — {source.note}</span>}
          </li>
        ))}
      </ul>
      {translationNote && <p lang={lang} className="text-stone-600 italic dark:text-stone-400">{translationNote}</p>}
    </section>
  );
}
