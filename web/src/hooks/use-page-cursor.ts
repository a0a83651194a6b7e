import { useState } from 'react';

/**
 * The cursor of the page of a list being shown, and its setter: back to the first page (null) whenever `filters`
 * change. Adjusted while rendering rather than in an effect, so no query ever pairs new filters with an old cursor.
 */
export function usePageCursor(filters: readonly unknown[]): [string | null, (after: string | null) => void] {
  const key = JSON.stringify(filters);
  const [page, setPage] = useState<{ key: string; after: string | null }>({ key, after: null });
  if (page.key !== key) setPage({ key, after: null });
  return [page.key === key ? page.after : null, (after) => setPage({ key, after })];
}
