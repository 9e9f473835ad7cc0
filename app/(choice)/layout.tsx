import type { ReactNode } from 'react';
import '../globals.css';

/** The root layout of `/`, which is in no language of its own: each of its links says its own. */
export default function ChoiceLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
