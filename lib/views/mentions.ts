import type { ContentLibrary } from '../content/library';
import { mentionCardId } from '../content/mentions';
import type { Locale } from '../i18n/locales';
import { getMessages } from '../i18n/messages';
import { paths } from '../paths';

/** The card of a tag mentioned in a version's text, in that text's language. */
export interface MentionCardView {
  /** What the mention's `data-mention` names. */
  id: string;
  /** Set when the card's language differs from the page's (a version standing in for a missing one). */
  lang?: Locale;
  kindLabel: string;
  /** "3 articles", "1 piece". */
  countLabel: string;
  name: string;
  /** Sanitised inline HTML (at most <em>). */
  descriptionHtml?: string;
  href: string;
  linkLabel: string;
}

/**
 * One card for each tag a version links (`mentions`, from its body), in the
 * language of the version's text (`locale`), in the order they are first mentioned.
 */
export function mentionCards(library: ContentLibrary, mentions: readonly string[], locale: Locale, pageLocale: Locale): MentionCardView[] {
  const t = getMessages(locale);
  return mentions.flatMap((slug) => {
    const tag = library.tag(slug);
    if (!tag) return [];
    const description = tag.description?.[locale].html;
    return [
      {
        id: mentionCardId(locale, slug),
        ...(locale !== pageLocale ? { lang: locale } : {}),
        kindLabel: t.tags.kinds[tag.kind],
        countLabel: t.tags.count(library.tagged(slug).length),
        name: tag.labels[locale],
        ...(description ? { descriptionHtml: description } : {}),
        href: paths.tag(locale, slug),
        linkLabel: t.mention.allPieces,
      },
    ];
  });
}
