import type { CreditsView } from '@/lib/views/provenance';

/** Who wrote and translated the version, under its title; once, where its passages come from. */
export function Credits({ byline, translation, passages }: CreditsView) {
  if (!byline && !translation) return null;
  return (
    <div className="space-y-1 font-sans text-sm text-stone-600 dark:text-stone-400">
      <p className="flex flex-wrap gap-x-3">
        {byline && <span className="font-semibold text-stone-800 dark:text-stone-200">{byline}</span>}
        {byline && translation && <span aria-hidden="true">·</span>}
        {translation && <span className="italic">{translation}</span>}
      </p>
      {passages && (
        <p>
          {passages.text}{' '}
          <a href={passages.link.href} className="underline underline-offset-2 hover:text-accent dark:hover:text-accent-dark">
            {passages.link.label}
          </a>
          .
        </p>
      )}
    </div>
  );
}
