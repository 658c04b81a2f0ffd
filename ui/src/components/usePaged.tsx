import { useState } from 'react';
import type { Page } from '../api';
import { api } from '../api';
import { ErrorMessage } from './Status';
import { useAsync, type Async } from './useAsync';

export interface Paged<T> {
  items?: T[];
  error?: Error;
  loading: boolean;
  /** Why the last "More" failed. */
  moreError?: Error;
  /** The next page's path while there is more. */
  next?: string;
  more: () => void;
  loadingMore: boolean;
  reload: () => void;
}

/** A list read a page at a time (docs/ARCHITECTURE.md, "Paging"): the first page now, the next ones on "More". */
export function usePaged<T>(first: () => Promise<Page<T>>, deps: unknown[]): Paged<T> {
  const firstPage = useAsync(first, deps);
  const [later, setLater] = useState<{ of?: Page<T>; items: T[]; next?: string; error?: Error; busy?: boolean }>({ items: [] });
  const current = later.of === firstPage.data ? later : { of: firstPage.data, items: [], next: firstPage.data?.next };
  const more = async () => {
    if (!current.next) return;
    setLater({ ...current, busy: true });
    try {
      const page = await api.more<T>(current.next);
      setLater({ of: current.of, items: [...current.items, ...page.items], next: page.next });
    } catch (error) {
      setLater({ ...current, busy: false, error: error as Error });
    }
  };
  return {
    items: firstPage.data && [...firstPage.data.items, ...current.items],
    error: firstPage.error,
    moreError: current.error,
    loading: firstPage.loading,
    next: current.next,
    more,
    loadingMore: !!current.busy,
    reload: firstPage.reload,
  };
}

/** The pages loaded so far, for `Loaded`. */
export function loaded<T>(paged: Paged<T>): Async<T[]> {
  return { data: paged.items, error: paged.error, loading: paged.loading, reload: paged.reload };
}

/** Says how many are shown and that there are more, with the button that loads them; nothing on the last page. */
export function More<T>({ paged, what }: { paged: Paged<T>; what: string }) {
  if (!paged.next) return null;
  const busy = paged.loadingMore;
  return (
    <>
    {paged.moreError && <ErrorMessage error={paged.moreError} retry={paged.more} />}
    <p className="actions" data-testid="more">
      <span className="muted">Showing {paged.items?.length ?? 0} {what}; there are more.</span>{' '}
      <button type="button" className="secondary" disabled={busy} onClick={paged.more} aria-label={`More ${what}`}>
        {busy ? 'Loading…' : 'More'}
      </button>
    </p>
    </>
  );
}
