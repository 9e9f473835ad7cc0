// Pages are written without Next's client runtime (scripts/write-site.ts). Every link of
// the site is a plain <a> and every page works without JavaScript, so the
// runtime only hydrated what the server had already rendered: 134 KB of
// scripts and an RSC payload as large as the page, parsed and run on every
// visit (about 100 ms of a phone's main thread before the reader can scroll
// smoothly) for no behaviour of ours. What the pages do with JavaScript is
// done by the small scripts of client/, which stay.
//
// The HTML is React's,
// where `<` is always escaped outside tags and scripts never contain
// `</script`, so tags can be found by their opening characters.

const scriptOpen = Buffer.from('<script');
const scriptClose = Buffer.from('</script>');
const linkOpen = Buffer.from('<link');
const tagEnd = 0x3e; // >

/**
 * The page without Next's scripts: its chunks, their preloads, and every inline
 * script (its bootstrap and the RSC payload) but ours, marked
 * `data-own-script` (lib/own-scripts.ts; the policy allows them by hash).
 * Scripts loaded from outside `/_next/` and data blocks (JSON-LD) stay.
 */
export function withoutNextRuntime(html: string): string {
  return withoutNextRuntimeBytes(Buffer.from(html, 'utf8')).toString('utf8');
}

/**
 * The same on the page's bytes, as the build reads them: scanned with
 * `indexOf`, with no string made of the page (26,000 pages at 5,000 pieces).
 */
export function withoutNextRuntimeBytes(html: Buffer): Buffer {
  const kept: Buffer[] = [];
  let from = 0;
  const drop = (start: number, end: number) => {
    kept.push(html.subarray(from, start));
    from = end;
  };
  let link = html.indexOf(linkOpen);
  let script = html.indexOf(scriptOpen);
  // One pass in the page's order: preloads and scripts are interleaved in the <head>.
  while (link >= 0 || script >= 0) {
    if (link >= 0 && (script < 0 || link < script)) {
      const end = html.indexOf(tagEnd, link) + 1;
      if (end === 0) break;
      const tag = html.toString('latin1', link, end);
      if (/\bas="script"/.test(tag) && fromNext(tag)) drop(link, end);
      link = html.indexOf(linkOpen, end);
    } else {
      const afterName = html[script + scriptOpen.length];
      const startEnd = html.indexOf(tagEnd, script);
      const close = startEnd < 0 ? -1 : html.indexOf(scriptClose, startEnd);
      if (close < 0) break;
      const end = close + scriptClose.length;
      // `<script` followed by a space or `>`: not some other element's name.
      if ((afterName === 0x20 || afterName === tagEnd) && !keptScript(html.toString('latin1', script + scriptOpen.length, startEnd))) drop(script, end);
      script = html.indexOf(scriptOpen, end);
      // A `<link` inside a script is not a tag (a payload's text).
      if (link >= 0 && link < end) link = html.indexOf(linkOpen, end);
    }
  }
  if (kept.length === 0) return html;
  kept.push(html.subarray(from));
  return Buffer.concat(kept);
}

function keptScript(attributes: string): boolean {
  if (/\sdata-own-script="/.test(attributes)) return true;
  const src = /\bsrc="([^"]*)"/.exec(attributes)?.[1];
  if (src !== undefined) return !src.startsWith('/_next/');
  const type = /\btype="([^"]*)"/.exec(attributes)?.[1]?.toLowerCase();
  // A script without a type, or of a JavaScript type, runs: only data blocks stay.
  return type !== undefined && type !== '' && type !== 'module' && !type.includes('javascript') && !type.includes('ecmascript');
}

function fromNext(tag: string): boolean {
  return /\bhref="\/_next\//.test(tag);
}

const stylesheetOpen = Buffer.from('<link rel="stylesheet"');

/**
 * The page with its stylesheets in `<style>` elements instead of links: the
 * first round trip brings the HTML and its CSS together, and the first screen
 * is painted without waiting for a second request. Done here rather than by
 * Next's `inlineCss`, which wrote the 33 KB stylesheet four times a page
 * (HTML, RSC payload, `.rsc`, segment): 3 GB of `.next` at 5,000 pieces.
 */
export function withStylesheetsInline(html: Buffer, stylesheet: (href: string, html: Buffer) => Buffer): Buffer {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = html.indexOf(stylesheetOpen); at >= 0; at = html.indexOf(stylesheetOpen, from)) {
    const end = html.indexOf(tagEnd, at) + 1;
    const tag = html.toString('latin1', at, end);
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (!href) break;
    const css = stylesheet(href, html);
    // Inline, `</style` would end the element early.
    if (css.includes('</style')) throw new Error(`${href} contains "</style", which cannot be inlined in a page`);
    parts.push(html.subarray(from, at), Buffer.from('<style>'), css, Buffer.from('</style>'));
    from = end;
  }
  if (parts.length === 0) return html;
  parts.push(html.subarray(from));
  return Buffer.concat(parts);
}
