import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ContentLibrary } from '@/lib/content/library';
import { renderLead, renderMarkdown } from '@/lib/content/markdown';
import { MentionLinker, mentionCardId } from '@/lib/content/mentions';
import type { Tag } from '@/lib/content/types';
import type { Locale } from '@/lib/i18n/locales';
import { rssFeed } from '@/lib/feed';
import { publicOrigin } from '@/lib/public-url';
import { articleView, parallelView } from '@/lib/views/piece';
import { contentFixture } from './fixture';

const tags: Tag[] = [
  {
    slug: 'tokayev',
    kind: 'person',
    labels: { fr: 'Kassym-Jomart Tokaïev', en: 'Kassym-Jomart Tokayev' },
    aliases: ['Tokaïev', 'Tokayev', 'Tonkaïev', 'Tokaev'],
  },
  { slug: 'nazarbayev', kind: 'person', labels: { fr: 'Noursoultan Nazarbaïev', en: 'Nursultan Nazarbayev' }, aliases: ['Nazarbaïev', 'Nazarbayev'] },
  { slug: 'kazakhstan', kind: 'place', labels: { fr: 'Kazakhstan', en: 'Kazakhstan' }, aliases: ['Qazaqstan'] },
  { slug: 'united-states', kind: 'place', labels: { fr: 'États-Unis', en: 'United States' }, aliases: ['US', 'U.S.', 'USA'] },
  { slug: 'csto', kind: 'organisation', labels: { fr: 'OTSC', en: 'CSTO' }, aliases: ['Organisation du traité de sécurité collective'] },
  { slug: 'sanctions', kind: 'topic', labels: { fr: 'Sanctions', en: 'Sanctions' }, aliases: ['sanctions'] },
];

const doc = (html: string) => new JSDOM(`<body>${html}</body>`).window.document;

/** The mentions in some HTML: [text, href, data-mention]. */
function mentions(html: string): [string, string, string][] {
  return [...doc(html).querySelectorAll('a[data-mention]')].map((a) => [a.textContent!, a.getAttribute('href')!, a.getAttribute('data-mention')!]);
}

function body(markdown: string, locale: Locale = 'fr', linker = new MentionLinker(tags, locale)) {
  return { ...renderMarkdown(markdown, linker), linked: linker.linked };
}

describe('mentions of a piece’s tags', () => {
  it('links the first mention of each tag, and only the first, to the tag’s page in the text’s language', () => {
    const { html, linked } = body('Le président Tokaïev a parlé.\n\nTokaïev a ensuite rencontré Nazarbaïev, puis Tokaïev est parti.');
    expect(mentions(html)).toEqual([
      ['Tokaïev', '/fr/tags/tokayev', 'mention-fr-tokayev'],
      ['Nazarbaïev', '/fr/tags/nazarbayev', 'mention-fr-nazarbayev'],
    ]);
    expect(linked).toEqual(['tokayev', 'nazarbayev']);
    expect(body('President Tokayev spoke; Tokayev left.', 'en').html).toContain('<a href="/en/tags/tokayev" data-mention="mention-en-tokayev">Tokayev</a>');
    expect(mentionCardId('en', 'tokayev')).toBe('mention-en-tokayev');
  });

  it('finds a tag through each of its labels and aliases, whatever the accents or case', () => {
    for (const written of ['Kassym-Jomart Tokaïev', 'Kassym-Jomart Tokayev', 'Tokaïev', 'Tokayev', 'Tonkaïev', 'Tokaev', 'TOKAÏEV', 'tokaiev', 'tonkaiev', 'Tokáyev']) {
      for (const locale of ['fr', 'en'] as const) {
        expect(mentions(body(`Ici, ${written}, là.`, locale).html), `${written} (${locale})`).toEqual([[written, `/${locale}/tags/tokayev`, `mention-${locale}-tokayev`]]);
      }
    }
    expect(mentions(body('La république du qazaqstan.').html)).toEqual([['qazaqstan', '/fr/tags/kazakhstan', 'mention-fr-kazakhstan']]);
  });

  it('matches whole words only', () => {
    expect(mentions(body('Les Kazakhstanais et les pro-Tokaïevistes ; Tokaïevski.').html)).toEqual([]);
    // Punctuation, an apostrophe or a hyphen ends a word.
    expect(mentions(body('Au Kazakhstan’s, (Tokaïev) et Nazarbaïev-Tokaïev.').html).map(([text]) => text)).toEqual(['Kazakhstan', 'Tokaïev', 'Nazarbaïev']);
  });

  it('takes acronyms in capitals only: “us” is not the United States', () => {
    expect(mentions(body('He told us about it.', 'en').html)).toEqual([]);
    expect(mentions(body('He told us that the US would help.', 'en').html)).toEqual([['US', '/en/tags/united-states', 'mention-en-united-states']]);
    expect(mentions(body('The U.S. said so.', 'en').html).map(([text]) => text)).toEqual(['U.S.']);
  });

  it('prefers the longest match, and puts no mention inside another', () => {
    const { html } = body('Le président Kassym-Jomart Tokaïev, puis Kassym-Jomart Tokaïev encore.');
    expect(mentions(html).map(([text]) => text)).toEqual(['Kassym-Jomart Tokaïev']);
    expect(doc(html).querySelectorAll('a a')).toHaveLength(0);
    // A name across a line break or a no-break space is still the name.
    expect(mentions(body('Le président Kassym-Jomart\nTokaïev.').html).map(([text]) => text)).toEqual(['Kassym-Jomart\nTokaïev']);
    expect(mentions(body('L’Organisation du traité de sécurité\u00a0collective (OTSC).').html).map(([text]) => text)).toEqual([
      'Organisation du traité de sécurité\u00a0collective',
    ]);
  });

  it('touches nothing inside links, headings or code', () => {
    const source = [
      '## Tokaïev au pouvoir',
      'Voir [le portrait de Tokaïev](https://example.org/tokaiev) et [Kazakhstan][k].',
      '`Tokaïev` en code, et :',
      '```\nTokaïev\n```',
      '> Une citation de *Tokaïev* au **Kazakhstan**.',
      '[k]: https://example.org/k',
    ].join('\n\n');
    const { html, blocks } = body(source);
    expect(mentions(html).map(([text]) => text)).toEqual(['Tokaïev', 'Kazakhstan']);
    const page = doc(html);
    expect(page.querySelector('h2')!.innerHTML).toBe('Tokaïev au pouvoir');
    expect(page.querySelectorAll('code a, pre a, h2 a')).toHaveLength(0);
    expect(page.querySelector('blockquote em a')?.textContent).toBe('Tokaïev');
    expect(page.querySelector('blockquote strong a')?.textContent).toBe('Kazakhstan');
    expect(blocks[0]!.html).toBe('<h2>Tokaïev au pouvoir</h2>');
  });

  it('leaves topics alone', () => {
    expect(mentions(body('Les sanctions et les Sanctions.').html)).toEqual([]);
  });

  it('links in the lead first, then in the body', () => {
    const linker = new MentionLinker(tags, 'fr');
    const lead = ['Le Kazakhstan en crise.', 'Tokaïev appelle l’*OTSC*.'].map((line) => renderLead(line, linker)!);
    const { html } = body('Le Kazakhstan, Tokaïev et Nazarbaïev.', 'fr', linker);
    expect(lead.map((line) => mentions(line.html).map(([text]) => text))).toEqual([['Kazakhstan'], ['Tokaïev', 'OTSC']]);
    expect(mentions(html).map(([text]) => text)).toEqual(['Nazarbaïev']);
    expect(linker.linked).toEqual(['kazakhstan', 'tokayev', 'csto', 'nazarbayev']);
    // The plain text is the same with or without links.
    expect(lead[1]!.text).toBe('Tokaïev appelle l’OTSC.');
  });

  it('gives the blocks the same links as the whole body', () => {
    const { html, blocks } = body('## Le pouvoir\n\nLe Kazakhstan.\n\n- Tokaïev\n- Nazarbaïev\n\n| a |\n| - |\n| Tokayev |');
    expect(blocks.flatMap((b) => mentions(b.html))).toEqual(mentions(html));
    expect(mentions(html)).toHaveLength(3);
  });

  it('keeps the text of the source, escaped, and lets no label or alias write markup', () => {
    const hostile: Tag[] = [{ slug: 'x', kind: 'person', labels: { fr: '<b>Nom</b>', en: '"><script>alert(1)</script>' }, aliases: ['a.*b', 'Nom'] }];
    const linker = new MentionLinker(hostile, 'fr');
    const { html } = renderMarkdown('Le <b>Nom</b> ici, a.*b, axxb, Nom & "><script>alert(1)</script>.', linker);
    expect(html).not.toMatch(/<script|<b>/);
    expect(mentions(html)).toEqual([['Nom', '/fr/tags/x', 'mention-fr-x']]);
  });

  it('lets the sanitiser drop a data-mention that is not ours', () => {
    expect(renderMarkdown('[x](https://example.org "t")').html).not.toContain('data-mention');
  });
});

describe('mentions through the loader', () => {
  const tagsYaml = `
kazakhstan:
  kind: place
  labels: { fr: Kazakhstan, en: Kazakhstan }
tokayev:
  kind: person
  labels: { fr: Kassym-Jomart Tokaïev, en: Kassym-Jomart Tokayev }
  aliases: [Tokaïev, Tokayev, Tonkaïev]
  description:
    fr: "Président du *Kazakhstan* depuis 2019."
    en: "President of *Kazakhstan* since 2019."
russia:
  kind: place
  labels: { fr: Russie, en: Russia }
`;
  const version = (language: Locale, summary: string, text: string) =>
    `---\ntitle: T\ndate: 2022-01-09\nlanguage: ${language}\nkind: news\ntags: [kazakhstan, tokayev, russia]\nsources:\n  - name: S\nsummary:\n  - "${summary}"\n---\n${text}\n`;
  const dir = () =>
    contentFixture({
      'tags.yaml': tagsYaml,
      'articles/a/fr.md': version('fr', 'Le Kazakhstan en crise.', '## Tonkaïev\n\nLe président Tonkaïev et le Kazakhstan.'),
      'articles/a/en.md': version('en', 'Kazakhstan in crisis.', '## Tonkaïev\n\nPresident Tokayev and Kazakhstan.'),
      'articles/b/fr.md': version('fr', 'Autre.', 'Rien.'),
    });

  it('links the lead and the body, and keeps the summary of lists without links', () => {
    const library = ContentLibrary.load(dir());
    const fr = library.piece('a')!.versions.fr!;
    expect(fr.summary[0]!.html).toBe('Le Kazakhstan en crise.');
    expect(mentions(fr.body().lead[0]!)).toEqual([['Kazakhstan', '/fr/tags/kazakhstan', 'mention-fr-kazakhstan']]);
    expect(mentions(fr.body().html)).toEqual([['Tonkaïev', '/fr/tags/tokayev', 'mention-fr-tokayev']]);
    expect(fr.body().mentions).toEqual(['kazakhstan', 'tokayev']);
  });

  it('gives the article page the linked lead and one card per mentioned tag, in the page’s language', () => {
    const library = ContentLibrary.load(dir());
    const view = articleView(library, 'a', 'fr')!;
    expect(mentions(view.header.lead[0]!.html)).toHaveLength(1);
    expect(view.mentionCards).toEqual([
      { id: 'mention-fr-kazakhstan', kindLabel: 'Lieu', countLabel: '2 articles', name: 'Kazakhstan', href: '/fr/tags/kazakhstan', linkLabel: 'Tous les articles sur ce thème' },
      {
        id: 'mention-fr-tokayev',
        kindLabel: 'Personnalité',
        countLabel: '2 articles',
        name: 'Kassym-Jomart Tokaïev',
        descriptionHtml: 'Président du <em>Kazakhstan</em> depuis 2019.',
        href: '/fr/tags/tokayev',
        linkLabel: 'Tous les articles sur ce thème',
      },
    ]);
    expect(articleView(library, 'a', 'en')!.mentionCards.map((c) => [c.id, c.kindLabel, c.countLabel, c.name])).toEqual([
      ['mention-en-kazakhstan', 'Place', '2 pieces', 'Kazakhstan'],
      ['mention-en-tokayev', 'Person', '2 pieces', 'Kassym-Jomart Tokayev'],
    ]);
  });

  it('gives the side-by-side view the same links in each column, and the cards of both languages', () => {
    const library = ContentLibrary.load(dir());
    const view = parallelView(library, 'a', 'en')!;
    const lead = view.rows.find((r) => r.kind === 'lead')!;
    expect(lead.cells.map((c) => mentions(c.html).map(([, href]) => href))).toEqual([['/en/tags/kazakhstan'], ['/fr/tags/kazakhstan']]);
    const text = view.rows.filter((r) => r.kind === 'block').flatMap((r) => r.cells.flatMap((c) => mentions(c.html).map(([text, href]) => `${c.lang} ${text} ${href}`)));
    expect(text).toEqual(['en Tokayev /en/tags/tokayev', 'fr Tonkaïev /fr/tags/tokayev']);
    expect(view.mentionCards.map((c) => [c.id, c.lang])).toEqual([
      ['mention-en-kazakhstan', undefined],
      ['mention-en-tokayev', undefined],
      ['mention-fr-kazakhstan', 'fr'],
      ['mention-fr-tokayev', 'fr'],
    ]);
  });

  it('makes the mentions of a feed item absolute', () => {
    const library = ContentLibrary.load(dir());
    const feed = rssFeed(library, 'fr');
    expect(feed).toContain(`href="${publicOrigin.origin}/fr/tags/tokayev"`);
    expect(feed).not.toContain('href="/fr/tags');
  });

  it('survives the build’s snapshot', async () => {
    const { openSnapshot, snapshotFiles, writeSnapshot } = await import('@/lib/content/snapshot');
    const source = dir();
    const files = snapshotFiles(contentFixture({}));
    writeSnapshot(ContentLibrary.load(source), { dir: source, stamp: '' }, files);
    const body = openSnapshot(files).library().piece('a')!.versions.en!.body();
    expect(body.mentions).toEqual(['kazakhstan', 'tokayev']);
    expect(mentions(body.lead[0]!)).toHaveLength(1);
  });
});
