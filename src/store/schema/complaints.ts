import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * Internal complaints (Art. 20, CH-1..CH-6). The explanation is personal data written by a person:
 * it lives here, never in the ledger. One complaint per decision and complainant (the natural key
 * makes a retried submission return the first one).
 */
export const complaint = pgTable(
  'complaint',
  {
    id: uuid('id').primaryKey(),
    idempotencyKey: text('idempotency_key').unique(),
    decisionId: uuid('decision_id').notNull(),
    /** CH-1: `affected` (the trader) or `notifier`. */
    complainantRole: text('complainant_role').notNull(),
    /** Who complains: `trader:<id>` or `notice:<id>`; with the decision, the natural key. */
    complainantRef: text('complainant_ref').notNull(),
    /** Misuse identity (Art. 23(2)): `trader:<id>` or `email:<sha256 of the lower-cased address>`. */
    complainantKey: text('complainant_key').notNull(),
    /** Art. 20(1)(a)–(d): the kind of decision complained about. */
    basis: text('basis').notNull(),
    explanation: text('explanation').notNull(),
    language: text('language').notNull(),
    /** Copied from the decision for the metrics (CH-6). */
    category: text('category').notNull(),
    detectionRule: text('detection_rule'),
    originalDecider: text('original_decider').notNull(),
    informedAt: ts('informed_at').notNull(),
    windowClosesAt: ts('window_closes_at').notNull(),
    receivedAt: ts('received_at').notNull(),
    status: text('status').notNull(),
    claimedBy: text('claimed_by'),
    claimExpiresAt: ts('claim_expires_at'),
    outcome: text('outcome'),
    reasons: text('reasons'),
    modification: jsonb('modification'),
    decidedBy: text('decided_by'),
    reviewerQualification: text('reviewer_qualification'),
    decidedAt: ts('decided_at'),
    notifiedAt: ts('notified_at'),
    manifestlyUnfounded: boolean('manifestly_unfounded').notNull().default(false),
  },
  (t) => [
    uniqueIndex('complaint_natural_key').on(t.decisionId, t.complainantRole, t.complainantRef),
    index('complaint_queue_idx').on(t.status, t.receivedAt),
    index('complaint_key_idx').on(t.complainantKey, t.receivedAt),
  ],
);

/**
 * A decision reversed or modified on redress (a complaint, Art. 20(4), or an out-of-court body's
 * outcome, Art. 21): what the marketplace must undo, and its confirmation (as for decisions).
 */
export const decisionRedress = pgTable(
  'decision_redress',
  {
    id: uuid('id').primaryKey(),
    decisionId: uuid('decision_id').notNull(),
    source: text('source').notNull(),
    sourceId: uuid('source_id').notNull(),
    kind: text('kind').notNull(),
    restriction: jsonb('restriction'),
    at: ts('at').notNull(),
    effectRequired: boolean('effect_required').notNull(),
    effectDueAt: ts('effect_due_at'),
    effectConfirmedAt: ts('effect_confirmed_at'),
  },
  (t) => [uniqueIndex('decision_redress_source').on(t.source, t.sourceId), index('decision_redress_decision_idx').on(t.decisionId)],
);

/** Certified out-of-court dispute settlement bodies (Art. 21(3), ODS-1). */
export const odsBody = pgTable('ods_body', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  certifiedBy: text('certified_by').notNull(),
  memberStates: jsonb('member_states').$type<string[]>().notNull(),
  languages: jsonb('languages').$type<string[]>().notNull(),
  url: text('url').notNull(),
  feeCents: integer('fee_cents'),
  feeNote: text('fee_note').notNull(),
  status: text('status').notNull(),
  createdAt: ts('created_at').notNull(),
});

/** Disputes before a certified body (Art. 21, ODS-2..ODS-4). */
export const odsDispute = pgTable(
  'ods_dispute',
  {
    id: uuid('id').primaryKey(),
    bodyId: text('body_id').notNull().references(() => odsBody.id),
    bodyReference: text('body_reference').notNull(),
    decisionId: uuid('decision_id').notNull(),
    complaintId: uuid('complaint_id'),
    recipientRole: text('recipient_role').notNull(),
    receivedAt: ts('received_at').notNull(),
    dueAt: ts('due_at').notNull(),
    extended: boolean('extended').notNull().default(false),
    status: text('status').notNull(),
    engagement: text('engagement').notNull(),
    refusalReason: text('refusal_reason'),
    sameMatterRef: uuid('same_matter_ref'),
    outcome: text('outcome'),
    outcomeSummary: text('outcome_summary'),
    decidedAt: ts('decided_at'),
    implemented: boolean('implemented'),
    implementedAt: ts('implemented_at'),
    recipientBadFaith: boolean('recipient_bad_faith').notNull().default(false),
  },
  (t) => [uniqueIndex('ods_dispute_body_ref').on(t.bodyId, t.bodyReference), index('ods_dispute_status_idx').on(t.status, t.dueAt)],
);

/** Good-faith engagement (ODS-2): each step the platform took in a dispute. */
export const odsEngagement = pgTable(
  'ods_engagement',
  {
    disputeId: uuid('dispute_id').notNull().references(() => odsDispute.id),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    note: text('note').notNull(),
    by: text('by').notNull(),
    at: ts('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.disputeId, t.position] })],
);

/** Fees and reimbursements (Art. 21(5), ODS-3): what is owed, by whom, and when it was paid. */
export const odsPayment = pgTable(
  'ods_payment',
  {
    id: uuid('id').primaryKey(),
    disputeId: uuid('dispute_id').notNull().references(() => odsDispute.id),
    kind: text('kind').notNull(),
    payer: text('payer').notNull(),
    payee: text('payee').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    status: text('status').notNull(),
    dueAt: ts('due_at'),
    paidAt: ts('paid_at'),
    reference: text('reference'),
  },
  (t) => [index('ods_payment_dispute_idx').on(t.disputeId)],
);

/**
 * Misuse (Art. 23(2)–(3), RO-1, RO-2): a notice or complaint a reviewer found manifestly
 * unfounded, per actor. Actor keys are `email:<sha256>` or `trader:<id>`, never a plain address.
 */
export const misuseFlag = pgTable(
  'misuse_flag',
  {
    id: uuid('id').primaryKey(),
    actorType: text('actor_type').notNull(),
    actorKey: text('actor_key').notNull(),
    refType: text('ref_type').notNull(),
    refId: text('ref_id').notNull(),
    gravity: text('gravity').notNull(),
    intent: text('intent').notNull(),
    note: text('note').notNull(),
    flaggedBy: text('flagged_by').notNull(),
    at: ts('at').notNull(),
  },
  (t) => [uniqueIndex('misuse_flag_ref').on(t.refType, t.refId), index('misuse_flag_actor_idx').on(t.actorType, t.actorKey, t.at)],
);

/** Each Art. 23(3) assessment with the four factors it weighed and what followed. */
export const misuseAssessment = pgTable(
  'misuse_assessment',
  {
    id: uuid('id').primaryKey(),
    actorType: text('actor_type').notNull(),
    actorKey: text('actor_key').notNull(),
    assessedAt: ts('assessed_at').notNull(),
    factors: jsonb('factors').notNull(),
    result: text('result').notNull(),
    suspendedUntil: ts('suspended_until'),
    policyVersion: text('policy_version').notNull(),
  },
  (t) => [index('misuse_assessment_actor_idx').on(t.actorType, t.actorKey, t.assessedAt)],
);

/**
 * The current misuse standing per actor: the one row intake reads (primary-key lookup), so a
 * notifier with no standing costs one index probe and nothing more.
 */
export const misuseStanding = pgTable(
  'misuse_standing',
  {
    actorType: text('actor_type').notNull(),
    actorKey: text('actor_key').notNull(),
    warnedAt: ts('warned_at'),
    suspendedFrom: ts('suspended_from'),
    suspendedUntil: ts('suspended_until'),
    lastAssessmentId: uuid('last_assessment_id'),
  },
  (t) => [primaryKey({ columns: [t.actorType, t.actorKey] })],
);
