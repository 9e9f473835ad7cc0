interface NotFoundMessageProps {
  title: string;
  text: string;
  links: readonly { href: string; label: string }[];
}

export function NotFoundMessage({ title, text, links }: NotFoundMessageProps) {
  return (
    <div className="max-w-measure space-y-4 py-8">
      <p className="font-sans text-sm font-bold text-accent dark:text-accent-dark">404</p>
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
      <p className="font-serif text-lg text-stone-700 dark:text-stone-300">{text}</p>
      <ul className="flex flex-wrap gap-4 font-sans text-sm">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} className="font-semibold text-accent underline underline-offset-2 dark:text-accent-dark">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
