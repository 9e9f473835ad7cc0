import type { ShareTarget } from '@/lib/share';
import { CopyLink } from './CopyLink';

interface ShareLinksProps {
  heading: string;
  url: string;
  targets: readonly ShareTarget[];
  labels: Record<ShareTarget['key'] | 'copy' | 'copied', string>;
}

const linkClass =
  'block rounded border border-stone-300 px-3 py-1.5 hover:border-accent hover:text-accent dark:border-stone-600 dark:hover:border-accent-dark dark:hover:text-accent-dark';

export function ShareLinks({ heading, url, targets, labels }: ShareLinksProps) {
  return (
    <section aria-labelledby="share-heading" className="no-print space-y-2 font-sans text-sm">
      <h2 id="share-heading" className="text-xs font-bold uppercase tracking-wider text-stone-600 dark:text-stone-400">
        {heading}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {targets.map((target) => (
          <li key={target.key}>
            <a href={target.href} className={linkClass} rel="noopener noreferrer" target={target.key === 'email' ? undefined : '_blank'}>
              {labels[target.key]}
            </a>
          </li>
        ))}
        <li>
          <CopyLink url={url} label={labels.copy} copiedLabel={labels.copied} className={linkClass} />
        </li>
      </ul>
    </section>
  );
}
