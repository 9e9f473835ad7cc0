import { passageKeys } from '../content/provenance';
import { newsroom, passageOrigins, type PassageOrigin } from '../content/schema';
import type { Piece, Version } from '../content/types';
import { formatDate, formatList } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { getMessages } from '../i18n/messages';
import { paths } from '../paths';

// Who wrote and translated a version, where its passages come from, whether
// its original moved on since it was translated, and what was corrected: as
// the pages say it, in the page's language.

/** Names as a credit reads them, `newsroom` as the site's own staff. */
export function creditNames(names: readonly string[], locale: Locale): string {
  const t = getMessages(locale).provenance;
  return formatList(names.map((name) => (name === newsroom ? t.newsroom : name)), locale);
}

/** The origin of a passage of a version: what its translation says, else ours. */
export function passageOrigin(version: Version, key: string): PassageOrigin {
  return version.translation?.passages?.[key] ?? 'ours';
}

/** The origins of a translation's passages, when they are not all one. */
export function mixedOrigins(version: Version): PassageOrigin[] | undefined {
  if (!version.translation?.passages) return undefined;
  const present = new Set(passageKeys(version).map((key) => passageOrigin(version, key)));
  return present.size > 1 ? passageOrigins.filter((o) => present.has(o)) : undefined;
}

/** Who wrote what a version says: its own authors, else, for a translation, its original's. */
export function authorsOf(piece: Piece, version: Version): readonly string[] | undefined {
  return version.authors ?? (version.translation ? piece.versions[version.translation.from]?.authors : undefined);
}

export interface CreditsView {
  /** "Par …", when the version names its authors. */
  byline?: string;
  /** "Traduit de l’anglais par la rédaction", when it is a translation. */
  translation?: string;
  /** Said once when the passages have several origins, with the way to the view that marks each. */
  passages?: { text: string; link: { href: string; label: string } };
}

export function creditsView(piece: Piece, version: Version, locale: Locale): CreditsView {
  const t = getMessages(locale).provenance;
  const translation = version.translation;
  const origins = mixedOrigins(version);
  const describe = (origin: PassageOrigin) =>
    origin === 'untranslated' ? t.passagesAre.untranslated[translation!.from] : t.passagesAre[origin];
  const [first, ...rest] = origins ?? [];
  const authors = authorsOf(piece, version);
  const translated = translation && t.translated[translation.kind](t.fromLanguage[translation.from]);
  return {
    ...(authors ? { byline: t.byline(creditNames(authors, locale)) } : {}),
    ...(translated ? { translation: translation?.by ? t.by(translated, creditNames(translation.by, locale)) : translated } : {}),
    ...(first && rest.length > 0
      ? {
          passages: {
            text: t.passages(describe(first), rest.map((o, i) => (i === 0 ? t.others : t.othersStill)(describe(o))).join(t.separator)),
            link: { href: paths.parallel(locale, piece.slug), label: t.passagesLink },
          },
        }
      : {}),
  };
}

/** The notice on a translation whose original changed after it was signed, with the way to the original. */
export interface BehindView {
  text: string;
  link: { href: string; label: string; hrefLang: Locale };
}

export function behindView(piece: Piece, version: Version, locale: Locale): BehindView | undefined {
  const translation = version.translation;
  if (!translation?.behind?.length) return undefined;
  const t = getMessages(locale).provenance;
  const from = translation.from;
  // Straight to the first block that changed, when a block of the text did.
  const block = translation.behind.find((key) => key.startsWith('p-'));
  return {
    text: t.behind[from],
    link: { href: `${paths.article(from, piece.slug)}${block ? `#${block}` : ''}`, label: t.readOriginal[from], hrefLang: from },
  };
}

export interface CorrectionsView {
  /** "Corrigé le 12 janvier 2022": the latest, under the date. */
  latest: { date: string; label: string };
  heading: string;
  items: { date: string; dateLabel: string; kindLabel: string; html: string }[];
}

export function correctionsView(version: Version, locale: Locale): CorrectionsView | undefined {
  const latest = version.corrections.at(-1);
  if (!latest) return undefined;
  const t = getMessages(locale).provenance;
  const kinds = new Set(version.corrections.map((c) => c.kind));
  return {
    latest: { date: latest.date, label: t.corrected[latest.kind](formatDate(latest.date, locale)) },
    heading: kinds.size > 1 ? t.corrections.both : t.corrections[latest.kind],
    items: version.corrections.map((c) => ({ date: c.date, dateLabel: formatDate(c.date, locale), kindLabel: t.correctionKind[c.kind], html: c.text.html })),
  };
}

/**
 * What the side-by-side view says of each passage of a version, by key: its
 * origin when they vary, a change in the original since.
 */
export function passageNotes(version: Version, locale: Locale): (key: string) => string[] {
  const t = getMessages(locale).provenance;
  const mixed = mixedOrigins(version) !== undefined;
  const behind = new Set(version.translation?.behind);
  return (key) => [...(mixed ? [t.origin[passageOrigin(version, key)]] : []), ...(behind.has(key) ? [t.changed] : [])];
}

/**
 * The body's HTML with each block left untranslated marked in its original's
 * language, so that it is read aloud and hyphenated as what it is.
 */
export function markUntranslated(html: string, version: Version): string {
  const from = version.translation?.from;
  const passages = version.translation?.passages;
  if (!from || !passages) return html;
  return Object.entries(passages).reduce(
    (marked, [key, origin]) => (origin === 'untranslated' && key.startsWith('p-') ? marked.replace(`id="${key}"`, `id="${key}" lang="${from}"`) : marked),
    html,
  );
}
