import type { InlineText } from '@/lib/content/markdown';
import type { Locale } from '@/lib/i18n/locales';
import { KindDate } from './KindDate';

interface ArticleHeaderProps {
  kindLabel: string;
  date: string;
  dateLabel: string;
  title: string;
  lead: readonly InlineText[];
  readingTime: string;
  /** "Traduit de l’anglais", when this version is a translation. */
  translatedFrom?: string;
  /** Language of the text when it differs from the page's. */
  lang?: Locale;
}

export function ArticleHeader({ kindLabel, date, dateLabel, title, lead, readingTime, translatedFrom, lang }: ArticleHeaderProps) {
  return (
    <header className="space-y-4">
      <KindDate kindLabel={kindLabel} date={date} dateLabel={dateLabel} />
      <h1 lang={lang} className="font-serif text-3xl font-bold leading-tight tracking-tight text-balance sm:text-5xl">
        {title}
      </h1>
      <ul lang={lang} className="space-y-2 border-l-4 border-accent pl-4 font-serif text-lg leading-snug text-stone-700 sm:text-xl dark:border-accent-dark dark:text-stone-300">
        {lead.map((line, i) => (
          <li key={i} dangerouslySetInnerHTML={{ __html: line.html }} />
        ))}
      </ul>
      <p className="flex flex-wrap gap-x-3 font-sans text-sm text-stone-600 dark:text-stone-400">
        <span>{readingTime}</span>
        {translatedFrom && (
          <>
            <span aria-hidden="true">·</span>
            <span className="italic">{translatedFrom}</span>
          </>
        )}
      </p>
    </header>
  );
}
