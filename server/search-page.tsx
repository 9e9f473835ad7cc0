import { renderToStaticMarkup } from 'react-dom/server';
import { SearchMain } from '../components/SearchMain';
import { otherLocale, type Locale } from '../lib/i18n/locales';
import { paths } from '../lib/paths';
import { documentTitle } from '../lib/seo';
import type { SearchPageView } from '../lib/views/listings';

/**
 * The search page for a query, from the page the build prerendered without
 * one: its title, its language switch and its main landmark are the only
 * parts that depend on the query, and they are put in their places. Those
 * places are found once, when the service starts; a page where one of them
 * is not found exactly once stops it.
 */
export function searchPage(template: string, locale: Locale, file: string): (view: SearchPageView, title: string) => string {
  const other = otherLocale(locale);
  const cut = (before: string, open: string, close: string) => {
    const start = before.indexOf(open);
    const end = start < 0 ? -1 : before.indexOf(close, start + open.length);
    if (start < 0 || end < 0 || before.indexOf(open, end) >= 0) {
      throw new Error(`${file}: the search page has no single ${open}…${close} to fill in: run \`npm run build\`, which writes it.`);
    }
    return [before.slice(0, start + open.length), before.slice(end)] as const;
  };
  const [head, afterTitle] = cut(template, '<title>', '</title>');
  const [beforeSwitch, afterSwitch] = cut(afterTitle, `href="${paths.search(other)}`, '"');
  const mainTag = /<main [^>]*>/.exec(afterSwitch)?.[0] ?? '<main>';
  const [beforeMain, tail] = cut(afterSwitch, mainTag, '</main>');
  return (view, title) =>
    head +
    renderToStaticMarkup(<>{documentTitle(locale, title)}</>) +
    beforeSwitch.slice(0, -paths.search(other).length) +
    view.pathIn(other).replaceAll('&', '&amp;') +
    beforeMain +
    renderToStaticMarkup(<SearchMain view={view} />) +
    tail;
}
