import type { ReactNode } from 'react';
import type { PieceListView } from '@/lib/views/listings';
import { PageShell } from './PageShell';
import { Pagination } from './Pagination';
import { PieceList } from './PieceList';

/** A page of a list of pieces (home, tag, archive month): its heading, the pieces, the way to the other pages. */
export function PieceListPage({ view, heading }: { view: PieceListView; heading: ReactNode }) {
  return (
    <PageShell page={view}>
      {heading}
      <PieceList pieces={view.pieces} tagsLabel={view.tagsLabel} />
      <Pagination view={view.pagination} />
    </PageShell>
  );
}
