import { mainId } from './PageShell';

export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href={`#${mainId}`}
      className="no-print sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:font-sans focus:text-stone-900 focus:shadow"
    >
      {label}
    </a>
  );
}
