import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The pages' own scripts (client/, minified into public/ by the build), which
 * pages carry inline at the end of their body: no request to wait for, and
 * nothing for Lighthouse to count before the first paint. They are allowed by
 * their hashes in the Content-Security-Policy, and are the only inline scripts
 * a page may carry (lib/build/runtime-free.ts keeps them, by their attribute).
 */
export const ownScriptNames = ['site', 'reader', 'live-search', 'choose-language'] as const;
export type OwnScriptName = (typeof ownScriptNames)[number];

/** The attribute that marks a script as one of ours. */
export const ownScriptAttribute = 'data-own-script';

const sources = new Map<OwnScriptName, string>();

/** The minified source of one of the pages' scripts, as a page carries it. */
export function ownScript(name: OwnScriptName): string {
  let source = sources.get(name);
  if (source === undefined) {
    const file = path.join(process.cwd(), 'public', `${name}.js`);
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

/** `sha256-…` of each of the pages' scripts, for the Content-Security-Policy. */
export function ownScriptHashes(): string[] {
  return ownScriptNames.map((name) => `sha256-${createHash('sha256').update(ownScript(name), 'utf8').digest('base64')}`);
}
