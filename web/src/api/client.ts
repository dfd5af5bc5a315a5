/**
 * The fetch wrapper every API call goes through: same-origin cookies, the CSRF header on unsafe
 * methods, and one error type built from the API's `{ error: { code, message, details } }` shape.
 */
import type { ApiErrorBody } from './types.js';

export interface ErrorDetail {
  path: string;
  problem: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** `status` 0: the request never got an answer (offline, server down, blocked). */
export const NETWORK_ERROR = 'network';

let csrfToken: string | null = null;
const unauthorizedListeners = new Set<() => void>();

/** Set from the login and /auth/me answers; cleared on sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when an API call answers 401, i.e. the session ended while the console was open. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
type Query = Record<string, string | number | undefined | null>;

export interface RequestOptions {
  method?: string;
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Extra request headers, e.g. `idempotency-key`. */
  headers?: Record<string, string>;
  /** Leave 401 answers to the caller (login and the initial session check). */
  allowUnauthorized?: boolean;
}

export function withQuery(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function isErrorBody(v: unknown): v is ApiErrorBody {
  if (typeof v !== 'object' || v === null || !('error' in v)) return false;
  const e = (v as { error: unknown }).error;
  return typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string';
}

async function toApiError(res: Response): Promise<ApiError> {
  const body: unknown = await res.json().catch(() => null);
  if (isErrorBody(body)) return new ApiError(res.status, body.error.code, body.error.message, body.error.details ?? []);
  return new ApiError(res.status, 'http_error', res.statusText);
}

export async function request<T>(path: string, o: RequestOptions = {}): Promise<T> {
  const method = o.method ?? 'GET';
  const headers: Record<string, string> = { ...o.headers, accept: 'application/json' };
  if (o.body !== undefined) headers['content-type'] = 'application/json';
  if (UNSAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(`/api/v1${path}`, o.query), {
      method, headers, credentials: 'same-origin', signal: o.signal,
      body: o.body === undefined ? undefined : JSON.stringify(o.body),
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, NETWORK_ERROR, e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) {
    const err = await toApiError(res);
    if (res.status === 401 && !o.allowUnauthorized) for (const l of unauthorizedListeners) l();
    throw err;
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}
