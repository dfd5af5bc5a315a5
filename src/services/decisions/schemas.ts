/** The decision form: it cannot be submitted without what the statement of reasons needs (Art. 17(3)). */
import { Type, type Static } from 'typebox';
import { DECISION_ACTIONS } from '../../core/decisions/actions.js';
import { KEYWORD_VALUES, STATEMENT_CATEGORY_VALUES } from '../../core/statements/categories.js';
import { TERRITORIAL_SCOPE_VALUES } from '../../core/statements/places.js';
import { ExternalId } from '../catalog/schemas.js';

const enumOf = <T extends readonly string[]>(v: T) => Type.Unsafe<T[number]>({ type: 'string', enum: [...v] });

export const DecisionInputSchema = Type.Object(
  {
    actions: Type.Array(enumOf(DECISION_ACTIONS), { minItems: 1, maxItems: 5, uniqueItems: true }),
    ground: Type.Union([Type.Literal('illegal'), Type.Literal('incompatible')], { description: 'Art. 17(3)(d) illegal content or (e) incompatible with the terms' }),
    legal_ground: Type.Optional(Type.String({ minLength: 5, maxLength: 500, description: 'the provision relied on (required for illegal content)' })),
    clause: Type.Optional(Type.String({ minLength: 3, maxLength: 500, description: 'the terms-and-conditions clause (required for incompatible content)' })),
    explanation: Type.String({ minLength: 20, maxLength: 2000, description: 'why the item is illegal or breaches the clause' }),
    reference_url: Type.Optional(Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 })),
    category: enumOf(STATEMENT_CATEGORY_VALUES.filter((c) => c !== 'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE')),
    keyword: enumOf(KEYWORD_VALUES),
    keyword_other: Type.Optional(Type.String({ minLength: 3, maxLength: 500 })),
    territorial_scope: Type.Union([Type.Literal('EU'), Type.Literal('EEA'), Type.Array(enumOf(TERRITORIAL_SCOPE_VALUES), { minItems: 1, uniqueItems: true })]),
    end_date: Type.Optional(Type.String({ format: 'date', description: 'last day of a temporary restriction (absent = indefinite)' })),
    failed_attribute: Type.Optional(Type.String({ minLength: 3, maxLength: 200 })),
    finding: Type.Optional(Type.String({ minLength: 10, maxLength: 1000 })),
    also_illegal: Type.Optional(Type.Boolean()),
    deceptive_high_volume: Type.Optional(Type.Boolean({ description: 'Art. 17(2): deceptive high-volume commercial content' })),
    threat_to_life_or_safety: Type.Optional(Type.Boolean({ description: 'Art. 18: forward to the competent authority' })),
    also_items: Type.Optional(Type.Array(Type.Object({ kind: Type.Literal('listing'), id: ExternalId }, { additionalProperties: false }), {
      maxItems: 500, description: 'other listings of the same cluster: one decision and one statement each',
    })),
  },
  { additionalProperties: false },
);

export type DecisionFormInput = Static<typeof DecisionInputSchema>;
