import { useState } from 'react';

export interface PageHistory {
  /** Back to the page shown before the current one. */
  previous: () => void;
  /** 1 for the first page. */
  page: number;
}

/**
 * The cursor of the page of a list being shown, and its setter (which moves forward); back to the first page
 * whenever `filters` change. The pages seen are remembered, so `previous` goes back one. Adjusted while rendering
 * rather than in an effect, so no query ever pairs new filters with an old cursor.
 */
export function usePageCursor(filters: readonly unknown[]): [string | null, (after: string | null) => void, PageHistory] {
  const key = JSON.stringify(filters);
  const [pages, setPages] = useState<{ key: string; cursors: (string | null)[] }>({ key, cursors: [null] });
  if (pages.key !== key) setPages({ key, cursors: [null] });
  const cursors = pages.key === key ? pages.cursors : [null];
  return [
    cursors.at(-1) ?? null,
    (after) => setPages({ key, cursors: after === null ? [null] : [...cursors, after] }),
    { previous: () => setPages({ key, cursors: cursors.length > 1 ? cursors.slice(0, -1) : [null] }), page: cursors.length },
  ];
}
