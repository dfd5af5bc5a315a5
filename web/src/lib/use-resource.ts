/** Loads one thing for a page, cancelling the request when the page or its key changes. */
import { useCallback, useEffect, useState } from 'react';
import { isAbort } from './errors.js';

export type Resource<T> =
  | { state: 'loading' }
  | { state: 'error'; error: unknown; retry: () => void }
  | { state: 'ready'; data: T };

export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Resource<T> {
  const [result, setResult] = useState<{ key: string; value: Resource<T> } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    const ctrl = new AbortController();
    load(ctrl.signal).then(
      (data) => setResult({ key, value: { state: 'ready', data } }),
      (error: unknown) => {
        if (!isAbort(error)) setResult({ key, value: { state: 'error', error, retry } });
      },
    );
    return () => ctrl.abort();
    // `load` is a fresh closure each render on purpose: `key` names what it loads.
  }, [key, attempt, retry]);

  return result && result.key === key ? result.value : { state: 'loading' };
}
