/** The notice form (Art. 16(2)): exactly the statutory elements, nothing that would discourage reporting (NA-9). */
import { Type, type Static } from 'typebox';
import { ITEM_KINDS } from '../../core/catalog/types.js';
import { KEYWORD_VALUES, STATEMENT_CATEGORY_VALUES } from '../../core/statements/categories.js';
import { TERRITORIAL_SCOPE_VALUES } from '../../core/statements/places.js';
import { ExternalId } from '../catalog/schemas.js';

const oneOf = <T extends readonly string[]>(values: T, description?: string) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });

export const NoticeLocationSchema = Type.Object(
  {
    url: Type.Optional(Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2000, description: 'the exact URL of the item' })),
    item: Type.Optional(Type.Object({ kind: oneOf(ITEM_KINDS), id: ExternalId }, { additionalProperties: false })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const EvidenceInputSchema = Type.Object(
  {
    file_name: Type.String({ minLength: 1, maxLength: 200 }),
    data_base64: Type.String({ minLength: 1, maxLength: 7_000_000, description: 'file content, base64 (at most 5 MB decoded)' }),
  },
  { additionalProperties: false },
);

export const NoticeInputSchema = Type.Object(
  {
    locations: Type.Array(NoticeLocationSchema, { minItems: 1, maxItems: 50, description: 'one or more exact locations (Art. 16(2)(b))' }),
    explanation: Type.String({ minLength: 10, maxLength: 10_000, description: 'why the information is illegal (Art. 16(2)(a))' }),
    notifier: Type.Optional(Type.Object({
      name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
      email: Type.Optional(Type.String({ format: 'email', maxLength: 320 })),
    }, { additionalProperties: false })),
    good_faith: Type.Literal(true, { description: 'bona fide statement that the notice is accurate and complete (Art. 16(2)(d))' }),
    category: Type.Optional(oneOf(STATEMENT_CATEGORY_VALUES.filter((c) => c !== 'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE'))),
    keyword: Type.Optional(oneOf(KEYWORD_VALUES)),
    member_states: Type.Optional(Type.Array(oneOf(TERRITORIAL_SCOPE_VALUES), { maxItems: 30, uniqueItems: true })),
    legal_ground: Type.Optional(Type.String({ maxLength: 500 })),
    language: Type.Optional(Type.String({ pattern: '^[a-z]{2}$' })),
    child_sexual_abuse: Type.Optional(Type.Boolean({ description: 'notices of CSAM may be anonymous (Art. 16(2)(c))' })),
    evidence: Type.Optional(Type.Array(EvidenceInputSchema, { maxItems: 5 })),
  },
  { additionalProperties: false },
);

export type NoticeInput = Static<typeof NoticeInputSchema>;
