import fs from 'node:fs';
import YAML from 'yaml';
import type { ContentLibrary } from './library';
import { passageFingerprints } from './provenance';
import type { Locale } from '../i18n/locales';

/**
 * A front-matter's text with `translation.signed` set to `fingerprints`,
 * everything else as the editor wrote it: YAML's document model keeps
 * comments, quoting and order, and lines are never folded.
 */
export function withSignature(source: string, fingerprints: Record<string, string>): string {
  const match = /^---\r?\n([\s\S]*?\r?\n)?---(\r?\n|$)/.exec(source);
  if (!match) throw new Error('no front-matter: the file must open with a line of "---"');
  const doc = YAML.parseDocument(match[1] ?? '');
  if (doc.errors.length > 0) throw new Error(`front-matter cannot be read: ${doc.errors[0]!.message.split('\n')[0]}`);
  if (!doc.hasIn(['translation'])) throw new Error('translation: missing: only a translation is signed');
  const signed = doc.createNode(fingerprints);
  signed.flow = false;
  doc.setIn(['translation', 'signed'], signed);
  const front = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `---\n${front}---${match[2]}${source.slice(match[0].length)}`;
}

/**
 * Signs the translation of `slug` in `locale` against its original as it is
 * now, in its file. Returns the file and the passages signed. Throws with a
 * message for the editor when there is nothing to sign.
 */
export function signTranslation(library: ContentLibrary, slug: string, locale: Locale): { file: string; passages: number } {
  const piece = library.piece(slug);
  if (!piece) throw new Error(`no piece "${slug}" under articles/`);
  const version = piece.versions[locale];
  if (!version) throw new Error(`${slug} has no ${locale}.md`);
  if (!version.translation) throw new Error(`${version.file} is no translation (it has no translation.from): only a translation is signed`);
  const original = piece.versions[version.translation.from]!;
  const fingerprints = passageFingerprints(original);
  // `version.file` is relative to where the library was loaded from, as messages name it.
  fs.writeFileSync(version.file, withSignature(fs.readFileSync(version.file, 'utf8'), fingerprints));
  return { file: version.file, passages: Object.keys(fingerprints).length };
}
