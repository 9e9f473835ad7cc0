import type { ReactNode } from 'react';

interface ListHeadingProps {
  title: string;
  /** What the list is and how many pieces it has. */
  line: string;
  /** The way back to the list of such lists (every tag, every month). */
  up: { href: string; label: string };
  /** More about the list's subject, under its name (a tag's dates and description). */
  children?: ReactNode;
}

/** The top of a tag's page or an archive month: a way back up, its name, how many pieces it has. */
export function ListHeading({ title, line, up, children }: ListHeadingProps) {
  return (
    <div className="mb-10 space-y-2">
      <p className="font-sans text-sm">
        <a href={up.href} className="text-stone-600 underline underline-offset-2 hover:text-accent dark:text-stone-400 dark:hover:text-accent-dark">
          {up.label}
        </a>
      </p>
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
      <p className="font-sans text-sm text-stone-600 dark:text-stone-400">{line}</p>
      {children}
    </div>
  );
}
