import { transform } from 'lightningcss';

/**
 * The stylesheet a page carries, without the rules for classes it does not
 * use. Every page carries its stylesheet inline (the first round trip brings
 * the HTML and its CSS together), so each rule no element of the page can
 * match is bytes on every first visit and on disk, three times (the page and
 * its two compressed copies). No script of ours adds a class: the classes in
 * the page's HTML are all it will ever have.
 *
 * Pages of one kind use the same classes: the stylesheet is cut once per set
 * of classes, not once per page.
 */
export function pageStylesheets(): (css: Buffer, html: Buffer) => Buffer {
  const classesOf = new Map<Buffer, Set<string>>();
  const cut = new Map<string, Buffer>();
  return (css, html) => {
    let all = classesOf.get(css);
    if (!all) {
      const found = new Set<string>();
      transform({
        filename: 'page.css',
        code: css,
        visitor: {
          Selector(selector) {
            for (const component of selector) if (component.type === 'class') found.add(component.name);
          },
        },
      });
      classesOf.set(css, (all = found));
    }
    const used = new Set<string>();
    for (const [, names] of html.toString('utf8').matchAll(/\sclass="([^"]*)"/g)) for (const name of decodeAttribute(names!).split(/\s+/)) if (name) used.add(name);
    const unused = [...all].filter((name) => !used.has(name)).sort();
    const key = unused.join(' ');
    let kept = cut.get(key);
    if (!kept) {
      kept = Buffer.from(transform({ filename: 'page.css', code: css, minify: true, unusedSymbols: unused }).code);
      cut.set(key, kept);
    }
    return kept;
  };
}

/**
 * An attribute's value as the browser reads it: React escapes `&` (and quotes)
 * in attributes, so a variant such as `[&::-webkit-details-marker]:hidden`
 * is `[&amp;::-webkit-details-marker]:hidden` in the HTML.
 */
function decodeAttribute(value: string): string {
  const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (entity, dec?: string, hex?: string, name?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (named[name!.toLowerCase()] ?? entity),
  );
}
