/** Request schemas for terms and penalty policies (TypeBox: validation, types and the OpenAPI document). */
import { Type } from 'typebox';
import { MEASURES, SEVERITIES } from '../../core/enforcement/policy.js';

const ClauseId = Type.String({ pattern: '^[A-Z]{1,3}-\\d{1,3}(\\.\\d{1,3})?$', description: 'e.g. T-7.2' });
const enumOf = <T extends readonly string[]>(v: T) => Type.Unsafe<T[number]>({ type: 'string', enum: [...v] });

export const TermsSchema = Type.Object({
  version: Type.String({ pattern: '^[\\w.-]{1,40}$' }),
  effective_from: Type.String({ format: 'date-time' }),
  significant: Type.Boolean({ description: 'Art. 14(2): recipients must be told of the change' }),
  clauses: Type.Array(Type.Object({
    clause_id: ClauseId,
    title: Type.String({ minLength: 3, maxLength: 200 }),
    text: Type.String({ minLength: 20, maxLength: 5000 }),
    applies_to: Type.Array(Type.String({ minLength: 2, maxLength: 40 }), { maxItems: 20 }),
    reason_codes: Type.Array(Type.String({ minLength: 3, maxLength: 100 }), { maxItems: 50 }),
  }, { additionalProperties: false }), { minItems: 1, maxItems: 500 }),
}, { additionalProperties: false });

const Days = Type.Integer({ minimum: 1, maximum: 3650 });
const Points = Type.Integer({ minimum: 1, maximum: 1000 });
const Severity = Type.Object({ points: Points, expiry_days: Days, clause: ClauseId, immediate_termination: Type.Optional(Type.Boolean()) }, { additionalProperties: false });
const Category = Type.Object({ severity: enumOf(SEVERITIES), clause: ClauseId }, { additionalProperties: false });

export const PolicySchema = Type.Object({
  version: Type.String({ pattern: '^[\\w.-]{1,60}$' }),
  terms_version: Type.String({ pattern: '^[\\w.-]{1,40}$' }),
  qualifying_actions: Type.Array(Type.String({ pattern: '^[a-z_]{2,40}$' }), { minItems: 1, maxItems: 10, uniqueItems: true }),
  severities: Type.Object({ low: Severity, medium: Severity, high: Severity, grave: Severity }, { additionalProperties: false }),
  categories: Type.Record(Type.String({ pattern: '^STATEMENT_CATEGORY_[A-Z_]+$' }), Category),
  default_category: Category,
  ladder: Type.Array(Type.Object({ measure: enumOf(MEASURES), at_points: Points, clause: ClauseId, days: Type.Optional(Days) }, { additionalProperties: false }), { minItems: 1, maxItems: 3 }),
  warning_valid_days: Days,
  affiliate: Type.Object({ penalised: Type.Boolean(), clause: ClauseId }, { additionalProperties: false }),
}, { additionalProperties: false });
