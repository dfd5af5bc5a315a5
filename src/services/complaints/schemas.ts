/** Inputs of the complaint, misuse and dispute routes; the HTTP layer validates against these. */
import { Type, type Static } from 'typebox';
import { DECISION_ACTIONS } from '../../core/decisions/actions.js';
import { COMPLAINT_OUTCOMES } from '../../core/complaints/outcome.js';
import { GRAVITIES, INTENTS } from '../../core/complaints/misuse.js';
import { DISPUTE_OUTCOMES } from '../../core/disputes/ods.js';
import { EvidenceInputSchema } from '../notices/schemas.js';

const enumOf = <T extends readonly string[]>(v: T, o: object = {}) => Type.Unsafe<T[number]>({ type: 'string', enum: [...v], ...o });

/** CH-1, CH-2: the complaint form. Free, electronic, with an explanation and evidence files. */
export const ComplaintInputSchema = Type.Object(
  {
    decision_id: Type.String({ format: 'uuid' }),
    role: Type.Union([Type.Literal('affected'), Type.Literal('notifier')], { description: 'affected: the trader the decision is about; notifier: who sent the notice' }),
    token: Type.Optional(Type.String({ minLength: 10, maxLength: 100, description: "the token from the statement's complaint link (trader) or the notice's status link (notifier)" })),
    notice_id: Type.Optional(Type.String({ format: 'uuid', description: 'notifiers: the notice the decision answered' })),
    trader_id: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: "integration key only: the marketplace files on its trader's behalf" })),
    explanation: Type.String({ minLength: 20, maxLength: 5000 }),
    language: Type.Optional(Type.String({ minLength: 2, maxLength: 10 })),
    evidence: Type.Optional(Type.Array(EvidenceInputSchema, { maxItems: 5 })),
  },
  { additionalProperties: false },
);
export type ComplaintInput = Static<typeof ComplaintInputSchema>;

export const MisuseInputSchema = Type.Object(
  { gravity: enumOf(GRAVITIES), intent: enumOf(INTENTS), note: Type.String({ minLength: 10, maxLength: 2000, description: 'why it is manifestly unfounded' }) },
  { additionalProperties: false },
);
export type MisuseInput = Static<typeof MisuseInputSchema>;

export const ComplaintDecisionSchema = Type.Object(
  {
    outcome: enumOf(COMPLAINT_OUTCOMES),
    reasons: Type.String({ minLength: 20, maxLength: 5000, description: 'the reasoned decision sent to the complainant (Art. 20(5))' }),
    qualification: Type.Optional(Type.String({ minLength: 2, maxLength: 200, description: "the reviewer's qualification reference (CH-5)" })),
    modification: Type.Optional(Type.Object({ actions: Type.Array(enumOf(DECISION_ACTIONS), { minItems: 1, maxItems: 5, uniqueItems: true }) }, { additionalProperties: false })),
    manifestly_unfounded: Type.Optional(MisuseInputSchema),
  },
  { additionalProperties: false },
);
export type ComplaintDecisionInput = Static<typeof ComplaintDecisionSchema>;

export const OdsBodySchema = Type.Object(
  {
    id: Type.String({ pattern: '^[A-Za-z0-9_.-]{2,60}$' }),
    name: Type.String({ minLength: 2, maxLength: 200 }),
    certified_by: Type.String({ minLength: 2, maxLength: 200, description: 'the Digital Services Coordinator that certified the body (Art. 21(3))' }),
    member_states: Type.Array(Type.String({ pattern: '^[A-Z]{2}$' }), { minItems: 1, uniqueItems: true }),
    languages: Type.Array(Type.String({ pattern: '^[a-z]{2}$' }), { minItems: 1, uniqueItems: true }),
    url: Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 }),
    fee_cents: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])),
    fee_note: Type.String({ minLength: 2, maxLength: 1000 }),
    status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('revoked')])),
  },
  { additionalProperties: false },
);
export type OdsBodyInput = Static<typeof OdsBodySchema>;

export const DisputeInputSchema = Type.Object(
  {
    body_id: Type.String({ minLength: 2, maxLength: 60 }),
    body_reference: Type.String({ minLength: 1, maxLength: 200 }),
    decision_id: Type.String({ format: 'uuid' }),
    complaint_id: Type.Optional(Type.String({ format: 'uuid' })),
    recipient_role: Type.Union([Type.Literal('affected'), Type.Literal('notifier')]),
    received_at: Type.Optional(Type.String({ format: 'date-time', description: 'when the body received the dispute (default: now)' })),
  },
  { additionalProperties: false },
);
export type DisputeInput = Static<typeof DisputeInputSchema>;

export const DisputeStepSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('engaged'), Type.Literal('submission'), Type.Literal('refused'), Type.Literal('extended')]),
    note: Type.String({ minLength: 5, maxLength: 2000 }),
    refusal_reason: Type.Optional(Type.String({ minLength: 10, maxLength: 2000 })),
    same_matter_ref: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);
export type DisputeStepInput = Static<typeof DisputeStepSchema>;

export const DisputeOutcomeSchema = Type.Object(
  {
    outcome: enumOf(DISPUTE_OUTCOMES),
    summary: Type.String({ minLength: 10, maxLength: 5000 }),
    decided_at: Type.Optional(Type.String({ format: 'date-time' })),
    recipient_bad_faith: Type.Optional(Type.Boolean()),
    body_fee_cents: Type.Optional(Type.Integer({ minimum: 0 })),
    recipient_expenses_cents: Type.Optional(Type.Integer({ minimum: 0 })),
    recipient_advanced_cents: Type.Optional(Type.Integer({ minimum: 0 })),
    currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$' })),
    modification: Type.Optional(Type.Object({ actions: Type.Array(enumOf(DECISION_ACTIONS), { minItems: 1, maxItems: 5, uniqueItems: true }) }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
export type DisputeOutcomeInput = Static<typeof DisputeOutcomeSchema>;

export const PaymentSchema = Type.Object({ reference: Type.String({ minLength: 1, maxLength: 200 }), paid_at: Type.Optional(Type.String({ format: 'date-time' })) }, { additionalProperties: false });
