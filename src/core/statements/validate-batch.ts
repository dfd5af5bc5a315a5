/**
 * The batch endpoint's request-level rules (spec A6 rules 13, 19; A7): 1–100 statements, each
 * validated on its own, errors keyed `statement_N`, and PUIDs unique within the call and within
 * the platform. All or nothing: one failure and none is stored.
 */
import { isEmptyValue, isObject, msg, summaryMessage } from './laravel-rules.js';
import { validateStatement, type ValidationMode } from './validate.js';
import type { FieldErrors } from './types.js';

export const MAX_BATCH = 100;

export type BatchValidation =
  /** A missing `statements` array or one outside 1–100 items: a standard Laravel 422. */
  | { kind: 'invalid_request'; message: string; errors: FieldErrors }
  /** Per-statement errors keyed by 0-based index; the body has no top-level message. */
  | { kind: 'invalid_statements'; errors: Record<`statement_${number}`, FieldErrors> }
  /** PUIDs repeated within the call or already used by the platform. */
  | { kind: 'duplicate_puids'; puids: string[] }
  | { kind: 'ok'; data: Record<string, unknown>[] };

export interface BatchOptions {
  mode?: ValidationMode;
  /** The platform's registry: true when the PUID was used before (A6 rule 13). */
  puidExists?: (puid: string) => boolean;
}

export function validateBatch(body: unknown, options: BatchOptions = {}): BatchValidation {
  const statements = isObject(body) ? body.statements : undefined;
  const requestErrors: string[] = [];
  if (isEmptyValue(statements)) requestErrors.push(msg.required('statements'));
  else if (!Array.isArray(statements)) requestErrors.push(msg.array('statements'));
  else if (statements.length > MAX_BATCH) requestErrors.push(msg.maxItems('statements', MAX_BATCH));
  if (requestErrors.length > 0 || !Array.isArray(statements)) {
    const errors = { statements: requestErrors };
    return { kind: 'invalid_request', message: summaryMessage(errors), errors };
  }

  const perStatement: Record<`statement_${number}`, FieldErrors> = {};
  const data: Record<string, unknown>[] = [];
  statements.forEach((s, i) => {
    const v = validateStatement(s, { mode: options.mode ?? 'server', endpoint: 'batch' });
    if (!v.valid) perStatement[`statement_${i}`] = v.errors;
    data.push(v.data);
  });
  if (Object.keys(perStatement).length > 0) return { kind: 'invalid_statements', errors: perStatement };

  const duplicates = duplicatePuids(data.map((d) => String(d.puid)), options.puidExists ?? (() => false));
  return duplicates.length > 0 ? { kind: 'duplicate_puids', puids: duplicates } : { kind: 'ok', data };
}

/** PUIDs used twice in the call or already known, each listed once, in order of appearance. */
export function duplicatePuids(puids: readonly string[], exists: (puid: string) => boolean): string[] {
  const seen = new Set<string>();
  const out = new Set<string>();
  for (const p of puids) {
    if (seen.has(p) || exists(p)) out.add(p);
    seen.add(p);
  }
  return [...out];
}
