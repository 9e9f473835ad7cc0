import { createHash } from 'node:crypto';

/**
 * What a passage says, in 12 hex digits: the same for the same words however
 * the Markdown is wrapped or spaced, different as soon as a word, a figure or a
 * punctuation mark changes. Formatting alone (emphasis, a link's target) is not
 * what a translation follows, so it is left out.
 */
export function textFingerprint(text: string): string {
  const words = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(words).digest('hex').slice(0, 12);
}
