import { decodeNamedCharacterReference } from 'decode-named-character-reference';

// Sentences are found in a block's text, and shown by wrapping them in the
// block's HTML. These two functions go between the two: the text a browser
// gives for the HTML (its textContent), and spans put around stretches of
// that text. The HTML is the sanitiser's output (lib/content/markdown.ts):
// well formed, quoted attributes, character references for `<` and `&`.

interface Token {
  html: string;
  /** The text it stands for: empty for a tag or a comment. */
  text: string;
  /** Whether it is a character reference, which cannot be cut. */
  reference?: boolean;
  /** +1 opens an element, -1 closes one, 0 for text and void elements. */
  step: -1 | 0 | 1;
}

const voidElements = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const tokenPattern = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);|[^<&]+|[<&]/g;

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  for (const match of html.matchAll(tokenPattern)) {
    const [whole, closing, name, reference] = match;
    if (whole.startsWith('<!--')) tokens.push({ html: whole, text: '', step: 0 });
    else if (name) tokens.push({ html: whole, text: '', step: voidElements.has(name.toLowerCase()) || whole.endsWith('/>') ? 0 : closing ? -1 : 1 });
    else if (reference) tokens.push({ html: whole, text: decode(reference, whole), reference: true, step: 0 });
    else tokens.push({ html: whole, text: whole, step: 0 });
  }
  return tokens;
}

function decode(reference: string, whole: string): string {
  if (reference[0] !== '#') {
    const named = decodeNamedCharacterReference(reference);
    return named === false ? whole : named;
  }
  const code = reference[1] === 'x' || reference[1] === 'X' ? parseInt(reference.slice(2), 16) : parseInt(reference.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
}

/** The text of some HTML, references decoded, tags and comments left out: what `textContent` gives in a browser. */
export function textOfHtml(html: string): string {
  return tokenize(html)
    .map((token) => token.text)
    .join('');
}

/** A stretch of a block's text, `[start, end)` in `textOfHtml(html)`, to wrap in `<span attribute>`. */
export interface MarkedRange {
  readonly start: number;
  readonly end: number;
  /** The span's attribute, written as is: `id="p-3.2"`. */
  readonly attribute: string;
}

/**
 * The block's HTML (one element, a paragraph) with each range wrapped in a
 * span, a child of the block's element. A range starting just before a link
 * or an emphasis takes it in whole; undefined when a range starts or ends
 * inside one (an emphasis over two sentences), which the block's HTML cannot
 * show without cutting that element in two.
 */
export function markRanges(html: string, ranges: readonly MarkedRange[]): string | undefined {
  if (ranges.some((range, i) => range.end <= range.start || (i > 0 && range.start < ranges[i - 1]!.end))) return undefined;
  const cuts = new Set(ranges.flatMap((range) => [range.start, range.end]));
  // Text tokens cut at every range's ends, so that each end falls between tokens.
  const tokens: Token[] = [];
  let offset = 0;
  for (const token of tokenize(html)) {
    if (token.text && !token.reference) {
      let from = 0;
      for (let i = 1; i < token.text.length; i++) {
        if (cuts.has(offset + i)) {
          tokens.push({ html: token.html.slice(from, i), text: token.text.slice(from, i), step: 0 });
          from = i;
        }
      }
      tokens.push({ html: token.html.slice(from), text: token.text.slice(from), step: 0 });
    } else tokens.push(token);
    offset += token.text.length;
  }
  // Before token i: how much text came before, and how deep in elements.
  const offsets = [0];
  const depths = [0];
  for (const token of tokens) {
    offsets.push(offsets.at(-1)! + token.text.length);
    depths.push(depths.at(-1)! + token.step);
  }
  // Where a range can start or end: of the places at that offset inside the
  // block's element, the least deep, the first for a start and the last for an end.
  const place = (at: number, last: boolean): number | undefined => {
    let best: number | undefined;
    for (let i = 0; i < offsets.length; i++) {
      // Depth 0 is outside the block's element.
      if (offsets[i] !== at || depths[i] === 0) continue;
      if (best === undefined || depths[i]! < depths[best]! || (last && depths[i] === depths[best])) best = i;
    }
    return best !== undefined && depths[best] === 1 ? best : undefined;
  };
  const opening = new Map<number, string>();
  const closing = new Set<number>();
  let previousEnd = 0;
  for (const range of ranges) {
    let start = place(range.start, false);
    const end = place(range.end, true);
    if (start === undefined || end === undefined) return undefined;
    // Sentences with no text between them ("One.<br>Two."): what lies
    // between (a line break, an image) goes with the first, not in both.
    start = Math.max(start, previousEnd);
    if (end <= start) return undefined;
    opening.set(start, `<span ${range.attribute}>`);
    closing.add(end);
    previousEnd = end;
  }
  let out = '';
  for (let i = 0; i <= tokens.length; i++) {
    if (closing.has(i)) out += '</span>';
    if (opening.has(i)) out += opening.get(i);
    if (i < tokens.length) out += tokens[i]!.html;
  }
  return out;
}
