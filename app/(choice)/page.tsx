import type { Metadata } from 'next';
import { LanguageChoice } from '@/components/LanguageChoice';
import { languageChoiceView } from '@/lib/views/listings';

/** `/` as a file, for static hosts: both languages, and a script that goes to the reader's. */
export function generateMetadata(): Metadata {
  return languageChoiceView().metadata;
}

export default function LanguageChoicePage() {
  return <LanguageChoice view={languageChoiceView()} />;
}
