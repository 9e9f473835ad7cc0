import { JSDOM } from 'jsdom';
import { textFingerprint } from '@/lib/content/fingerprint';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/content/markdown';

const payloads: Record<string, string> = {
  script: '<script>alert(1)</script>',
  inlineScript: 'Text <script>alert(1)</script> more.',
  imgOnerror: '<img src="x" onerror="alert(1)">',
  svgOnload: '<svg onload="alert(1)"><circle r="1"/></svg>',
  iframe: '<iframe src="https://evil.example"></iframe>',
  object: '<object data="evil.swf"></object>',
  embed: '<embed src="evil.swf">',
  javascriptLink: '[click](javascript:alert(1))',
  javascriptLinkCase: '[click](JaVaScRiPt:alert(1))',
  dataLink: '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  dataImage: '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  htmlLink: '<a href="javascript:alert(1)" onclick="alert(1)">x</a>',
  style: '<style>body{display:none}</style>',
  form: '<form action="https://evil.example"><input name="q"></form>',
  entityJs: '[x](&#106;avascript:alert(1))',
};

function dom(html: string): Document {
  return new JSDOM(`<body>${html}</body>`).window.document;
}

describe('renderMarkdown sanitises untrusted HTML', () => {
  for (const [name, payload] of Object.entries(payloads)) {
    it(`neutralises ${name}`, () => {
      const { html } = renderMarkdown(`Before.\n\n${payload}\n\nAfter.`);
      const doc = dom(html);
      expect(doc.querySelectorAll('script, iframe, object, embed, svg, style, form, input')).toHaveLength(0);
      for (const el of doc.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) expect(attr).not.toMatch(/^on/i);
      }
      for (const el of doc.querySelectorAll('[href], [src]')) {
        const url = (el.getAttribute('href') ?? el.getAttribute('src') ?? '').trim().toLowerCase();
        expect(url).not.toMatch(/^(javascript|data|vbscript):/);
      }
      expect(html).toContain('Before.');
      expect(html).toContain('After.');
    });
  }

  it('keeps ordinary links and emphasis', () => {
    const { html } = renderMarkdown('A [link](https://example.org/a?b=1) and *emphasis* and `code`.');
    expect(html).toContain('<a href="https://example.org/a?b=1">link</a>');
    expect(html).toContain('<em>emphasis</em>');
    expect(html).toContain('<code>code</code>');
  });
});

describe('block ids', () => {
  const source = '## Putsch and counter-putsch\n\nOne.\n\n> A quote.\n\n- a\n- b\n\n<div>raw</div>\n\n[ref]: https://example.org\n\nTwo.';
  const { html, blocks } = renderMarkdown(source);

  it('numbers every rendered top-level block in order', () => {
    expect(blocks.map((b) => [b.id, b.type, b.depth])).toEqual([
      ['p-1', 'heading', 2],
      ['p-2', 'paragraph', undefined],
      ['p-3', 'blockquote', undefined],
      ['p-4', 'list', undefined],
      ['p-5', 'paragraph', undefined],
    ]);
  });

  it('puts the ids in the HTML, usable as #anchors, without a prefix', () => {
    const doc = dom(html);
    expect([...doc.body.children].map((el) => `${el.tagName.toLowerCase()}#${el.id}`)).toEqual([
      'h2#p-1',
      'p#p-2',
      'blockquote#p-3',
      'ul#p-4',
      'p#p-5',
    ]);
    expect(doc.getElementById('p-1')?.textContent).toBe('Putsch and counter-putsch');
  });

  it('gives each block its own sanitised HTML without the id, resolving reference links', () => {
    const { blocks: refBlocks } = renderMarkdown('See [the source][src].\n\n<script>x</script>\n\n[src]: https://example.org/s');
    expect(refBlocks).toEqual([{ id: 'p-1', type: 'paragraph', html: '<p>See <a href="https://example.org/s">the source</a>.</p>' , fingerprint: textFingerprint('See the source.')}]);
    expect(blocks[2]?.html).toBe('<blockquote>\n<p>A quote.</p>\n</blockquote>');
  });

  it('counts words of the text, not of the markup', () => {
    expect(renderMarkdown('One *two* [three](https://x.org) — four.').wordCount).toBe(4);
  });
});
