import type { TagIndexEntry } from '@/lib/views/listings';

export function TagIndex({ tags }: { tags: readonly TagIndexEntry[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <a
            href={tag.href}
            className="flex h-full items-baseline justify-between gap-3 rounded-lg border border-stone-300 p-4 hover:border-accent dark:border-stone-700 dark:hover:border-accent-dark"
          >
            <span>
              <span className="block font-serif text-lg font-semibold">{tag.label}</span>
              <span className="block font-sans text-xs text-stone-600 dark:text-stone-400">{tag.kindLabel}</span>
            </span>
            <span className="shrink-0 font-sans text-sm text-stone-700 dark:text-stone-300">{tag.countLabel}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
