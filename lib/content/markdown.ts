import { remark } from 'remark';
import remarkHtml from 'remark-html';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { textFingerprint } from './fingerprint';

export type BlockType = 'heading' | 'paragraph' | 'blockquote' | 'list' | 'code' | 'table' | 'thematicBreak';

export interface Block {
  /** `p-1`, `p-2`, … in document order; the same id names the same block in every language version. */
  readonly id: string;
  readonly type: BlockType;
  /** Heading depth; blocks of two versions align only when type and depth agree. */
  readonly depth?: number;
  /** The block alone, sanitised, without its id (the parallel view puts the id on the pair). */
  readonly html: string;
  /** What the block says, as a fingerprint: a translation records those of its original (see provenance.ts). */
  readonly fingerprint: string;
}

export interface RenderedMarkdown {
  readonly html: string;
  readonly blocks: readonly Block[];
  /** Plain text of the body, blocks separated by blank lines: for search and word counts. */
  readonly text: string;
  readonly wordCount: number;
}

/**
 * The ids we generate are the only ids in the output (raw HTML is dropped), so
 * they keep their plain form instead of the default `user-content-` prefix:
 * `#p-7` must point at the same place in both languages.
 */
const schema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
  // Only our mention links carry it (Markdown cannot write attributes), and only in the shape we give it.
  attributes: { ...defaultSchema.attributes, a: [...(defaultSchema.attributes?.a ?? []), ['dataMention', /^mention-[a-z]{2}-[a-z0-9-]+$/]] },
};

/** What links mentions of tags in a tree before it is stringified (see mentions.ts). */
export interface Mentions {
  link(tree: Root): void;
}

/** Node types that render nothing and therefore take no block id. */
const invisible = new Set(['html', 'definition', 'yaml', 'footnoteDefinition']);

const processor = remark().use(remarkHtml, { sanitize: schema });

/** The body as HTML, whole and block by block, both with the mentions `mentions` links. */
export function renderMarkdown(markdown: string, mentions?: Mentions): RenderedMarkdown {
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  // Before the blocks are cut, so that the side-by-side view's blocks carry the same links.
  mentions?.link(tree);
  // A block rendered alone still needs the document's link definitions.
  const definitions = tree.children.filter((node) => node.type === 'definition');
  const blocks: Block[] = [];
  const texts: string[] = [];
  for (const node of tree.children as RootContent[]) {
    if (invisible.has(node.type)) continue;
    const text = toString(node);
    texts.push(text);
    const id = `p-${blocks.length + 1}`;
    const html = processor.stringify({ type: 'root', children: [...definitions, node] }).trim();
    const fingerprint = textFingerprint(text);
    blocks.push(
      node.type === 'heading'
        ? { id, type: 'heading', depth: node.depth, html, fingerprint }
        : { id, type: node.type as BlockType, html, fingerprint },
    );
    node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
  }
  const html = processor.stringify(tree);
  const text = texts.join('\n\n');
  const wordCount = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return { html, blocks, text, wordCount };
}

export interface InlineText {
  readonly html: string;
  readonly text: string;
}

/**
 * One lead line of inline Markdown: its sanitised HTML without the wrapping
 * paragraph, and its plain text. Undefined when the line is not a single
 * paragraph ("2022. Une année" is a list, "# Titre" a heading).
 */
export function renderLead(markdown: string, mentions?: Mentions): InlineText | undefined {
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const [paragraph, ...rest] = tree.children;
  if (!paragraph || rest.length > 0 || paragraph.type !== 'paragraph') return undefined;
  mentions?.link(tree);
  const html = processor.stringify(tree).trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1');
  // Raw HTML is dropped from the HTML by the sanitiser, so from the text too.
  return { html, text: toString(paragraph, { includeHtml: false }) };
}
