import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fill, patterns } from './paths';

/**
 * The pages' own scripts (client/, minified by the build into .next/cache/own-scripts/), which
 * pages carry inline at the end of their body: no request to wait for, and
 * nothing for Lighthouse to count before the first paint. They are allowed by
 * their hashes in the Content-Security-Policy, and are the only inline scripts
 * a page may carry (lib/build/runtime-free.ts keeps them, by their attribute).
 */
export const ownScriptNames = ['site', 'reader', 'live-search', 'choose-language'] as const;
/**
 * Scripts a page links to instead (a file of the site, from the same origin):
 * sentences.js is 2 KB gzip, needed only by the reader who points at or opens
 * a sentence, and would be 13 % of a short article's bytes on every page
 * read; as a file it is fetched once and kept (docs/sentence-alignment.md).
 * saved.js (1.7 KB gzip) likewise, for the reader who saves a piece: its
 * toggle holds its place invisible until the file has run (docs/offline.md);
 * listen.js too (3.4 KB gzip with the segmenter it bundles, docs/listen.md).
 */
export const linkedScriptNames = ['sentences', 'saved', 'listen'] as const;
export type OwnScriptName = (typeof ownScriptNames)[number] | (typeof linkedScriptNames)[number];

/** The attribute that marks a script as one of ours. */
export const ownScriptAttribute = 'data-own-script';

const sources = new Map<OwnScriptName, string>();

/** The minified source of one of the pages' scripts, as a page carries it. */
export function ownScript(name: OwnScriptName): string {
  let source = sources.get(name);
  if (source === undefined) {
    const file = path.join(process.cwd(), '.next', 'cache', 'own-scripts', `${name}.js`);
    try {
      source = fs.readFileSync(file, 'utf8');
    } catch {
      throw new Error(`${file} is missing: run \`npm run build\` (or \`npm run dev\`), which writes it from client/${name}.js`);
    }
    // Inline, `</script` would end the element early.
    if (/<\/script/i.test(source)) throw new Error(`${file} contains "</script", which cannot be inlined in a page`);
    sources.set(name, source);
  }
  return source;
}

export type LinkedScriptName = (typeof linkedScriptNames)[number];

/**
 * A linked script's file name, which carries a hash of its bytes: kept a year
 * (lib/cache-policy.ts), it is a new file, and a new URL, whenever it changes.
 * In the name rather than a query, which some CDNs leave out of their cache key.
 */
export function linkedScriptFile(name: LinkedScriptName): string {
  return `${name}.${createHash('sha256').update(ownScript(name), 'utf8').digest('hex').slice(0, 12)}.js`;
}

/** The URL a page links a script by. */
export function linkedScriptUrl(name: LinkedScriptName): string {
  return fill(patterns.script, { file: linkedScriptFile(name) });
}

/** `sha256-…` of each of the pages' inline scripts, for the Content-Security-Policy. */
export function ownScriptHashes(): string[] {
  return ownScriptNames.map((name) => `sha256-${createHash('sha256').update(ownScript(name), 'utf8').digest('base64')}`);
}
