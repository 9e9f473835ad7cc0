interface TagHeadingProps {
  label: string;
  /** Its kind and number of pieces. */
  line: string;
  allTags: { href: string; label: string };
}

/** The top of a tag's page: a way back to every tag, its name, what it is and how many pieces carry it. */
export function TagHeading({ label, line, allTags }: TagHeadingProps) {
  return (
    <div className="mb-10 space-y-2">
      <p className="font-sans text-sm">
        <a href={allTags.href} className="text-stone-600 underline underline-offset-2 hover:text-accent dark:text-stone-400 dark:hover:text-accent-dark">
          {allTags.label}
        </a>
      </p>
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">{label}</h1>
      <p className="font-sans text-sm text-stone-600 dark:text-stone-400">{line}</p>
    </div>
  );
}
