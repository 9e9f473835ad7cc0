import { localeCookieAssignment } from '@/lib/i18n/locale-cookie';
import type { Locale } from '@/lib/i18n/locales';

export interface LanguageSwitchProps {
  /** The language the link leads to. */
  target: Locale;
  href: string;
  label: string;
  title: string;
  /** Let reader.js (keep-place) point the link at the passage being read. */
  keepPlace?: boolean;
}

/**
 * A plain link to the same page in the other language: works without
 * JavaScript. A click also remembers the choice (client/site.js sets the
 * cookie the link carries): the server does so too, but only if the request
 * reaches it, not when a shared cache answers it.
 */
export function LanguageSwitch({ target, href, label, title, keepPlace }: LanguageSwitchProps) {
  return (
    <a
      href={href}
      hrefLang={target}
      lang={target}
      title={title}
      data-language-switch={localeCookieAssignment(target)}
      data-keep-place={keepPlace ? '' : undefined}
      className="rounded-full border border-stone-300 px-3 py-1 font-sans text-sm font-medium text-stone-800 hover:border-accent hover:text-accent dark:border-stone-600 dark:text-stone-200 dark:hover:border-accent-dark dark:hover:text-accent-dark"
    >
      {label}
    </a>
  );
}
