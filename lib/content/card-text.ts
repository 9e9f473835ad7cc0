import { remark } from 'remark';
import type { Nodes } from 'mdast';

// Text shown on a small card (a tag's description): a sentence or two that a
// popover or a list can show as it is, so plain text with at most emphasis.
// Anything else would either not fit the card (a heading, a list), lead the
// reader away from it (a link) or be dropped by the sanitiser (HTML).

const parser = remark();

const allowed = new Set<Nodes['type']>(['root', 'paragraph', 'text', 'emphasis']);

const names: Partial<Record<Nodes['type'], string>> = {
  strong: 'bold',
  link: 'links',
  linkReference: 'links',
  definition: 'links',
  image: 'images',
  imageReference: 'images',
  html: 'HTML tags',
  inlineCode: 'code',
  code: 'code',
  heading: 'headings',
  list: 'lists',
  listItem: 'lists',
  blockquote: 'quotation blocks',
  thematicBreak: 'horizontal rules',
  break: 'line breaks',
};

function refusedIn(node: Nodes, found: Set<string>): void {
  if (!allowed.has(node.type)) found.add(names[node.type] ?? node.type);
  // A bare URL is no link in CommonMark, but it is no text for a card either.
  if (node.type === 'text' && /\bhttps?:\/\/|\bwww\./i.test(node.value)) found.add('links');
  if ('children' in node) for (const child of node.children) refusedIn(child, found);
}

/** Why `markdown` cannot be a card's text, or undefined when it can. */
export function cardTextProblem(markdown: string): string | undefined {
  const tree = parser.parse(markdown);
  const found = new Set<string>();
  refusedIn(tree, found);
  if (found.size > 0) return `${[...found].join(', ')} not allowed: plain text, with at most *emphasis* or _emphasis_`;
  if (tree.children.length !== 1) return 'must be one paragraph: plain text, with at most *emphasis* or _emphasis_';
  return undefined;
}
