import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { statementRecordColumns } from './moderation.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** Published terms versions (Art. 14, TC-1); the version in force is the latest whose effective_from has passed. */
export const termsVersion = pgTable('terms_version', {
  version: text('version').primaryKey(),
  effectiveFrom: ts('effective_from').notNull(),
  significant: boolean('significant').notNull(),
  contentHash: text('content_hash').notNull(),
  publishedAt: ts('published_at').notNull(),
  publishedBy: text('published_by'),
});

/** The clauses of a terms version, each with the reason codes it covers. */
export const termsClause = pgTable(
  'terms_clause',
  {
    version: text('version').notNull().references(() => termsVersion.version),
    clauseId: text('clause_id').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    appliesTo: jsonb('applies_to').$type<string[]>().notNull(),
    reasonCodes: jsonb('reason_codes').$type<string[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.version, t.clauseId] })],
);

/** Penalty policies (Art. 23(1)); the one in force is the latest activated. */
export const penaltyPolicy = pgTable('penalty_policy', {
  version: text('version').primaryKey(),
  termsVersion: text('terms_version').notNull().references(() => termsVersion.version),
  config: jsonb('config').notNull(),
  activatedAt: ts('activated_at').notNull(),
  activatedBy: text('activated_by'),
});

/**
 * Strikes (RO-1): one per (decision, actor); `seq` orders an actor's strikes so measures can name
 * the strike that triggered them (idempotent evaluation). Withdrawn strikes stay, marked.
 */
export const strike = pgTable(
  'strike',
  {
    id: uuid('id').primaryKey(),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id').notNull(),
    seq: integer('seq').notNull(),
    decisionId: uuid('decision_id').notNull(),
    category: text('category').notNull(),
    severity: text('severity').notNull(),
    points: integer('points').notNull(),
    clauseId: text('clause_id').notNull(),
    policyVersion: text('policy_version').notNull(),
    intent: text('intent'),
    recordedAt: ts('recorded_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    withdrawnAt: ts('withdrawn_at'),
    withdrawnReason: text('withdrawn_reason'),
  },
  (t) => [
    uniqueIndex('strike_decision_actor').on(t.decisionId, t.actorType, t.actorId),
    uniqueIndex('strike_actor_seq').on(t.actorType, t.actorId, t.seq),
    index('strike_decision_idx').on(t.decisionId),
  ],
);

/** Measures taken under the policy (RO-2): warnings, time-boxed suspensions, terminations, and their effect. */
export const enforcementAction = pgTable(
  'enforcement_action',
  {
    id: uuid('id').primaryKey(),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id').notNull(),
    measure: text('measure').notNull(),
    triggerSeq: integer('trigger_seq').notNull(),
    clauseId: text('clause_id').notNull(),
    policyVersion: text('policy_version').notNull(),
    points: integer('points').notNull(),
    immediate: boolean('immediate').notNull(),
    factors: jsonb('factors').notNull(),
    takenAt: ts('taken_at').notNull(),
    until: ts('until'),
    status: text('status').notNull(),
    effectRequired: boolean('effect_required').notNull(),
    effectDueAt: ts('effect_due_at'),
    effectConfirmedAt: ts('effect_confirmed_at'),
    resentCount: integer('resent_count').notNull().default(0),
    liftedAt: ts('lifted_at'),
    liftReason: text('lift_reason'),
    liftConfirmedAt: ts('lift_confirmed_at'),
  },
  (t) => [
    uniqueIndex('enforcement_action_trigger').on(t.actorType, t.actorId, t.measure, t.triggerSeq),
    index('enforcement_action_actor_idx').on(t.actorType, t.actorId, t.takenAt),
    index('enforcement_action_effect_idx').on(t.effectRequired, t.effectConfirmedAt).where(sql`status = 'active'`),
  ],
);

/** Current standing per actor (projection of strikes and measures) for fast reads and reconciliation. */
export const enforcementStanding = pgTable(
  'enforcement_standing',
  {
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id').notNull(),
    lastSeq: integer('last_seq').notNull(),
    points: integer('points').notNull(),
    state: text('state').notNull(),
    warnedAt: ts('warned_at'),
    suspendedUntil: ts('suspended_until'),
    terminatedAt: ts('terminated_at'),
    policyVersion: text('policy_version').notNull(),
    evaluatedAt: ts('evaluated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.actorType, t.actorId] }), index('enforcement_standing_state_idx').on(t.state)],
);

/**
 * Statements of reasons for suspensions and terminations taken under the policy (Art. 17(1)(c)/(d),
 * Art. 24(5)): one per measure, PUID = measure id. A table of their own, not decision rows, so the
 * decision drift job, complaints, strikes and reconciliation never see them; the Transparency
 * Database submitter and the statement export read both tables.
 */
export const measureStatement = pgTable(
  'measure_statement',
  {
    actionId: uuid('action_id').primaryKey().references(() => enforcementAction.id),
    // redress_status is `reversed` once the measure was lifted because its strikes were withdrawn.
    ...statementRecordColumns(),
  },
  (t) => [index('measure_statement_status_idx').on(t.status, t.nextAttemptAt), index('measure_statement_created_idx').on(t.createdAt, t.actionId)],
);
