import type { ContentLibrary } from '../content/library';
import type { InlineText } from '../content/markdown';
import { dateKinds, type DateKind } from '../content/schema';
import { coOccurringTags, storyMonths } from '../content/tag-story';
import type { Tag } from '../content/types';
import { formatMonth, formatPartialDate } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { getMessages } from '../i18n/messages';
import { absoluteUrl } from '../public-url';
import { paths } from '../paths';
import { tagJsonLd } from '../structured-data';
import { pieceCard, type PieceCard } from './cards';
import { listPage, pageTitle, type LinkGroup, type ListHeadingView, type PieceListView } from './listings';

/** One of a tag's dates, as its page shows it: "Naissance" / "17 mai 1953". */
export interface TagDateView {
  kind: DateKind;
  term: string;
  /** As written in tags.yaml (`1953`, `1953-05`, `1953-05-17`), for `<time dateTime>`. */
  date: string;
  label: string;
}

export interface StoryMonthView {
  /** The same in both languages, like the blocks' ids, so that `#month-2022-01` survives the language switch. */
  id: string;
  /** `YYYY-MM`. */
  month: string;
  heading: string;
  pieces: PieceCard[];
}

/** A tag's page: who or what it is, then its pieces month by month, and the tags met with it. */
export interface TagStoryView extends Omit<PieceListView, 'pieces'> {
  heading: ListHeadingView;
  dates: TagDateView[];
  description?: InlineText;
  story: { label: string; months: StoryMonthView[] };
  /** The other tags its pieces carry most often, with how many pieces they share. */
  related?: LinkGroup & { intro: string };
  jsonLd: ReturnType<typeof tagJsonLd>;
}

/** The dates a tag has, start before end, each as precise as tags.yaml has it, in the reader's language. */
export function tagDates(tag: Pick<Tag, 'dates'>, locale: Locale): TagDateView[] {
  const t = getMessages(locale).story;
  return dateKinds.flatMap((kind) => {
    const date = tag.dates?.[kind];
    return date ? [{ kind, term: t.dates[kind], date, label: formatPartialDate(date, locale) }] : [];
  });
}

/** Page `n` of the tag's story; undefined for a tag no piece carries or a page past the end. */
export function tagView(library: ContentLibrary, slug: string, locale: Locale, n = 1): TagStoryView | undefined {
  const tag = library.tag(slug);
  const tagged = tag ? library.tagged(tag.slug) : [];
  if (!tag || tagged.length === 0) return undefined;
  const t = getMessages(locale);
  const label = tag.labels[locale];
  const count = t.tags.count(tagged.length);
  const feed = { url: absoluteUrl(paths.tagFeed(locale, tag.slug)), title: t.feed.tagLinkTitle(label) };
  const found = listPage(locale, tagged.length, (l) => paths.tag(l, tag.slug), n, feed);
  if (!found) return undefined;
  const { alternates, ...list } = found;
  const description = tag.description?.[locale];
  const related = coOccurringTags(tag.slug, tagged, locale);
  return {
    ...list,
    heading: { title: label, line: `${t.tags.kinds[tag.kind]} · ${count}`, up: { href: paths.tags(locale), label: t.tags.allTags } },
    dates: tagDates(tag, locale),
    ...(description ? { description } : {}),
    story: {
      label: t.story.label,
      months: storyMonths(tagged, n).map(({ month, continued, items }) => {
        const heading = formatMonth(month, locale);
        return {
          id: `month-${month}`,
          month,
          heading: continued ? t.story.continued(heading) : heading,
          // Every piece here carries the tag: its other tags are the ones worth showing.
          pieces: items.map((piece) => {
            const card = pieceCard(library.listing(piece, locale), locale);
            return { ...card, tags: card.tags.filter((other) => other.slug !== tag.slug) };
          }),
        };
      }),
    },
    ...(related.length > 0
      ? {
          related: {
            id: 'related-tags',
            heading: t.story.related,
            intro: t.story.relatedIntro,
            links: related.map(({ tag: other, count: shared }) => ({
              href: paths.tag(locale, other.slug),
              label: other.labels[locale],
              countLabel: t.story.together(shared),
            })),
          },
        }
      : {}),
    jsonLd: tagJsonLd(tag, locale),
    metadata: {
      title: pageTitle(locale, t.tags.pageTitle(label), n),
      description: description?.text ?? `${t.tags.pageTitle(label)} — ${count}`,
      alternates,
    },
  };
}
