/**
 * Validation of Transparency Database statements (spec A4, A6, A8; SOR-2, SOR-4).
 *
 * - `server` mode makes exactly the decisions the TDB makes, so the emulator can stand in for it
 *   and the client can predict a 422 before sending.
 * - `strict` mode (the default, what Vigil sends) adds our client-side rules: dates in order, end
 *   dates only with their restriction, territorial scope always, no "null" strings, nothing the
 *   server would drop silently, the IR taxonomy, and no personal data (Art. 24(5)).
 *
 * Errors are Laravel-shaped: `{ field: [messages] }`.
 */
import type { ScrubOptions } from '../privacy/scrubber.js';
import { prepareInput, isObject, summaryMessage } from './laravel-rules.js';
import { validateServer, type TdbEndpoint } from './validate-server.js';
import { strictErrors } from './validate-strict.js';
import type { FieldErrors } from './types.js';

export { validateServer, PUID_PATTERN, type TdbEndpoint, type ServerValidation } from './validate-server.js';

export type ValidationMode = 'server' | 'strict';

export interface ValidateOptions {
  mode?: ValidationMode;
  /** Single or batch endpoint: a few normalisations differ (A4 `source_identity`, `content_id_ean`). */
  endpoint?: TdbEndpoint;
  /** For the personal-data check of strict mode: names known to the caller (notifier, trader). */
  scrub?: ScrubOptions;
}

export interface StatementValidation {
  valid: boolean;
  errors: FieldErrors;
  /** Laravel's top-level message: the first error and "(and N more errors)"; empty when valid. */
  message: string;
  /** What the server would keep (server semantics, also in strict mode). */
  data: Record<string, unknown>;
}

export function validateStatement(input: unknown, options: ValidateOptions = {}): StatementValidation {
  const { errors: serverErrors, data } = validateServer(input, options.endpoint ?? 'single');
  const errors: FieldErrors = { ...serverErrors };
  if ((options.mode ?? 'strict') === 'strict') {
    const prepared = prepareInput(input);
    const extra = strictErrors(isObject(prepared) ? prepared : {}, serverErrors, options.scrub);
    for (const [f, msgs] of Object.entries(extra)) errors[f] = [...(errors[f] ?? []), ...msgs];
  }
  const valid = Object.keys(errors).length === 0;
  return { valid, errors, message: summaryMessage(errors), data };
}
