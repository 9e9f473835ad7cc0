import type { TagLink } from '@/lib/views/cards';

export function TagLinks({ tags, label }: { tags: readonly TagLink[]; label: string }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2 font-sans text-xs">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <a
            href={tag.href}
            rel="tag"
            className="block rounded-full bg-stone-200 px-2.5 py-1 text-stone-800 hover:bg-accent hover:text-white dark:bg-stone-800 dark:text-stone-200 dark:hover:bg-accent-dark dark:hover:text-stone-950"
          >
            {tag.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
