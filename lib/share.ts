export interface ShareTarget {
  key: 'email' | 'x' | 'facebook' | 'linkedin';
  href: string;
}

/** Plain share links: no third-party script, nothing loads until the reader clicks. */
export function shareTargets(url: string, title: string): ShareTarget[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { key: 'email', href: `mailto:?subject=${t}&body=${u}` },
    { key: 'x', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { key: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { key: 'linkedin', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
  ];
}
