interface SiteFooterProps {
  text: string;
  links: readonly { href: string; label: string }[];
}

export function SiteFooter({ text, links }: SiteFooterProps) {
  return (
    <footer className="no-print mt-16 border-t border-stone-300 dark:border-stone-700">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 font-sans text-xs leading-relaxed text-stone-600 sm:px-6 dark:text-stone-400">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} className="font-semibold text-stone-800 underline underline-offset-2 hover:text-accent dark:text-stone-200 dark:hover:text-accent-dark">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
        <p>{text}</p>
      </div>
    </footer>
  );
}
