'use client';

import { useState } from 'react';

interface CopyLinkProps {
  url: string;
  label: string;
  copiedLabel: string;
  className: string;
}

/** Copies the URL with JavaScript; without it, stays a link to the page that can be copied by hand. */
export function CopyLink({ url, label, copiedLabel, className }: CopyLinkProps) {
  const [copied, setCopied] = useState(false);
  return (
    <a
      href={url}
      className={className}
      onClick={(event) => {
        if (!navigator.clipboard) return;
        event.preventDefault();
        navigator.clipboard.writeText(url).then(
          () => setCopied(true),
          () => setCopied(false),
        );
      }}
    >
      <span aria-live="polite">{copied ? copiedLabel : label}</span>
    </a>
  );
}
