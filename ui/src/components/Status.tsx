import type { ReactNode } from 'react';
import type { Async } from './useAsync';

export function Loading({ what }: { what: string }) {
  return (
    <p className="status" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </p>
  );
}

export function ErrorMessage({ error, retry }: { error: Error; retry?: () => void }) {
  return (
    <div className="error" role="alert">
      <p>{error.message}</p>
      {retry && (
        <button type="button" className="secondary" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** The loading, error and empty states of a list, in one place; `children` draws the data. */
export function Loaded<T>({ state, what, empty, children }: {
  state: Async<T>;
  what: string;
  empty?: (data: T) => ReactNode | false;
  children: (data: T) => ReactNode;
}) {
  if (state.error) return <ErrorMessage error={state.error} retry={state.reload} />;
  if (state.data === undefined) return <Loading what={what} />;
  const nothing = empty?.(state.data);
  return <>{nothing ? <Empty>{nothing}</Empty> : children(state.data)}</>;
}
