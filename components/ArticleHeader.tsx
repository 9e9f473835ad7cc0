import type { ArticleHeaderView } from '@/lib/views/piece';
import { Credits } from './Credits';
import { KeepButton } from './KeepButton';
import { KindDate } from './KindDate';
import { Listen } from './Listen';
import { SentenceCard, SentenceToggle } from './SentenceCard';

export function ArticleHeader({ kindLabel, date, dateLabel, title, lead, readingTime, credits, corrected, lang, sentences, keep, listen }: ArticleHeaderView) {
  return (
    <header className="space-y-4">
      <div className="space-y-1">
        <KindDate kindLabel={kindLabel} date={date} dateLabel={dateLabel} />
        {corrected && (
          <p className="font-sans text-xs text-stone-600 dark:text-stone-400">
            <a href="#corrections" className="underline underline-offset-2 hover:text-accent dark:hover:text-accent-dark">
              <time dateTime={corrected.date}>{corrected.label}</time>
            </a>
          </p>
        )}
      </div>
      <h1 lang={lang} className="font-serif text-3xl font-bold leading-tight tracking-tight text-balance sm:text-5xl">
        {title}
      </h1>
      <Credits {...credits} />
      <ul lang={lang} className="space-y-2 border-l-4 border-accent pl-4 font-serif text-lg leading-snug text-stone-700 sm:text-xl dark:border-accent-dark dark:text-stone-300">
        {lead.map((line, i) => (
          <li key={i} dangerouslySetInnerHTML={{ __html: line.html }} />
        ))}
      </ul>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-2 font-sans text-sm text-stone-600 dark:text-stone-400">
        <span>{readingTime}</span>
        <KeepButton view={keep} />
        {sentences && <SentenceToggle view={sentences} />}
        {listen && <Listen view={listen} />}
      </p>
      {sentences && (
        <>
          <p id="sentences-on" hidden className="font-sans text-sm text-stone-600 dark:text-stone-400">
            {sentences.labels.on}
          </p>
          <SentenceCard view={sentences} />
        </>
      )}
    </header>
  );
}
