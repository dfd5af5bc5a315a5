/** A page's resource that actions can re-read in place: the old data stays on screen while the new loads. */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useResource, type Resource } from './use-resource.js';

export function useRefreshable<T>(load: (signal: AbortSignal) => Promise<T>, key: string): { res: Resource<T>; refresh: () => Promise<void> } {
  const base = useResource(load, key);
  const [fresh, setFresh] = useState<{ key: string; data: T } | null>(null);
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });
  // Errors reach the caller, which shows them beside the action that asked.
  const refresh = useCallback(async () => {
    const data = await loadRef.current(new AbortController().signal);
    setFresh({ key, data });
  }, [key]);
  const res: Resource<T> = base.state === 'ready' && fresh?.key === key ? { state: 'ready', data: fresh.data } : base;
  return { res, refresh };
}
