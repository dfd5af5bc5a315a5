/** History navigation without a router library: pushState plus a change event React listens to. */
import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './routes.js';

const CHANGE = 'vigil:navigate';
let navigations = 0;

export function navigate(to: string, o: { replace?: boolean } = {}): void {
  if (to === `${window.location.pathname}${window.location.search}`) return;
  if (o.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  navigations += 1;
  window.dispatchEvent(new Event(CHANGE));
}

function subscribe(onChange: () => void): () => void {
  const onPop = () => {
    navigations += 1;
    onChange();
  };
  window.addEventListener('popstate', onPop);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onPop);
    window.removeEventListener(CHANGE, onChange);
  };
}

const snapshot = () => `${window.location.pathname}${window.location.search}`;

/** The current location as a parsed route; re-renders on every navigation. */
export function useRoute(): Route {
  const location = useSyncExternalStore(subscribe, snapshot);
  const q = location.indexOf('?');
  return q < 0 ? parseRoute(location, '') : parseRoute(location.slice(0, q), location.slice(q));
}

/** True after the first in-app navigation (then focus moves to the new page's heading). */
export const hasNavigated = (): boolean => navigations > 0;
