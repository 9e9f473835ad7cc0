import type { Block } from './markdown';
import type { Problems } from './problems';
import type { Tag, Version } from './types';

function sameTags(a: readonly Tag[], b: readonly Tag[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

const slugs = (tags: readonly Tag[]) => tags.map((t) => t.slug).join(', ');

function describe(block: Block | undefined): string {
  if (!block) return 'nothing';
  return block.type === 'heading' ? `a level-${block.depth} heading` : `a ${block.type}`;
}

/**
 * Versions of a piece are one piece: they share date, kind and tags, and their
 * blocks line up one to one so that the parallel view and the language switch
 * can pair them.
 */
export function checkVersionsAgree(pieceDir: string, versions: readonly Version[], problems: Problems): boolean {
  const [first, ...others] = versions;
  if (!first) return true;
  let ok = true;
  // A translation names a version of the piece that is itself no translation.
  for (const version of versions) {
    if (!version.translation) continue;
    const source = versions.find((v) => v.locale === version.translation!.from);
    if (!source) {
      problems.add(version.file, 'translation.from', `"${version.translation.from}" but the piece has no ${version.translation.from}.md`);
      ok = false;
    } else if (source.translation) {
      problems.add(version.file, 'translation.from', `${source.locale}.md is itself marked as a translation: one version must be the original`);
      ok = false;
    }
  }
  for (const other of others) {
    const where = `${other.file} (vs ${first.locale}.md)`;
    if (other.date !== first.date) {
      problems.add(where, 'date', `"${other.date}" differs from "${first.date}"`);
      ok = false;
    }
    if (other.kind !== first.kind) {
      problems.add(where, 'kind', `"${other.kind}" differs from "${first.kind}"`);
      ok = false;
    }
    if (!sameTags(other.tags, first.tags)) {
      problems.add(where, 'tags', `[${slugs(other.tags)}] differs from [${slugs(first.tags)}]`);
      ok = false;
    }
    if (other.summary.length !== first.summary.length) {
      problems.add(where, 'summary', `has ${other.summary.length} lines, ${first.locale}.md has ${first.summary.length}: the leads must align line by line`);
      ok = false;
    }
    ok = correctionsAgree(first, other, problems) && ok;
    const [firstBlocks, otherBlocks] = [first.body().blocks, other.body().blocks];
    const divergence = firstDivergence(firstBlocks, otherBlocks);
    if (divergence !== undefined) {
      const a = firstBlocks[divergence];
      const b = otherBlocks[divergence];
      problems.add(
        pieceDir,
        'body',
        `block structure differs at block p-${divergence + 1}: ${first.locale}.md has ${describe(a)}, ${other.locale}.md has ${describe(b)}`,
      );
      ok = false;
    }
  }
  return ok;
}

export function firstDivergence(a: readonly Block[], b: readonly Block[]): number | undefined {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y || x.type !== y.type || x.depth !== y.depth) return i;
  }
  return undefined;
}

/**
 * A correction is made to the piece, so every version says it: each one of a
 * version has one of the same date and kind in the other.
 */
function correctionsAgree(a: Version, b: Version, problems: Problems): boolean {
  let ok = true;
  for (const [version, other] of [[a, b], [b, a]] as const) {
    const unmatched = [...other.corrections];
    version.corrections.forEach((correction) => {
      const match = unmatched.findIndex((c) => c.date === correction.date && c.kind === correction.kind);
      if (match !== -1) {
        unmatched.splice(match, 1);
        return;
      }
      problems.add(
        version.file,
        'corrections',
        `the ${correction.kind} of ${correction.date} has no counterpart in ${other.locale}.md: add one of the same date and kind there, in its language`,
      );
      ok = false;
    });
  }
  return ok;
}
