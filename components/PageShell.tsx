import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { otherLocale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { paths, patterns } from '@/lib/paths';
import type { ViewLink } from '@/lib/views/piece';
import { OwnScript } from './OwnScript';
import { firstScreenEndId } from './first-screen';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

interface PageShellProps {
  page: {
    locale: Locale;
    /** This page's path in a given locale, for the language switch. */
    pathIn: (locale: Locale) => string;
    viewLinks?: readonly ViewLink[];
    /** The id of the element whose start the first paint waits for (see below); by default a list's fourth card (./first-screen.ts). */
    firstPaintAfter?: string;
  };
  children: ReactNode;
  /**
   * Pages made of numbered blocks (a piece, alone or side by side) keep the
   * reader's place across the language switch, open the cards of their
   * mentions and copy their link: reader.js.
   */
  keepPlace?: boolean;
  /** Pages with aligned sentences show a sentence's counterpart in the other language: sentences.js. */
  sentences?: boolean;
  /** The search page's results follow the words as they are typed: live-search.js. */
  liveSearch?: boolean;
  /** A piece's pages save it for later; the saved and offline pages list what is kept: saved.js. */
  saved?: boolean;
}

/** The main landmark's id: the skip link's target. */
export const mainId = 'main';

/** Header with the language switch, the main landmark and the footer, around every page. */
export function PageShell({ page: { locale, pathIn, viewLinks, firstPaintAfter = firstScreenEndId }, children, keepPlace, sentences, liveSearch, saved }: PageShellProps) {
  const t = getMessages(locale);
  const other = otherLocale(locale);
  return (
    <>
      {/* No paint of half a first screen. Chromium paints whenever its parser
          pauses, and what it paints half-parsed moves as the rest arrives: the
          header's links (set at the right, they grow leftwards), a tag's pill
          before its label, a pill that wraps once its label is in. React puts
          this in the <head>; Chromium unblocks on the target's start tag, or
          once the page is parsed if it never comes. A piece's first screen is
          its header, so its target is the first block of its text; a list's
          is its fourth card. */}
      <link rel="expect" href={`#${firstPaintAfter}`} blocking="render" />
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
      <SiteFooter
        text={t.footer.about}
        links={[
          { href: paths.archive(locale), label: t.footer.archive },
          { href: paths.saved(locale), label: t.footer.saved },
        ]}
      />
      <OwnScript name="site" data={{ 'service-worker': patterns.serviceWorker }} />
      {keepPlace && <OwnScript name="reader" />}
      {sentences && <OwnScript name="sentences" />}
      {liveSearch && <OwnScript name="live-search" />}
      {saved && <OwnScript name="saved" />}
    </>
  );
}
