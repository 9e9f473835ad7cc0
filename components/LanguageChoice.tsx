import type { LanguageChoiceView } from '@/lib/views/listings';
import { OwnScript } from './OwnScript';

export function LanguageChoice({ view }: { view: LanguageChoiceView }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-measure flex-col justify-center gap-10 px-6 py-12">
      {view.choices.map((choice) => (
        <section key={choice.lang} lang={choice.lang} className="space-y-2">
          <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">{choice.siteName}</h1>
          <p className="font-sans text-sm text-stone-600 dark:text-stone-400">{choice.tagline}</p>
          <p>
            <a href={choice.href} hrefLang={choice.lang} className="font-sans text-lg font-semibold text-accent underline underline-offset-2 dark:text-accent-dark">
              {choice.label}
            </a>
          </p>
        </section>
      ))}
      <OwnScript name="choose-language" />
    </main>
  );
}
