/** Who is signed in: checked once at start (/auth/me), changed by sign-in, sign-out and expiry. */
import { useCallback, useEffect, useState } from 'react';
import { ApiError, onUnauthorized, setCsrfToken } from '../../api/client.js';
import { api } from '../../api/endpoints.js';
import type { Session, User } from '../../api/types.js';
import { isAbort } from '../../lib/errors.js';

export type SessionState =
  | { status: 'checking' }
  | { status: 'error'; error: unknown }
  | { status: 'anonymous'; expired: boolean }
  | { status: 'signed-in'; user: User };

export interface SessionControl {
  session: SessionState;
  signedIn: (s: Session) => void;
  signOut: () => Promise<void>;
  recheck: () => void;
}

export function useSession(): SessionControl {
  const [session, setSession] = useState<SessionState>({ status: 'checking' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const ctrl = new AbortController();
    api.me(ctrl.signal).then(
      (s) => {
        setCsrfToken(s.csrf_token);
        setSession({ status: 'signed-in', user: s.user });
      },
      (error: unknown) => {
        if (isAbort(error)) return;
        if (error instanceof ApiError && error.status === 401) setSession({ status: 'anonymous', expired: false });
        else setSession({ status: 'error', error });
      },
    );
    return () => ctrl.abort();
  }, [attempt]);

  useEffect(() => onUnauthorized(() => {
    setCsrfToken(null);
    setSession({ status: 'anonymous', expired: true });
  }), []);

  const signedIn = useCallback((s: Session) => {
    setCsrfToken(s.csrf_token);
    setSession({ status: 'signed-in', user: s.user });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      setCsrfToken(null);
      setSession({ status: 'anonymous', expired: false });
    }
  }, []);

  const recheck = useCallback(() => {
    setSession({ status: 'checking' });
    setAttempt((n) => n + 1);
  }, []);

  return { session, signedIn, signOut, recheck };
}
