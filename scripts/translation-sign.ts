// npm run translation:sign -- <slug> <locale>
// Records, in the translation's front-matter, the fingerprint of each passage
// of its original as it is now: once the translation says what the original
// says. check:content then reports the passages of the original changed since.
import { ContentLibrary } from '../lib/content/library';
import { ContentError } from '../lib/content/problems';
import { contentDir } from '../lib/content/current';
import { signTranslation } from '../lib/content/sign';
import { isLocale, locales } from '../lib/i18n/locales';

const [slug, locale] = process.argv.slice(2);
if (!slug || !locale || !isLocale(locale)) {
  console.error(`usage: npm run translation:sign -- <slug> <${locales.join('|')}>  (the translation's language)`);
  process.exit(2);
}
try {
  const { file, passages } = signTranslation(ContentLibrary.load(contentDir), slug, locale);
  console.log(`${file}: signed against ${passages} passages of the original`);
} catch (error) {
  if (error instanceof ContentError) {
    for (const line of error.problems) console.error(line);
    console.error('\nThe content must load before a translation is signed.');
  } else console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
