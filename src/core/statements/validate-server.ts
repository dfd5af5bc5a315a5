/**
 * The Transparency Database's own validation of one statement (spec A4, A6 rules 1–18), as the
 * Laravel request classes at the pinned commit apply it: same accept/reject decisions, same
 * error keys, Laravel-style messages. The result also carries the data the server keeps after
 * its `exclude_*` rules, which the emulator stores.
 */
import {
  ACCOUNT_TYPE_VALUES, AUTOMATED_DECISION_VALUES, CONTENT_TYPE_VALUES, DECISION_ACCOUNT_VALUES, DECISION_GROUND_VALUES,
  DECISION_MONETARY_VALUES, DECISION_PROVISION_VALUES, DECISION_VISIBILITY_VALUES, SOURCE_TYPE_VALUES, YES_NO_VALUES,
} from './enums.js';
import { KEYWORD_VALUES, STATEMENT_CATEGORY_VALUES } from './categories.js';
import { CONTENT_LANGUAGE_VALUES, TERRITORIAL_SCOPE_VALUES } from './places.js';
import { TDB_STATEMENT_FIELDS, type FieldErrors } from './types.js';
import { isEmptyValue, isObject, isUrl, isYmdDate, msg, passesIn, prepareInput, sizeOf } from './laravel-rules.js';

export type TdbEndpoint = 'single' | 'batch';

export interface ServerValidation {
  errors: FieldErrors;
  /** Present, not excluded statement fields after trim and "" → null; what the server goes on to store. */
  data: Record<string, unknown>;
}

const DECISIONS = ['decision_visibility', 'decision_monetary', 'decision_provision', 'decision_account'] as const;
export const PUID_PATTERN = /^[a-zA-Z0-9_-]+$/;
const EAN13 = /^[0-9]{13}$/;
export const DATE_MIN_CONTENT = '2000-01-01';
export const DATE_MIN_APPLICATION = '2020-01-01';
export const DATE_MAX = '2038-01-01';

class Checker {
  readonly errors: FieldErrors = {};
  readonly excluded = new Set<string>();
  constructor(readonly input: Record<string, unknown>) {}

  add(field: string, message: string): void {
    (this.errors[field] ??= []).push(message);
  }
  has = (field: string): boolean => this.input[field] !== undefined;
  get = (field: string): unknown => this.input[field];
  /** Non-implicit rules run only on present values, and not on null when the field is nullable. */
  runs(field: string, nullable: boolean): boolean {
    return this.has(field) && !(nullable && this.get(field) === null);
  }
  required(field: string, message = msg.required(field)): boolean {
    if (isEmptyValue(this.get(field))) {
      this.add(field, message);
      return false;
    }
    return true;
  }
  enumField(field: string, allowed: readonly string[], o: { nullable: boolean; array?: boolean; quirk?: boolean }): void {
    if (!this.runs(field, o.nullable)) return;
    // A JSON object decodes to a PHP array, so it passes `array` and `in` checks its values.
    const raw = this.get(field);
    const v = o.array && isObject(raw) ? Object.values(raw) : raw;
    if (o.array && !Array.isArray(v)) this.add(field, msg.array(field));
    if (!passesIn(v, allowed, o.array ?? false, o.quirk ?? false)) this.add(field, msg.in(field));
  }
  max(field: string, n: number, nullable = false): void {
    if (this.runs(field, nullable) && sizeOf(this.get(field)) > n) this.add(field, msg.maxChars(field, n));
  }
  date(field: string, min: string | null, nullable: boolean): void {
    if (!this.runs(field, nullable)) return;
    const v = this.get(field);
    if (!isYmdDate(v)) return this.add(field, msg.dateFormat(field));
    if (min && v < min) this.add(field, msg.afterOrEqual(field, min));
    if (v > DATE_MAX) this.add(field, msg.beforeOrEqual(field, DATE_MAX));
  }
  /** `exclude_unless`: the field is neither validated nor kept. */
  exclude(field: string, keep: boolean): boolean {
    if (!keep) this.excluded.add(field);
    return keep;
  }
}

const contains = (v: unknown, x: string): boolean => Array.isArray(v) && v.includes(x);

/** Validate one statement as `POST /api/v1/statement` (single) or one item of `POST /api/v1/statements` (batch) would. */
export function validateServer(raw: unknown, endpoint: TdbEndpoint = 'single'): ServerValidation {
  const prepared = prepareInput(raw);
  const c = new Checker(isObject(prepared) ? prepared : {});

  // A6 rules 1–4: at least one restriction; "other" texts.
  const allEmpty = DECISIONS.every((f) => isEmptyValue(c.get(f)));
  const lists = {
    decision_visibility: DECISION_VISIBILITY_VALUES, decision_monetary: DECISION_MONETARY_VALUES,
    decision_provision: DECISION_PROVISION_VALUES, decision_account: DECISION_ACCOUNT_VALUES,
  } as const;
  for (const f of DECISIONS) {
    c.enumField(f, lists[f], { nullable: true, array: f === 'decision_visibility', quirk: true });
    if (allEmpty) c.add(f, msg.requiredWithoutAll(f, DECISIONS.filter((o) => o !== f)));
    if (f === 'decision_visibility' && c.exclude('decision_visibility_other', contains(c.get(f), 'DECISION_VISIBILITY_OTHER'))) {
      c.required('decision_visibility_other', 'The decision visibility other field is required when decision visibility is other.');
      c.max('decision_visibility_other', 500);
    }
    if (f === 'decision_monetary' && c.exclude('decision_monetary_other', c.get(f) === 'DECISION_MONETARY_OTHER')) {
      c.required('decision_monetary_other', 'The decision monetary other field is required when decision monetary is other.');
      c.max('decision_monetary_other', 500);
    }
  }
  c.enumField('account_type', ACCOUNT_TYPE_VALUES, { nullable: true, quirk: true });

  // A6 rules 5–7: the ground decides which explanation fields are required and which are dropped.
  if (c.required('decision_ground')) c.enumField('decision_ground', DECISION_GROUND_VALUES, { nullable: false });
  if (c.runs('decision_ground_reference_url', true)) {
    if (!isUrl(c.get('decision_ground_reference_url'))) c.add('decision_ground_reference_url', msg.url('decision_ground_reference_url'));
    c.max('decision_ground_reference_url', 500, true);
  }
  const illegal = c.get('decision_ground') === 'DECISION_GROUND_ILLEGAL_CONTENT';
  const incompatible = c.get('decision_ground') === 'DECISION_GROUND_INCOMPATIBLE_CONTENT';
  const illegalMsg = 'The illegal content legal ground field is required when decision ground is illegal content.';
  for (const [f, n] of [['illegal_content_legal_ground', 500], ['illegal_content_explanation', 2000]] as const) {
    if (c.exclude(f, illegal)) { c.required(f, illegalMsg); c.max(f, n); }
  }
  for (const [f, n] of [['incompatible_content_ground', 500], ['incompatible_content_explanation', 2000]] as const) {
    if (c.exclude(f, incompatible)) {
      c.required(f, `The ${f.replace(/_/g, ' ')} field is required when decision ground is incompatible content.`);
      c.max(f, n);
    }
  }
  if (c.exclude('incompatible_content_illegal', incompatible)) c.enumField('incompatible_content_illegal', YES_NO_VALUES, { nullable: false });

  // A6 rules 8, 15: content type.
  if (c.required('content_type')) c.enumField('content_type', CONTENT_TYPE_VALUES, { nullable: false, array: true });
  if (c.exclude('content_type_other', contains(c.get('content_type'), 'CONTENT_TYPE_OTHER'))) {
    c.required('content_type_other', 'The content type other field is required when content is other.');
    c.max('content_type_other', 500);
  }

  // A6 rules 9, 15, 16: categories and keywords.
  if (c.required('category')) c.enumField('category', STATEMENT_CATEGORY_VALUES, { nullable: false });
  c.enumField('category_addition', STATEMENT_CATEGORY_VALUES, { nullable: false, array: true });
  c.enumField('category_specification', KEYWORD_VALUES, { nullable: true, array: true });
  c.max('category_specification_other', 500);

  // A6 rule 17: product identifier.
  if (c.runs('content_id', true)) {
    const v = c.get('content_id');
    if (!isObject(v) || Object.keys(v).some((k) => k !== 'EAN-13')) c.add('content_id', msg.array('content_id'));
    else if (isEmptyValue(v['EAN-13'])) c.add('content_id.EAN-13', msg.required('content_id.EAN-13'));
    else if (!passesRegex(v['EAN-13'], EAN13)) c.add('content_id.EAN-13', msg.regex('content_id.EAN-13'));
  }
  if (c.exclude('content_id_ean', endpoint === 'single') && c.runs('content_id_ean', true) && !passesRegex(c.get('content_id_ean'), EAN13)) {
    c.add('content_id_ean', msg.regex('content_id_ean'));
  }

  // A6 rule 14 and the language list.
  c.enumField('territorial_scope', TERRITORIAL_SCOPE_VALUES, { nullable: true, array: true });
  c.enumField('content_language', CONTENT_LANGUAGE_VALUES, { nullable: true });

  // A6 rules 11–12: formats and bounds only; the server does not order the dates.
  if (c.required('content_date')) c.date('content_date', DATE_MIN_CONTENT, false);
  if (c.required('application_date')) c.date('application_date', DATE_MIN_APPLICATION, false);
  for (const f of ['end_date_visibility_restriction', 'end_date_monetary_restriction', 'end_date_service_restriction', 'end_date_account_restriction']) {
    c.date(f, null, true);
  }

  if (c.required('decision_facts')) c.max('decision_facts', 5000);
  if (c.required('source_type')) c.enumField('source_type', SOURCE_TYPE_VALUES, { nullable: false });
  // A6 rule 10: a voluntary decision has no notifier; the single endpoint drops the field.
  const voluntary = c.get('source_type') === 'SOURCE_VOLUNTARY';
  if (endpoint === 'batch' || c.exclude('source_identity', !voluntary)) c.max('source_identity', 500, true);
  if (c.required('automated_detection')) c.enumField('automated_detection', YES_NO_VALUES, { nullable: false });
  if (c.required('automated_decision')) c.enumField('automated_decision', AUTOMATED_DECISION_VALUES, { nullable: false });

  // A6 rule 13: the format part; uniqueness needs the platform's registry (validate-batch.ts).
  if (c.required('puid')) {
    c.max('puid', 500);
    if (!passesRegex(c.get('puid'), PUID_PATTERN)) c.add('puid', 'The puid format is invalid.');
  }

  return { errors: c.errors, data: keptData(c, endpoint) };
}

function passesRegex(v: unknown, re: RegExp): boolean {
  return (typeof v === 'string' || typeof v === 'number') && re.test(String(v));
}

function keptData(c: Checker, endpoint: TdbEndpoint): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const f of TDB_STATEMENT_FIELDS) if (c.has(f) && !c.excluded.has(f)) data[f] = c.get(f);
  if (endpoint === 'batch') {
    // The batch normaliser nulls these rather than dropping them (A4, A6 rules 9–10).
    if (!contains(data.category_specification, 'KEYWORD_OTHER')) data.category_specification_other = null;
    if (data.source_type === 'SOURCE_VOLUNTARY') data.source_identity = null;
  }
  return data;
}
