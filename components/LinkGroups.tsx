import type { LinkGroup } from '@/lib/views/listings';

/** Headed groups of links, each with its count: the tags by kind, the archive by year. */
export function LinkGroups({ groups }: { groups: readonly LinkGroup[] }) {
  return (
    <div className="space-y-10">
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={group.id} className="space-y-3">
          <h2 id={group.id} className="font-serif text-2xl font-bold">
            {group.heading}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {group.links.map((link) => (
              <li key={link.href}>
                <a
                  href={link.href}
                  className="flex h-full items-baseline justify-between gap-3 rounded-lg border border-stone-300 p-4 hover:border-accent dark:border-stone-700 dark:hover:border-accent-dark"
                >
                  <span className="font-serif text-lg font-semibold">{link.label}</span>
                  <span className="shrink-0 font-sans text-sm text-stone-700 dark:text-stone-300">{link.countLabel}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
