import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { otherLocale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { paths } from '@/lib/routes';
import type { ViewLink } from '@/lib/views/piece';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

interface PageShellProps {
  page: {
    locale: Locale;
    /** This page's path in a given locale, for the language switch. */
    pathIn: (locale: Locale) => string;
    viewLinks?: readonly ViewLink[];
  };
  children: ReactNode;
  /**
   * Pages made of numbered blocks (a piece, alone or side by side) keep the
   * reader's place across the language switch, and open the cards of their
   * mentions: both done by reader.js, one request.
   */
  keepPlace?: boolean;
}

/** The main landmark's id: the skip link's target, and the mark that the header is whole. */
export const mainId = 'main';

/** Header with the language switch, the main landmark and the footer, around every page. */
export function PageShell({ page: { locale, pathIn, viewLinks }, children, keepPlace }: PageShellProps) {
  const t = getMessages(locale);
  const other = otherLocale(locale);
  return (
    <>
      <SiteHeader
        homeHref={paths.home(locale)}
        tagsHref={paths.tags(locale)}
        siteName={t.siteName}
        tagline={t.siteTagline}
        navLabel={t.nav.label}
        tagsLabel={t.nav.tags}
        viewLinks={viewLinks}
        search={{ action: paths.search(locale), label: t.search.label, placeholder: t.search.placeholder, submit: t.search.submit }}
        viewLinksLabel={t.parallel.views}
        languageSwitch={{ target: other, href: pathIn(other), label: t.switchLanguage.label, title: t.switchLanguage.title, keepPlace }}
      />
      <main id={mainId} tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 outline-none sm:px-6 sm:py-12">
        {children}
      </main>
      <SiteFooter text={t.footer.about} archive={{ href: paths.archive(locale), label: t.footer.archive }} />
      {keepPlace && <script src="/reader.js" async />}
    </>
  );
}
