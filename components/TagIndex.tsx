import type { TagIndexView } from '@/lib/views/listings';

/** Tags grouped by kind, each group a headed list of cards with the tag's count. */
export function TagIndex({ groups }: { groups: TagIndexView['groups'] }) {
  return (
    <div className="space-y-10">
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`tags-${group.kind}`} className="space-y-3">
          <h2 id={`tags-${group.kind}`} className="font-serif text-2xl font-bold">
            {group.heading}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {group.tags.map((tag) => (
              <li key={tag.slug}>
                <a
                  href={tag.href}
                  className="flex h-full items-baseline justify-between gap-3 rounded-lg border border-stone-300 p-4 hover:border-accent dark:border-stone-700 dark:hover:border-accent-dark"
                >
                  <span className="font-serif text-lg font-semibold">{tag.label}</span>
                  <span className="shrink-0 font-sans text-sm text-stone-700 dark:text-stone-300">{tag.countLabel}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
