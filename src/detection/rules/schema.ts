import { Type } from 'typebox';
import { SCREEN_VERDICTS } from '../../core/detection/screening.js';
import { VIGIL_CATEGORIES } from '../lexicons/categories.js';
import { FINDING_KINDS } from '../signals/findings.js';

/** JSON Schema (TypeBox) of a rule family file; the single source for validation and docs. */
const strings = Type.Array(Type.String({ minLength: 1 }), { minItems: 1 });
const memberStates = Type.Array(Type.String({ pattern: '^[A-Z]{2}$' }), { minItems: 1 });
const verdict = Type.Enum([...SCREEN_VERDICTS]);

const SignalMatch = Type.Object({
  signal: Type.Enum([...FINDING_KINDS]),
  category: Type.Optional(Type.Array(Type.Enum([...VIGIL_CATEGORIES]), { minItems: 1 })),
  role: Type.Optional(Type.Enum(['item', 'cue'])),
  cue: Type.Optional(strings),
  strength: Type.Optional(Type.Enum(['strong', 'weak'])),
  tags: Type.Optional(strings),
  brand: Type.Optional(Type.Boolean()),
  fields: Type.Optional(strings),
  external: Type.Optional(Type.Boolean()),
  shortener: Type.Optional(Type.Boolean()),
  blocklist: Type.Optional(strings),
  messenger: Type.Optional(Type.Boolean()),
  affiliate: Type.Optional(Type.Boolean()),
  obfuscated: Type.Optional(Type.Boolean()),
  email: Type.Optional(Type.Boolean()),
  contact: Type.Optional(Type.Array(Type.Enum(['phone', 'messenger_handle', 'social_handle']), { minItems: 1 })),
  maxRatio: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
  maxAgeDays: Type.Optional(Type.Number({ minimum: 0 })),
  minSimilarity: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  minCount: Type.Optional(Type.Integer({ minimum: 1 })),
  minRate: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  verdict: Type.Optional(strings),
  minConfidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  maxDistance: Type.Optional(Type.Integer({ minimum: 0 })),
  inText: Type.Optional(Type.Boolean()),
  count: Type.Optional(Type.Integer({ minimum: 1 })),
}, { additionalProperties: false });

const Condition = Type.Cyclic({
  Condition: Type.Object({
    all: Type.Optional(Type.Array(Type.Ref('Condition'), { minItems: 1 })),
    any: Type.Optional(Type.Array(Type.Ref('Condition'), { minItems: 1 })),
    not: Type.Optional(Type.Ref('Condition')),
    has: Type.Optional(SignalMatch),
    near: Type.Optional(Type.Object({ a: SignalMatch, b: SignalMatch, chars: Type.Integer({ minimum: 1, maximum: 500 }) }, { additionalProperties: false })),
    listing: Type.Optional(Type.Object({
      categoryContains: Type.Optional(strings),
      maxPrice: Type.Optional(Type.Number({ minimum: 0 })),
      minPrice: Type.Optional(Type.Number({ minimum: 0 })),
      language: Type.Optional(strings),
    }, { additionalProperties: false, minProperties: 1 })),
  }, { additionalProperties: false, minProperties: 1, maxProperties: 1 }),
}, 'Condition');

const Fixture = Type.Object({
  name: Type.String({ minLength: 1 }),
  listing: Type.Object({ id: Type.String({ minLength: 1 }), title: Type.String() }),
  fires: Type.Boolean(),
  verdict: Type.Optional(verdict),
}, { additionalProperties: false });

export const RuleSchema = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]*$', maxLength: 100 }),
  version: Type.Integer({ minimum: 1 }),
  description: Type.String({ minLength: 1 }),
  category: Type.Enum([...VIGIL_CATEGORIES]),
  severity: Type.Enum(['low', 'medium', 'high', 'critical']),
  action: verdict,
  autoAct: Type.Boolean(),
  shadow: Type.Boolean(),
  score: Type.Number({ minimum: 0, maximum: 1 }),
  scope: Type.Optional(Type.Object({ include: Type.Optional(memberStates), exclude: Type.Optional(memberStates) }, { additionalProperties: false })),
  overrides: Type.Optional(Type.Array(Type.Object({
    memberStates, action: Type.Optional(verdict), shadow: Type.Optional(Type.Boolean()), disabled: Type.Optional(Type.Boolean()),
  }, { additionalProperties: false }))),
  legalGround: Type.Object({
    requirement: Type.String({ pattern: '^[A-Z]+-\\d+' }),
    sorCategory: Type.String({ pattern: '^STATEMENT_CATEGORY_[A-Z_]+$' }),
    sorKeyword: Type.String({ pattern: '^KEYWORD_[A-Z_]+$' }),
    sorOther: Type.Optional(Type.String({ maxLength: 500 })),
    reference: Type.Optional(Type.String()),
  }, { additionalProperties: false }),
  when: Condition,
  unless: Type.Optional(Condition),
  fixtures: Type.Optional(Type.Array(Fixture)),
}, { additionalProperties: false });

export const RuleFamilySchema = Type.Object({
  family: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }),
  description: Type.String({ minLength: 1 }),
  failMode: Type.Enum(['open', 'closed']),
  rules: Type.Array(RuleSchema, { minItems: 1 }),
}, { additionalProperties: false });
