import type { ViewLink } from '@/lib/views/piece';
import { LanguageSwitch, type LanguageSwitchProps } from './LanguageSwitch';
import { SearchForm } from './SearchForm';

interface SiteHeaderProps {
  homeHref: string;
  tagsHref: string;
  siteName: string;
  tagline: string;
  navLabel: string;
  tagsLabel: string;
  languageSwitch: LanguageSwitchProps;
  /** Links between the views of one piece (single language, side by side), kept at hand while reading. */
  viewLinks?: readonly ViewLink[];
  viewLinksLabel?: string;
  search: { action: string; label: string; placeholder: string; submit: string };
}

export function SiteHeader({ homeHref, tagsHref, siteName, tagline, navLabel, tagsLabel, languageSwitch, viewLinks, viewLinksLabel, search }: SiteHeaderProps) {
  return (
    <header className="no-print sticky top-0 z-40 border-b border-stone-300 bg-stone-50/95 backdrop-blur dark:border-stone-700 dark:bg-stone-950/95">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-x-4 px-4 py-2.5 sm:px-6 sm:py-4">
        <div>
          <a href={homeHref} className="font-serif text-base leading-tight font-bold tracking-tight text-stone-900 hover:text-accent sm:text-2xl dark:text-stone-50 dark:hover:text-accent-dark">
            {siteName}
          </a>
          <p className="hidden font-sans text-xs text-stone-600 sm:block dark:text-stone-400">{tagline}</p>
        </div>
        <nav aria-label={navLabel} className="flex shrink-0 items-center gap-3 font-sans text-sm sm:gap-4">
          <div className="hidden lg:block">
            <SearchForm id="search-header" {...search} />
          </div>
          {/* Below desktop widths the field opens from a disclosure, which needs no JavaScript.
              On phones it is an icon, so that the sticky header keeps to two short lines;
              its padding makes a 36 px target without taking room. */}
          <details className="lg:hidden">
            <summary className="-m-2 flex cursor-pointer list-none items-center p-2 font-medium sm:m-0 sm:p-0 text-stone-700 underline-offset-4 hover:text-accent hover:underline dark:text-stone-300 dark:hover:text-accent-dark [&::-webkit-details-marker]:hidden">
              <svg aria-hidden="true" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" className="size-5 sm:hidden">
                <circle cx="8.5" cy="8.5" r="5.5" />
                <path d="m13 13 4.5 4.5" />
              </svg>
              <span className="sr-only sm:not-sr-only">{search.label}</span>
            </summary>
            <div className="absolute inset-x-4 top-full z-50 mt-2 rounded-lg border border-stone-300 bg-stone-50 p-3 shadow-lg sm:left-auto sm:w-96 dark:border-stone-700 dark:bg-stone-900">
              <SearchForm id="search-menu" {...search} large />
            </div>
          </details>
          <a href={tagsHref} className="font-medium text-stone-700 underline-offset-4 hover:text-accent hover:underline dark:text-stone-300 dark:hover:text-accent-dark">
            {tagsLabel}
          </a>
          <LanguageSwitch {...languageSwitch} />
        </nav>
      </div>
      {viewLinks && viewLinks.length > 0 && (
        <nav aria-label={viewLinksLabel} className="mx-auto max-w-5xl px-4 pb-2 sm:px-6">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 font-sans text-xs sm:text-sm">
            {viewLinks.map((link) => (
              <li key={link.href}>
                <a href={link.href} hrefLang={link.hrefLang} data-keep-place="" className="font-semibold text-accent underline underline-offset-2 dark:text-accent-dark">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
