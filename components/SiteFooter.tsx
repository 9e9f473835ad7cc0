export function SiteFooter({ text }: { text: string }) {
  return (
    <footer className="no-print mt-16 border-t border-stone-300 dark:border-stone-700">
      <p className="mx-auto max-w-5xl px-4 py-6 font-sans text-xs leading-relaxed text-stone-600 sm:px-6 dark:text-stone-400">{text}</p>
    </footer>
  );
}
