/**
 * Vigil's own rules on top of the server's (spec A6 rules 12, 18, 20; A8; B4): what the server
 * would accept but we must not send, because it is wrong (end date before the restriction starts),
 * silently dropped (an "other" text without "other"), undocumented (the literal "null"), outside the
 * IR taxonomy, or personal data (Art. 24(5)).
 */
import { findPersonalData, type ScrubOptions } from '../privacy/scrubber.js';
import { KEYWORD_INFO, KEYWORD_VALUES, LEGACY_KEYWORD, REJECTED_CATEGORY_VALUES, REMOVED_KEYWORD_VALUES, keywordFits, type Keyword, type StatementCategory } from './categories.js';
import { gs1CheckDigitValid } from './gtin.js';
import { isEmptyValue, isObject, isYmdDate } from './laravel-rules.js';
import { TDB_FREE_TEXT_FIELDS, TDB_STATEMENT_FIELDS, type FieldErrors } from './types.js';

/** A6 rule 18: the fields that accept an explicit null; every other optional field is omitted instead. */
const NULLABLE = new Set([
  'decision_visibility', 'decision_monetary', 'decision_provision', 'decision_account', 'account_type',
  'decision_ground_reference_url', 'category_specification', 'territorial_scope', 'content_language',
  'end_date_visibility_restriction', 'end_date_monetary_restriction', 'end_date_service_restriction',
  'end_date_account_restriction', 'content_id', 'source_identity',
]);

/** Each end date belongs to one restriction type (A6 rule 12). */
const END_DATES = [
  ['end_date_visibility_restriction', 'decision_visibility'],
  ['end_date_monetary_restriction', 'decision_monetary'],
  ['end_date_service_restriction', 'decision_provision'],
  ['end_date_account_restriction', 'decision_account'],
] as const;

const contains = (v: unknown, x: string): boolean => Array.isArray(v) && v.includes(x);

export function strictErrors(s: Record<string, unknown>, serverErrors: FieldErrors, scrub: ScrubOptions = {}): FieldErrors {
  const errors: FieldErrors = {};
  const add = (f: string, m: string): void => void (errors[f] ??= []).push(m);
  const fresh = (f: string): boolean => !serverErrors[f];
  const present = (f: string): boolean => s[f] !== undefined && s[f] !== null;

  for (const f of Object.keys(s)) {
    if (!(TDB_STATEMENT_FIELDS as readonly string[]).includes(f)) add(f, `The ${f} field is not a statement field; the server ignores it, so it must not be sent.`);
    else if (s[f] === null && !NULLABLE.has(f) && fresh(f)) add(f, `The ${f} field is not nullable: omit it rather than send null (A6 rule 18).`);
    const v = s[f];
    if (v === 'null' || (Array.isArray(v) && v.includes('null'))) add(f, `The ${f} field must not contain the string "null" (A6 rule 18).`);
  }

  // A8, A6 rule 14: the documentation requires the territorial scope; we always send it.
  if (isEmptyValue(s.territorial_scope) && fresh('territorial_scope')) add('territorial_scope', 'The territorial scope field is required (A8: always send it).');

  // A6 rule 12: content_date ≤ application_date ≤ end_date_*, and each end date only with its restriction.
  const app = s.application_date;
  if (isYmdDate(s.content_date) && isYmdDate(app) && s.content_date > app) {
    add('content_date', 'The content date must be on or before the application date (A6 rule 12).');
  }
  for (const [end, restriction] of END_DATES) {
    if (!present(end)) continue;
    if (isEmptyValue(s[restriction])) add(end, `The ${end} field is only sent with a ${restriction} restriction (A6 rule 12).`);
    if (isYmdDate(s[end]) && isYmdDate(app) && s[end] < app) add(end, `The ${end} must be on or after the application date (A6 rule 12).`);
  }

  // Values the server would drop silently (A6 rules 3–10): sending them hides a mistake.
  const ground = s.decision_ground;
  const dropped: [string, boolean, string][] = [
    ['decision_visibility_other', contains(s.decision_visibility, 'DECISION_VISIBILITY_OTHER'), 'decision_visibility has DECISION_VISIBILITY_OTHER'],
    ['decision_monetary_other', s.decision_monetary === 'DECISION_MONETARY_OTHER', 'decision_monetary is DECISION_MONETARY_OTHER'],
    ['content_type_other', contains(s.content_type, 'CONTENT_TYPE_OTHER'), 'content_type has CONTENT_TYPE_OTHER'],
    ['category_specification_other', contains(s.category_specification, 'KEYWORD_OTHER'), 'category_specification has KEYWORD_OTHER'],
    ['illegal_content_legal_ground', ground === 'DECISION_GROUND_ILLEGAL_CONTENT', 'the ground is illegal content'],
    ['illegal_content_explanation', ground === 'DECISION_GROUND_ILLEGAL_CONTENT', 'the ground is illegal content'],
    ['incompatible_content_ground', ground === 'DECISION_GROUND_INCOMPATIBLE_CONTENT', 'the ground is incompatible content'],
    ['incompatible_content_explanation', ground === 'DECISION_GROUND_INCOMPATIBLE_CONTENT', 'the ground is incompatible content'],
    ['incompatible_content_illegal', ground === 'DECISION_GROUND_INCOMPATIBLE_CONTENT', 'the ground is incompatible content'],
    ['source_identity', s.source_type !== 'SOURCE_VOLUNTARY', 'the source is a notice (not own initiative)'],
  ];
  const groundKnown = fresh('decision_ground');
  for (const [f, allowed, when] of dropped) if (present(f) && !allowed && (groundKnown || !when.includes('ground'))) add(f, `The ${f} field is only sent when ${when}; the server would drop it.`);
  if (s.content_id_ean !== undefined) add('content_id_ean', 'Send the product identifier as content_id {"EAN-13": …}; the batch endpoint ignores content_id_ean.');

  // B4 rule 4, A5: KEYWORD_OTHER needs its description; the taxonomy decides which keywords fit.
  if (contains(s.category_specification, 'KEYWORD_OTHER') && isEmptyValue(s.category_specification_other)) {
    add('category_specification_other', 'The category specification other field is required with KEYWORD_OTHER (IR 2024/2835 Annex II).');
  }
  taxonomyErrors(s, add);

  // A6 rule 17: a string, with the GS1 check digit right.
  if (isObject(s.content_id)) {
    const ean = s.content_id['EAN-13'];
    if (typeof ean !== 'string') add('content_id.EAN-13', 'The EAN-13 must be a string of 13 digits, never a number (leading zeros matter).');
    else if (/^\d{13}$/.test(ean) && !gs1CheckDigitValid(ean)) add('content_id.EAN-13', 'The EAN-13 check digit is wrong.');
  }

  // A4 "always send strings"; A6 rule 20 / Art. 24(5): no personal data in any free-text field.
  for (const f of TDB_FREE_TEXT_FIELDS) {
    const v = s[f];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') { add(f, `The ${f} field must be a string.`); continue; }
    const found = Object.keys(findPersonalData(v, scrub));
    if (found.length > 0) add(f, `The ${f} field contains personal data (${found.join(', ')}); Art. 24(5) forbids it.`);
  }
  return errors;
}

function taxonomyErrors(s: Record<string, unknown>, add: (f: string, m: string) => void): void {
  const removedCategory = (v: unknown): boolean => (REJECTED_CATEGORY_VALUES as readonly unknown[]).includes(v);
  if (removedCategory(s.category)) add('category', `${String(s.category)} is not a statement category since 1 July 2025 (orders-only or removed).`);
  const specs = Array.isArray(s.category_specification) ? s.category_specification : [];
  for (const k of specs) {
    if ((REMOVED_KEYWORD_VALUES as readonly unknown[]).includes(k)) add('category_specification', `${String(k)} was removed on 1 July 2025.`);
    if (k === LEGACY_KEYWORD) add('category_specification', `${LEGACY_KEYWORD} has no place in the IR 2024/2835 taxonomy; use KEYWORD_CYBER_STALKING or KEYWORD_CYBER_STALKING_AGAINST_WOMEN.`);
  }
  const categories = [s.category, ...(Array.isArray(s.category_addition) ? s.category_addition : [])] as StatementCategory[];
  for (const k of specs) {
    if (!(KEYWORD_VALUES as unknown[]).includes(k) || k === LEGACY_KEYWORD) continue;
    if (!categories.some((c) => keywordFits(k as Keyword, c))) {
      add('category_specification', `${String(k)} belongs to ${KEYWORD_INFO[k as Keyword].parent}, which is neither the category nor an additional category (NA-3).`);
    }
  }
}
