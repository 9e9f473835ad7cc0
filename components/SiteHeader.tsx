import { LanguageSwitch, type LanguageSwitchProps } from './LanguageSwitch';

interface SiteHeaderProps {
  homeHref: string;
  tagsHref: string;
  siteName: string;
  tagline: string;
  navLabel: string;
  tagsLabel: string;
  languageSwitch: LanguageSwitchProps;
}

export function SiteHeader({ homeHref, tagsHref, siteName, tagline, navLabel, tagsLabel, languageSwitch }: SiteHeaderProps) {
  return (
    <header className="no-print border-b border-stone-300 dark:border-stone-700">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-4 sm:px-6">
        <div>
          <a href={homeHref} className="font-serif text-xl font-bold tracking-tight text-stone-900 hover:text-accent sm:text-2xl dark:text-stone-50 dark:hover:text-accent-dark">
            {siteName}
          </a>
          <p className="font-sans text-xs text-stone-600 dark:text-stone-400">{tagline}</p>
        </div>
        <nav aria-label={navLabel} className="flex items-center gap-4 font-sans text-sm">
          <a href={tagsHref} className="font-medium text-stone-700 underline-offset-4 hover:text-accent hover:underline dark:text-stone-300 dark:hover:text-accent-dark">
            {tagsLabel}
          </a>
          <LanguageSwitch {...languageSwitch} />
        </nav>
      </div>
    </header>
  );
}
