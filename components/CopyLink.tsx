interface CopyLinkProps {
  url: string;
  label: string;
  copiedLabel: string;
  className: string;
}

/**
 * A link to the page, which reader.js turns into a copy of its URL (saying so
 * in the live region); without JavaScript, the link can be copied by hand.
 */
export function CopyLink({ url, label, copiedLabel, className }: CopyLinkProps) {
  return (
    <a href={url} className={className} data-copy-link={copiedLabel}>
      <span aria-live="polite">{label}</span>
    </a>
  );
}
