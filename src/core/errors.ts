/**
 * Every failure a caller can act on has a stable, machine-readable code. Domain code throws
 * DomainError; only src/http/error-handler.ts knows which HTTP status each code maps to, and
 * docs/errors.md lists every code (a test keeps the two in step).
 */
export const ERROR_CODES = [
  'invalid_body',
  'invalid_query',
  'invalid_params',
  'invalid_config',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  'stale_version',
  'unknown_trader',
  'unknown_listing',
  'unknown_item',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'store_locked',
  'ledger_broken',
  'invalid_state',
  'complaint_window_closed',
  'submissions_suspended',
  'policy_terms_mismatch',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one input field; `path` is a JSON pointer-ish dotted path (`title`, `images.2`). */
export interface ErrorDetail {
  path: string;
  problem: string;
}

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
  }
}

export const isDomainError = (e: unknown): e is DomainError =>
  e instanceof Error && (e as { name?: string }).name === 'DomainError' && 'code' in e;
