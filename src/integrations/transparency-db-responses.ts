/**
 * How the Transparency Database answers, classified into what the submitter must do (spec A3,
 * A7; SOR-4): 201 stored; 422 per statement (drop those, resend the rest); 422 duplicate PUIDs
 * (already stored); 422 without per-statement detail (bisect); 429, 5xx, timeouts and network
 * failures (retry later with backoff); 401, 403, 404, 3xx (configuration: stop).
 */
import type { FieldErrors } from '../core/statements/types.js';

/** One statement as the TDB returns it after storing it (A7). */
export interface TdbStoredStatement {
  uuid: string;
  puid: string;
  created_at: string;
  permalink: string;
  self: string;
  [field: string]: unknown;
}

export type RetryReason = 'rate_limited' | 'server_error' | 'timeout' | 'network';

export type SubmitOutcome =
  | { kind: 'stored'; statements: TdbStoredStatement[] }
  /** Per-statement validation errors by 0-based index in the batch; nothing was stored. */
  | { kind: 'rejected'; errors: Map<number, FieldErrors> }
  /** PUIDs the platform already used (or repeated in the call); nothing was stored. */
  | { kind: 'duplicate'; existingPuids: string[] }
  /** Refused without per-statement detail (e.g. 413, a 422 on `statements`); nothing was stored. */
  | { kind: 'invalid'; status: number; message: string; errors?: FieldErrors }
  | { kind: 'retry'; reason: RetryReason; status?: number; retryAfterMs?: number; message: string }
  | { kind: 'config'; status: number; message: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** `Retry-After` in seconds or as an HTTP date. */
export function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | undefined {
  const v = Array.isArray(header) ? header[0] : header;
  if (!v) return undefined;
  if (/^\d+$/.test(v.trim())) return Number(v.trim()) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

function messageOf(body: unknown, text: string): string {
  if (isRecord(body) && typeof body.message === 'string') return body.message;
  return text.slice(0, 300) || 'no body';
}

/** Failures every endpoint shares; null when the status is the endpoint's own business. */
export function classifyCommon(status: number, headers: Record<string, string | string[] | undefined>, text: string): SubmitOutcome | null {
  const body = parseJson(text);
  if (status === 429) return { kind: 'retry', reason: 'rate_limited', status, retryAfterMs: retryAfterMs(headers['retry-after']), message: messageOf(body, text) };
  if (status >= 500) return { kind: 'retry', reason: 'server_error', status, retryAfterMs: retryAfterMs(headers['retry-after']), message: messageOf(body, text) };
  if (status === 408) return { kind: 'retry', reason: 'timeout', status, message: messageOf(body, text) };
  if (status === 401) return { kind: 'config', status, message: `token refused: ${messageOf(body, text)}` };
  if (status === 403) return { kind: 'config', status, message: `permission missing or user without platform: ${messageOf(body, text)}` };
  if (status === 404 || status === 405) return { kind: 'config', status, message: `endpoint not found; check the base URL (${messageOf(body, text)})` };
  return null;
}

/** Classify the answer to `POST /api/v1/statements` for a batch of `size` statements. */
export function classifyBatchResponse(status: number, headers: Record<string, string | string[] | undefined>, text: string, size: number): SubmitOutcome {
  const body = parseJson(text);
  if (status === 201) {
    const list = isRecord(body) && Array.isArray(body.statements) ? (body.statements as TdbStoredStatement[]) : [];
    return { kind: 'stored', statements: list };
  }
  const common = classifyCommon(status, headers, text);
  if (common) return common;
  if (status >= 300 && status < 400) {
    return { kind: 'config', status, message: 'redirected: the server did not treat the call as an API request (check the base URL and the Accept header)' };
  }
  if (status === 422 && isRecord(body) && isRecord(body.errors)) {
    const errors = body.errors;
    if (Array.isArray(errors.existing_puids)) return { kind: 'duplicate', existingPuids: errors.existing_puids.map(String) };
    const perStatement = new Map<number, FieldErrors>();
    for (const [key, value] of Object.entries(errors)) {
      const m = /^statement_(\d+)$/.exec(key);
      if (m && isRecord(value) && Number(m[1]) < size) perStatement.set(Number(m[1]), value as FieldErrors);
    }
    if (perStatement.size > 0) return { kind: 'rejected', errors: perStatement };
    return { kind: 'invalid', status, message: messageOf(body, text), errors: errors as FieldErrors };
  }
  return { kind: 'invalid', status, message: messageOf(body, text) };
}
