import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CursorPage } from '../api/client';

export const PAGE_SIZES = [10, 20, 50] as const;

/**
 * Page-by-page navigation over a cursor-paginated API list. The cursors of the pages already seen are
 * kept so "previous" works; changing the page size or the filter key starts again at page 1.
 */
export function useCursorPagination<T>(
  key: readonly unknown[],
  fetchPage: (cursor: string | null, limit: number) => Promise<CursorPage<T>>,
  initialPageSize = 20,
) {
  const keyString = JSON.stringify(key);
  const [state, setState] = useState({
    key: keyString,
    pageSize: initialPageSize,
    cursors: [null] as (string | null)[],
    index: 0,
  });
  // A new filter means new cursors: start again (state derived during render, as React recommends).
  if (state.key !== keyString)
    setState({ key: keyString, pageSize: state.pageSize, cursors: [null], index: 0 });

  const cursor = state.cursors[state.index] ?? null;
  const query = useQuery({
    queryKey: [...key, { limit: state.pageSize, cursor }],
    queryFn: () => fetchPage(cursor, state.pageSize),
    placeholderData: keepPreviousData,
  });
  const nextCursor = query.isPlaceholderData ? null : (query.data?.nextCursor ?? null);

  return {
    query,
    items: query.data?.items ?? [],
    page: state.index + 1,
    pageSize: state.pageSize,
    hasPrevious: state.index > 0,
    hasNext: nextCursor !== null,
    next: () => {
      if (nextCursor === null) return;
      setState((s) => ({
        ...s,
        cursors: [...s.cursors.slice(0, s.index + 1), nextCursor],
        index: s.index + 1,
      }));
    },
    previous: () => setState((s) => ({ ...s, index: Math.max(0, s.index - 1) })),
    setPageSize: (pageSize: number) => setState((s) => ({ ...s, pageSize, cursors: [null], index: 0 })),
  };
}

export type CursorPagination = ReturnType<typeof useCursorPagination>;
