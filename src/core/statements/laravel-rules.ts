/**
 * The few Laravel validation semantics the Transparency Database relies on, reproduced so our
 * validator makes the server's decisions (spec A6, A7): input middleware (trim, "" → null),
 * `required`, `in`, `max`, `date_format:Y-m-d`, and Laravel's default English messages.
 */

/** TrimStrings then ConvertEmptyStringsToNull, recursively, as the server does before validating (A6 rule 7). */
export function prepareInput(value: unknown): unknown {
  if (typeof value === 'string') {
    const t = value.trim();
    return t === '' ? null : t;
  }
  if (Array.isArray(value)) return value.map(prepareInput);
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = prepareInput(v);
    return out;
  }
  return value;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Laravel `required`: null, an empty (trimmed) string and an empty array or object all fail. */
export function isEmptyValue(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  if (isObject(v)) return Object.keys(v).length === 0;
  return false;
}

/** PHP's `(string)` cast, which `in:` compares with: true → "1", false → "". */
function phpString(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? '1' : '';
  if (v === null) return '';
  return null;
}

/**
 * Laravel `in:` against `allowed`. With `asArray` (the field also has the `array` rule) every element
 * must be allowed; otherwise an array value fails. `nullableQuirk` reproduces `in:null,…`, which
 * also accepts the literal string "null" (A6 rule 18).
 */
export function passesIn(v: unknown, allowed: readonly string[], asArray: boolean, nullableQuirk: boolean): boolean {
  const ok = (x: unknown): boolean => {
    const s = phpString(x);
    return s !== null && (allowed.includes(s) || (nullableQuirk && s === 'null'));
  };
  if (Array.isArray(v)) return asArray && v.every(ok);
  if (isObject(v)) return false;
  return ok(v);
}

/** Laravel's size for `max:` without a `numeric` rule: characters (multibyte-safe) or array items. */
export function sizeOf(v: unknown): number {
  if (Array.isArray(v)) return v.length;
  if (isObject(v)) return Object.keys(v).length;
  const s = phpString(v) ?? '';
  return [...s].length;
}

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `date_format:Y-m-d`: PHP parses and re-formats, so `2023-8-8` and `2023-02-30` both fail (A6 rule 11). */
export function isYmdDate(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = YMD.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Laravel `url`: an absolute http(s) or ftp URL with a host. */
export function isUrl(v: unknown): boolean {
  if (typeof v !== 'string' || /\s/.test(v)) return false;
  try {
    const u = new URL(v);
    return ['http:', 'https:', 'ftp:'].includes(u.protocol) && u.hostname !== '';
  } catch {
    return false;
  }
}

/** Laravel's attribute naming in messages: `decision_facts` → "decision facts". */
export const attr = (field: string): string => field.replace(/_/g, ' ');

/** Laravel's default English messages for the rules the TDB uses. */
export const msg = {
  required: (f: string) => `The ${attr(f)} field is required.`,
  requiredWithoutAll: (f: string, others: readonly string[]) =>
    `The ${attr(f)} field is required when none of ${others.map(attr).join(' / ')} are present.`,
  in: (f: string) => `The selected ${attr(f)} is invalid.`,
  array: (f: string) => `The ${attr(f)} field must be an array.`,
  maxChars: (f: string, n: number) => `The ${attr(f)} field must not be greater than ${n} characters.`,
  maxItems: (f: string, n: number) => `The ${attr(f)} field must not have more than ${n} items.`,
  minItems: (f: string, n: number) => `The ${attr(f)} field must have at least ${n} items.`,
  dateFormat: (f: string) => `The ${attr(f)} does not match the format YYYY-MM-DD.`,
  afterOrEqual: (f: string, d: string) => `The ${attr(f)} field must be a date after or equal to ${d}.`,
  beforeOrEqual: (f: string, d: string) => `The ${attr(f)} field must be a date before or equal to ${d}.`,
  url: (f: string) => `The ${attr(f)} field must be a valid URL.`,
  regex: (f: string) => `The ${attr(f)} field format is invalid.`,
} as const;

/** Laravel's top-level `message`: the first error, then "(and N more errors)" (A7). */
export function summaryMessage(errors: Record<string, string[]>): string {
  const all = Object.values(errors).flat();
  if (all.length === 0) return '';
  const rest = all.length - 1;
  return rest === 0 ? all[0]! : `${all[0]} (and ${rest} more ${rest === 1 ? 'error' : 'errors'})`;
}
