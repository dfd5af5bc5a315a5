/** Turns any thrown value into text a person can act on. */
import { ApiError, NETWORK_ERROR } from '../api/client.js';
import { t } from '../i18n/index.js';

export interface Readable {
  message: string;
  details: string[];
}

const sentence = (s: string) => {
  const trimmed = s.trim();
  if (!trimmed) return trimmed;
  const first = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]$/.test(first) ? first : `${first}.`;
};

export function describeError(e: unknown): Readable {
  if (e instanceof ApiError) {
    if (e.code === NETWORK_ERROR) return { message: t('error.network'), details: [] };
    const message = e.message ? sentence(e.message) : t('error.status', { status: e.status });
    // The message of a validation error already lists its details; don't repeat them.
    const details = e.details.filter((d) => !e.message.includes(`${d.path} ${d.problem}`)).map((d) => `${d.path}: ${d.problem}`);
    return { message, details };
  }
  return { message: e instanceof Error && e.message ? sentence(e.message) : t('error.title'), details: [] };
}

/** Worth trying again as it is: no answer, overload or a server fault (not a bad request or a missing page). */
export const isRetryable = (e: unknown): boolean => !(e instanceof ApiError) || e.status === 0 || e.status === 429 || e.status >= 500;

export const isAbort = (e: unknown): boolean => e instanceof DOMException && e.name === 'AbortError';
