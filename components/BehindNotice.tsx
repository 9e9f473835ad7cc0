import type { BehindView } from '@/lib/views/provenance';

/** A translation's notice that its original changed after it, with the way to the original. */
export function BehindNotice({ text, link }: BehindView) {
  return (
    <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 font-sans text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      {text}{' '}
      <a href={link.href} hrefLang={link.hrefLang} className="font-semibold underline underline-offset-2">
        {link.label}
      </a>
    </p>
  );
}
