/**
 * The only place that knows HTTP statuses. Every error leaves as
 * `{ error: { code, message, details?: [{ path, problem }] } }`; unknown errors are a 500 that
 * carries the request id and never a stack trace.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { isDomainError, type ErrorCode, type ErrorDetail } from '../core/errors.js';

export const STATUS: Record<ErrorCode, number> = {
  invalid_body: 400, invalid_query: 400, invalid_params: 400, invalid_config: 500, unauthenticated: 401, forbidden: 403,
  csrf_failed: 403, not_found: 404, conflict: 409, stale_version: 409, invalid_state: 409, policy_terms_mismatch: 422, unknown_trader: 422,
  unknown_listing: 422, unknown_item: 422, payload_too_large: 413, unsupported_media_type: 415, rate_limited: 429,
  store_locked: 503, ledger_broken: 500, internal: 500, complaint_window_closed: 422, submissions_suspended: 403,
};

export const errorBody = (code: ErrorCode, message: string, details?: ErrorDetail[]) => ({ error: { code, message, ...(details?.length ? { details } : {}) } });

interface AjvIssue {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

// Nullable fields are `anyOf [T, null]`: AJV then also reports "must be null" and "must match a
// schema in anyOf", which only obscure the real problem with the value.
const NOISE = new Set(['must be null', 'must match a schema in anyOf']);

function validationDetails(issues: AjvIssue[]): ErrorDetail[] {
  // A union of literals (`anyOf` of `const`) fails once per literal ("must be equal to constant"):
  // one detail per field naming the values allowed says what to send instead.
  const allowed = new Map<string, unknown[]>();
  const all: ErrorDetail[] = [];
  for (const i of issues) {
    const base = (i.instancePath ?? '').replace(/^\//, '').split('/').filter(Boolean).join('.');
    const prop = (i.params?.missingProperty ?? i.params?.additionalProperty) as string | undefined;
    const path = [base, prop].filter(Boolean).join('.') || '(body)';
    if (i.params && 'allowedValue' in i.params) {
      if (!allowed.has(path)) all.push({ path, problem: '' });
      allowed.set(path, [...(allowed.get(path) ?? []), i.params.allowedValue]);
    } else {
      all.push({ path, problem: i.message ?? 'is invalid' });
    }
  }
  for (const d of all) if (allowed.has(d.path) && d.problem === '') d.problem = `must be one of: ${allowed.get(d.path)!.map((v) => JSON.stringify(v)).join(', ')}`;
  const specific = new Set(all.filter((d) => !NOISE.has(d.problem)).map((d) => d.path));
  return all.filter((d) => !(NOISE.has(d.problem) && specific.has(d.path)));
}

const CONTEXT_CODE: Record<string, ErrorCode> = { body: 'invalid_body', querystring: 'invalid_query', params: 'invalid_params', headers: 'invalid_params' };

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (isDomainError(err)) {
      const status = STATUS[err.code];
      if (status >= 500) req.log.error({ err }, 'domain error');
      return reply.status(status).send(errorBody(err.code, err.message, err.details));
    }
    if (err.validation) {
      const code = CONTEXT_CODE[err.validationContext ?? 'body'] ?? 'invalid_body';
      const details = validationDetails(err.validation as AjvIssue[]);
      return reply.status(400).send(errorBody(code, `invalid ${err.validationContext ?? 'body'}: ${details.map((d) => `${d.path} ${d.problem}`).join('; ')}`, details));
    }
    switch (err.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.status(413).send(errorBody('payload_too_large', 'request body is larger than the limit for this route'));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.status(415).send(errorBody('unsupported_media_type', `content type ${req.headers['content-type'] ?? '(none)'} is not accepted here`));
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return reply.status(400).send(errorBody('invalid_body', 'the JSON body is empty', [{ path: '(body)', problem: 'is empty' }]));
      default:
        break;
    }
    if (err.statusCode === 429) {
      return reply.status(429).send(errorBody('rate_limited', err.message || 'too many requests, slow down'));
    }
    if (err.statusCode === 400 && (err instanceof SyntaxError || /JSON/i.test(err.message))) {
      return reply.status(400).send(errorBody('invalid_body', `malformed JSON: ${err.message}`, [{ path: '(body)', problem: 'is not valid JSON' }]));
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send(errorBody(err.statusCode === 404 ? 'not_found' : 'invalid_body', err.message));
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send(errorBody('internal', `internal error; quote request id ${req.id} when reporting it`));
  });
}
