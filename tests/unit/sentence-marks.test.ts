import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { markRanges, textOfHtml } from '@/lib/align/marks';
import { alignPiece } from '@/lib/align/piece';
import { ContentLibrary } from '@/lib/content/library';
import { renderMarkdown } from '@/lib/content/markdown';
import { bodyHtml } from '@/lib/views/sentences';
import { contentFixture, tagsYaml, version } from './fixture';

const root = path.join(__dirname, '..', '..');
const textContent = (html: string) => JSDOM.fragment(html).textContent;
/** Ranges over `text`, one for each of `parts`, in order. */
function rangesOf(text: string, parts: string[]) {
  let from = 0;
  return parts.map((part, i) => {
    const start = text.indexOf(part, from);
    if (start < 0) throw new Error(`${part} is not in ${text}`);
    from = start + part.length;
    return { start, end: from, attribute: `id="s${i + 1}"` };
  });
}

describe('the text of a block’s HTML', () => {
  it('is what a browser’s textContent gives: references decoded, tags and comments left out', () => {
    for (const html of [
      '<p>Tom &#x26; Jerry &lt;3 &amp; “quotes” &#128512; <!-- no --><em>and</em> <a href="/x?a=1&amp;b=&quot;2&quot;" title="a > b">a link</a>.<br>\nNext &nbsp;line.</p>',
      '<p>A stray & stays, &unknown; too.</p>',
    ]) {
      expect(textOfHtml(html)).toBe(textContent(html));
    }
  });
});

describe('marking sentences in a block’s HTML', () => {
  const sentences = (html: string, parts: string[]) => markRanges(html, rangesOf(textOfHtml(html), parts));

  it('wraps each sentence in a span and changes nothing else', () => {
    const html = '<p>Tom &#x26; Jerry met. They spoke &lt;here&gt;.</p>';
    const marked = sentences(html, ['Tom & Jerry met.', 'They spoke <here>.']);
    expect(marked).toBe('<p><span id="s1">Tom &#x26; Jerry met.</span> <span id="s2">They spoke &lt;here&gt;.</span></p>');
    expect(textContent(marked!)).toBe(textContent(html));
  });

  it('takes in whole a link or an emphasis that opens or closes a sentence', () => {
    const html = '<p><a href="/en/tags/tokayev" data-mention="mention-en-tokayev">Tokayev</a> spoke. He quoted <em>Le Monde</em>.</p>';
    expect(sentences(html, ['Tokayev spoke.', 'He quoted Le Monde.'])).toBe(
      '<p><span id="s1"><a href="/en/tags/tokayev" data-mention="mention-en-tokayev">Tokayev</a> spoke.</span> <span id="s2">He quoted <em>Le Monde</em>.</span></p>',
    );
  });

  it('keeps sentences with nothing between them apart, never one span inside the other', () => {
    expect(sentences('<p>One.<em>Two.</em></p>', ['One.', 'Two.'])).toBe('<p><span id="s1">One.</span><span id="s2"><em>Two.</em></span></p>');
    expect(sentences('<p>One.<br>Two.</p>', ['One.', 'Two.'])).toBe('<p><span id="s1">One.<br></span><span id="s2">Two.</span></p>');
    expect(sentences('<p>One.<img src="x.png" alt="">Two.</p>', ['One.', 'Two.'])).toBe('<p><span id="s1">One.<img src="x.png" alt=""></span><span id="s2">Two.</span></p>');
  });

  it('gives up when a sentence starts or ends inside an element, which it would have to cut', () => {
    expect(sentences('<p><em>One. Two</em> three.</p>', ['One.', 'Two three.'])).toBeUndefined();
    expect(sentences('<p>One <a href="/x">two. Three</a>.</p>', ['One two.', 'Three.'])).toBeUndefined();
  });

  it('refuses ranges out of order or overlapping', () => {
    const html = '<p>One. Two.</p>';
    expect(markRanges(html, [{ start: 5, end: 9, attribute: 'a' }, { start: 0, end: 4, attribute: 'b' }])).toBeUndefined();
    expect(markRanges(html, [{ start: 0, end: 6, attribute: 'a' }, { start: 5, end: 9, attribute: 'b' }])).toBeUndefined();
  });

  it('marks every paragraph the Markdown renderer gives, mentions and references included', () => {
    const { blocks } = renderMarkdown('Tom & Jerry said "hi". It was <b>bold</b> & *new*.\n\nA [link](https://example.com/?a=1&b=2). Done.');
    for (const block of blocks) {
      const text = textOfHtml(block.html);
      expect(text).toBe(textContent(block.html));
      const parts = text.split(/(?<=\.) /);
      const marked = sentences(block.html, parts);
      expect(marked).toBeDefined();
      expect(textContent(marked!)).toBe(text);
      expect(JSDOM.fragment(marked!).querySelectorAll('p > span[id]')).toHaveLength(parts.length);
      expect(JSDOM.fragment(marked!).querySelector('span[id] span[id]')).toBeNull();
    }
  });
});

describe('a piece’s sentences as its pages carry them', () => {
  const library = ContentLibrary.load(path.join(root, 'content'));

  it('names each bead by its block and rank, the same in both languages', () => {
    for (const piece of library.pieces.filter((p) => p.locales.length === 2)) {
      const alignment = alignPiece(piece);
      expect(alignment.size, piece.slug).toBeGreaterThan(0);
      const beads = [...alignment.values()].flatMap((aligned) => aligned.beads);
      for (const locale of piece.locales) {
        const spans = [...JSDOM.fragment(bodyHtml(piece, piece.versions[locale]!)).querySelectorAll('span[id]')].map((span) => span.id);
        // A sentence the other version has no counterpart for is named in its own language only.
        expect(spans).toEqual(beads.filter((bead) => bead.sides[locale]).map((bead) => bead.key));
      }
      for (const bead of beads) expect(bead.key).toMatch(/^p-\d+\.\d+$/);
    }
  });

  it('adds spans and nothing else: the text of every block reads as before', () => {
    for (const piece of library.pieces) {
      for (const locale of piece.locales) {
        const v = piece.versions[locale]!;
        const before = JSDOM.fragment(v.body().html);
        const after = JSDOM.fragment(bodyHtml(piece, v));
        expect(after.textContent).toBe(before.textContent);
        expect(after.querySelector('span span')).toBeNull();
        expect([...after.querySelectorAll('[id^="p-"]:not(span)')].map((e) => e.id)).toEqual([...before.querySelectorAll('[id]')].map((e) => e.id));
      }
    }
  });

  it('keeps a paragraph whole when its sentences cannot be paired, and leaves a piece in one language as it is', () => {
    const dir = contentFixture({
      'tags.yaml': tagsYaml,
      'articles/paired/fr.md': version({}, 'Un. Deux ici.\n\nLe premier jour. Le deuxième jour. Le troisième jour. Le quatrième jour, enfin.'),
      'articles/paired/en.md': version({ language: 'en', translation: '\n  from: fr' }, 'One. Two here.\n\nA single sentence that says the whole paragraph at once, at great and growing length.'),
      'articles/alone/fr.md': version({}, 'Seul. Ici.'),
    });
    const fixture = ContentLibrary.load(dir);
    const paired = alignPiece(fixture.piece('paired')!);
    expect([...paired.keys()]).toEqual(['p-1']);
    expect(paired.get('p-1')!.beads.map((bead) => bead.key)).toEqual(['p-1.1', 'p-1.2']);
    const alone = fixture.piece('alone')!;
    expect(alignPiece(alone).size).toBe(0);
    expect(bodyHtml(alone, alone.versions.fr!)).toBe(alone.versions.fr!.body().html);
  });
});
