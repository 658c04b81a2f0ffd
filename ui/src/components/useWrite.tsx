import { useState } from 'react';
import type { AdminProduct, ApiError } from '../api';
import { ErrorMessage } from './Status';

/** Runs one catalog write at a time; says what it did, or why it was refused. */
export function useWrite(onDone: () => void) {
  const [state, setState] = useState<{ busy?: boolean; error?: ApiError; said?: string }>({});
  const write = async (action: () => Promise<AdminProduct>, said: (p: AdminProduct) => string) => {
    setState({ busy: true });
    try {
      const product = await action();
      setState({ said: said(product) });
      onDone();
      return true;
    } catch (e) {
      setState({ error: e as ApiError });
      return false;
    }
  };
  const outcome = (
    <>
      {state.error && <ErrorMessage error={state.error} />}
      {state.said && <p className="note" role="status">{state.said}</p>}
    </>
  );
  return { busy: !!state.busy, write, outcome };
}

