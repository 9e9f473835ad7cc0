import type { Metadata } from 'next';
import type { Piece } from '../content/types';
import { locales, type Locale } from '../i18n/locales';
import { getMessages, type Messages } from '../i18n/messages';
import { offlineStore } from '../offline';
import { paths } from '../paths';
import { alternatesFor } from '../seo';

/**
 * A piece as the saved list keeps it (client/saved.js): what the list shows
 * in either language, and every page to keep for reading offline.
 */
export interface KeptPiece {
  slug: string;
  /** The title of each real version. */
  titles: Partial<Record<Locale, string>>;
  /** The piece's page in each language (a piece missing in one shows the other's text there). */
  links: Record<Locale, string>;
  /** Every page of the piece: in both languages, and side by side when it has two versions. */
  pages: string[];
}

export interface KeepView {
  piece: KeptPiece;
  labels: Messages['saved']['control'];
  store: typeof offlineStore;
}

export function keepView(piece: Piece, locale: Locale): KeepView {
  const links = Object.fromEntries(locales.map((l) => [l, paths.article(l, piece.slug)])) as Record<Locale, string>;
  const titles = Object.fromEntries(piece.locales.map((l) => [l, piece.versions[l]!.title]));
  const sideBySide = piece.locales.length === locales.length ? locales.map((l) => paths.parallel(l, piece.slug)) : [];
  return {
    piece: { slug: piece.slug, titles, links, pages: [...Object.values(links), ...sideBySide] },
    labels: getMessages(locale).saved.control,
    store: offlineStore,
  };
}

/** What the saved list and the offline page write into each entry, in the page's language. */
export interface KeptListLabels {
  locale: Locale;
  /** "en anglais": after a title shown in the other language. */
  inOther: string;
  savedOn: string;
  removeButton: string;
  remove: string;
  removed: string;
}

export interface SavedPageView {
  locale: Locale;
  pathIn: (locale: Locale) => string;
  title: string;
  intro: string;
  noScript: string;
  empty: string;
  offline: { href: string; label: string };
  labels: KeptListLabels;
  store: typeof offlineStore;
  metadata: Metadata;
}

/** What these pages list is on the reader's device: nothing for a search engine to index. */
function onDeviceMetadata(title: string, locale: Locale, pathIn: (locale: Locale) => string): Metadata {
  return { title, robots: { index: false }, alternates: alternatesFor(locale, locales, pathIn) };
}

function listLabels(locale: Locale): KeptListLabels {
  const t = getMessages(locale).saved;
  return { locale, inOther: t.inOther, savedOn: t.savedOn, removeButton: t.removeButton, remove: t.remove, removed: t.removed };
}

/** `/{locale}/saved`: the same file for every reader, filled on the device. */
export function savedPageView(locale: Locale): SavedPageView {
  const t = getMessages(locale).saved;
  return {
    locale,
    pathIn: paths.saved,
    title: t.title,
    intro: t.intro,
    noScript: t.noScript,
    empty: t.empty,
    offline: { href: paths.offline(locale), label: t.offline },
    labels: listLabels(locale),
    store: offlineStore,
    metadata: onDeviceMetadata(t.title, locale, paths.saved),
  };
}

export interface OfflinePageView {
  locale: Locale;
  pathIn: (locale: Locale) => string;
  title: string;
  intro: string;
  notKept: string;
  retry: string;
  saved: string;
  recent: string;
  none: string;
  labels: KeptListLabels;
  store: typeof offlineStore;
  metadata: Metadata;
}

/**
 * What can be read offline on this device; also what the service worker
 * answers, offline, for a page it did not keep, at that page's address.
 */
export function offlinePageView(locale: Locale): OfflinePageView {
  const t = getMessages(locale).offline;
  return {
    locale,
    pathIn: paths.offline,
    title: t.title,
    intro: t.intro,
    notKept: t.notKept,
    retry: t.retry,
    saved: t.saved,
    recent: t.recent,
    none: t.none,
    labels: listLabels(locale),
    store: offlineStore,
    metadata: onDeviceMetadata(t.title, locale, paths.offline),
  };
}
