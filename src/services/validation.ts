/**
 * Validation at the edges: a TypeBox schema compiled once, errors turned into the `{ path, problem }`
 * details every error response carries, naming each field at fault.
 */
import type { TSchema, Static } from 'typebox';
import { Compile } from 'typebox/compile';
import { DomainError, type ErrorCode, type ErrorDetail } from '../core/errors.js';

export interface Validator<T extends TSchema> {
  schema: T;
  check(value: unknown): value is Static<T>;
  problems(value: unknown): ErrorDetail[];
  /** Returns the typed value or throws DomainError(code) naming every field at fault. */
  parse(value: unknown, code?: ErrorCode, what?: string): Static<T>;
}

const pathOf = (instancePath: string, params: Record<string, unknown>): string => {
  const base = instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
  // A missing required property reports the parent; name the property itself.
  const missing = params.requiredProperties as string[] | undefined;
  if (missing?.length) return [base, missing[0]].filter(Boolean).join('.');
  const extra = params.additionalProperties as string[] | undefined;
  if (extra?.length) return [base, extra[0]].filter(Boolean).join('.');
  return base || '(body)';
};

export function validator<T extends TSchema>(schema: T): Validator<T> {
  const compiled = Compile(schema);
  const problems = (value: unknown): ErrorDetail[] => {
    const seen = new Set<string>();
    const out: ErrorDetail[] = [];
    // Nullable fields are anyOf [T, null]: their "must be null"/"anyOf" errors only matter when nothing more specific was said.
    const noise: ErrorDetail[] = [];
    for (const e of compiled.Errors(value)) {
      // "schema is false" duplicates the additionalProperties error.
      if (e.keyword === 'boolean') continue;
      const detail = { path: pathOf(e.instancePath, e.params as Record<string, unknown>), problem: e.message };
      if (e.keyword === 'anyOf' || (e.keyword === 'type' && (e.params as { type?: unknown }).type === 'null')) {
        noise.push(detail);
        continue;
      }
      const k = `${detail.path}|${detail.problem}`;
      if (!seen.has(k)) {
        seen.add(k);
        out.push(detail);
      }
    }
    const named = new Set(out.map((d) => d.path));
    for (const d of noise) {
      if (!named.has(d.path)) {
        named.add(d.path);
        out.push(d);
      }
    }
    return out;
  };
  return {
    schema,
    check: (value): value is Static<T> => compiled.Check(value),
    problems,
    parse(value, code = 'invalid_body', what = 'request body') {
      if (compiled.Check(value)) return value as Static<T>;
      const details = problems(value);
      throw new DomainError(code, `invalid ${what}: ${details.map((d) => `${d.path} ${d.problem}`).join('; ')}`, details);
    },
  };
}
