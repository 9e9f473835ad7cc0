import { textFingerprint } from './fingerprint';
import type { Problems } from './problems';
import type { ReadVersion } from './read';
import type { Piece, Version } from './types';

// Where each passage of a translation comes from, and whether its original
// has moved on since. A passage is named by the key every view shares: the
// title, each lead line (`lead-1`), each block of the text (`p-3`). Signing a
// translation (`npm run translation:sign`) records the fingerprint of each
// passage of its original; the loader compares them with the original as it is.

/** Every passage of a version, in reading order. */
export function passageKeys(version: Version): string[] {
  return ['title', ...version.summary.map((_, i) => `lead-${i + 1}`), ...version.body().blocks.map((b) => b.id)];
}

/** The fingerprint of each passage of a version, by key, in reading order: what signing records. */
export function passageFingerprints(version: Version): Record<string, string> {
  return {
    title: textFingerprint(version.title),
    ...Object.fromEntries(version.summary.map((line, i) => [`lead-${i + 1}`, textFingerprint(line.text)])),
    ...Object.fromEntries(version.body().blocks.map((block) => [block.id, block.fingerprint])),
  };
}

/** The command that signs a translation, as a message names it. */
export const signCommand = (version: Pick<Version, 'slug' | 'locale'>) => `npm run translation:sign -- ${version.slug} ${version.locale}`;

/**
 * The versions of one piece with what the library keeps of their provenance:
 * passages that name a passage the version has, and for each signed
 * translation the passages of its original changed since (`behind`). A
 * translation behind its original, or never signed, is a warning: the site
 * still builds, and the page tells the reader.
 */
export function settleProvenance(read: readonly ReadVersion[], problems: Problems): Version[] | undefined {
  let ok = true;
  const settled = read.map(({ version, signed }) => {
    const translation = version.translation;
    if (!translation) return version;
    const keys = new Set(passageKeys(version));
    for (const key of Object.keys(translation.passages ?? {})) {
      if (keys.has(key)) continue;
      problems.add(version.file, `translation.passages.${key}`, `no such passage: the version has ${describeKeys([...keys])}`);
      ok = false;
    }
    const original = read.find((r) => r.version.locale === translation.from)?.version;
    // A missing original is the consistency check's to report.
    if (!original) return version;
    if (!signed) {
      problems.warn(version.file, 'translation.signed', `never signed: once it says what ${original.locale}.md says, run ${signCommand(version)}`);
      return version;
    }
    const now = passageFingerprints(original);
    const behind = Object.keys(now).filter((key) => signed[key] !== now[key]);
    if (behind.length > 0) {
      problems.warn(
        version.file,
        'translation.signed',
        `${original.locale}.md changed since this translation was signed, in ${behind.join(', ')}: update the translation, then run ${signCommand(version)}`,
      );
    }
    return { ...version, translation: { ...translation, behind } };
  });
  return ok ? settled : undefined;
}

function describeKeys(keys: string[]): string {
  const range = (prefix: string) => {
    const n = keys.filter((k) => k.startsWith(prefix)).length;
    return n === 0 ? undefined : n === 1 ? `${prefix}1` : `${prefix}1 to ${prefix}${n}`;
  };
  return ['title', range('lead-'), range('p-')].filter(Boolean).join(', ');
}

/** The day a piece last changed for its readers: its latest correction or update, else its publication. */
export function lastModified(piece: Piece): string {
  return piece.locales.reduce((latest, l) => {
    const date = piece.versions[l]!.corrections.at(-1)?.date;
    return date && date > latest ? date : latest;
  }, piece.date);
}
