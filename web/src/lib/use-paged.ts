/** Cursor pagination: the first page loads when `key` changes; `loadMore` appends the next one. */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Page } from '../api/types.js';
import { isAbort } from './errors.js';

export interface Paged<T> {
  items: T[];
  loading: boolean;
  error: unknown;
  hasMore: boolean;
  loadMore: () => void;
  retry: () => void;
}

interface State<T> {
  key: string;
  items: T[];
  cursor: string | null;
  done: boolean;
  loading: boolean;
  error: unknown;
}

const initial = <T,>(key: string): State<T> => ({ key, items: [], cursor: null, done: false, loading: true, error: null });

export function usePaged<T>(fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>, key: string): Paged<T> {
  const [state, setState] = useState<State<T>>(() => initial(key));
  const fetchRef = useRef(fetchPage);
  useLayoutEffect(() => {
    fetchRef.current = fetchPage;
  });
  const ctrlRef = useRef<AbortController | null>(null);

  const load = useCallback((forKey: string, cursor: string | null) => {
    ctrlRef.current?.abort();
    const ctrl = new AbortController();
    ctrlRef.current = ctrl;
    setState((s) => (s.key === forKey ? { ...s, loading: true, error: null } : initial(forKey)));
    fetchRef.current(cursor, ctrl.signal).then(
      (page) => setState((s) => (s.key !== forKey ? s : {
        ...s, items: cursor === null ? page.items : [...s.items, ...page.items], cursor: page.next_cursor,
        done: page.next_cursor === null, loading: false,
      })),
      (error: unknown) => {
        if (!isAbort(error)) setState((s) => (s.key !== forKey ? s : { ...s, loading: false, error }));
      },
    );
  }, []);

  useEffect(() => {
    load(key, null);
    return () => ctrlRef.current?.abort();
  }, [key, load]);

  const current = state.key === key ? state : initial<T>(key);
  return {
    items: current.items,
    loading: current.loading,
    error: current.error,
    hasMore: !current.done && current.items.length > 0,
    loadMore: () => load(key, current.cursor),
    retry: () => load(key, current.items.length === 0 ? null : current.cursor),
  };
}
