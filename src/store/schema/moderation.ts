import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** Trusted flaggers awarded by a Digital Services Coordinator (Art. 22, TF-1). */
export const trustedFlagger = pgTable('trusted_flagger', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  awardingMemberState: text('awarding_member_state').notNull(),
  expertiseCategories: jsonb('expertise_categories').$type<string[]>().notNull(),
  status: text('status').notNull(),
  createdAt: ts('created_at').notNull(),
});

/**
 * Notices (Art. 16). The notifier's name, e-mail and explanation are personal data: they live here,
 * never in the ledger, and can be erased.
 */
export const notice = pgTable(
  'notice',
  {
    id: uuid('id').primaryKey(),
    idempotencyKey: text('idempotency_key').unique(),
    sourceType: text('source_type').notNull(),
    trustedFlaggerId: text('trusted_flagger_id'),
    category: text('category'),
    keyword: text('keyword'),
    explanation: text('explanation').notNull(),
    notifierName: text('notifier_name'),
    notifierEmail: text('notifier_email'),
    goodFaith: boolean('good_faith').notNull(),
    memberStates: jsonb('member_states').$type<string[]>().notNull(),
    legalGround: text('legal_ground'),
    language: text('language'),
    status: text('status').notNull(),
    statusTokenHash: text('status_token_hash').notNull(),
    receivedAt: ts('received_at').notNull(),
    knowledgeAt: ts('knowledge_at'),
    acknowledgedAt: ts('acknowledged_at'),
    decidedAt: ts('decided_at'),
    outcome: text('outcome'),
  },
  (t) => [index('notice_received_idx').on(t.receivedAt), index('notice_flagger_idx').on(t.trustedFlaggerId)],
);

/** The exact electronic locations a notice names (Art. 16(2)(b)); resolved to items when known. */
export const noticeLocation = pgTable(
  'notice_location',
  {
    noticeId: uuid('notice_id').notNull().references(() => notice.id),
    position: integer('position').notNull(),
    url: text('url'),
    itemKind: text('item_kind'),
    itemId: text('item_id'),
    caseId: uuid('case_id'),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.position] }), index('notice_location_item_idx').on(t.itemKind, t.itemId)],
);

/** Evidence files attached to notices, stored content-addressed outside the database. */
export const evidenceFile = pgTable('evidence_file', {
  id: uuid('id').primaryKey(),
  ownerType: text('owner_type').notNull(),
  ownerId: text('owner_id').notNull(),
  sha256: text('sha256').notNull(),
  contentType: text('content_type').notNull(),
  bytes: bigint('bytes', { mode: 'number' }).notNull(),
  fileName: text('file_name'),
  createdAt: ts('created_at').notNull(),
});

/** Orders of judicial or administrative authorities (Arts. 9, 10; GPSR Art. 22(4); NA-8). */
export const authorityOrder = pgTable('authority_order', {
  id: uuid('id').primaryKey(),
  idempotencyKey: text('idempotency_key').unique(),
  kind: text('kind').notNull(),
  gpsr: boolean('gpsr').notNull(),
  authority: text('authority').notNull(),
  memberState: text('member_state').notNull(),
  legalBasis: text('legal_basis').notNull(),
  territorialScope: jsonb('territorial_scope').$type<string[]>().notNull(),
  category: text('category'),
  explanation: text('explanation'),
  receivedAt: ts('received_at').notNull(),
  dueAt: ts('due_at'),
  acknowledgedAt: ts('acknowledged_at'),
  effectGivenAt: ts('effect_given_at'),
});

/** One open case per subject, aggregating notices, detection hits and orders. */
export const moderationCase = pgTable(
  'moderation_case',
  {
    id: uuid('id').primaryKey(),
    subjectKind: text('subject_kind').notNull(),
    subjectId: text('subject_id').notNull(),
    status: text('status').notNull(),
    queue: text('queue').notNull(),
    priority: integer('priority').notNull(),
    category: text('category'),
    language: text('language'),
    openedAt: ts('opened_at').notNull(),
    knowledgeAt: ts('knowledge_at'),
    dueAt: ts('due_at'),
    clocks: jsonb('clocks').notNull(),
    claimedBy: text('claimed_by'),
    claimExpiresAt: ts('claim_expires_at'),
    escalatedAt: ts('escalated_at'),
    closedAt: ts('closed_at'),
  },
  (t) => [
    uniqueIndex('moderation_case_open_subject').on(t.subjectKind, t.subjectId).where(sql`status <> 'closed'`),
    index('moderation_case_queue_idx').on(t.status, t.queue, t.priority, t.openedAt),
  ],
);

/** What fed a case: notices, detection hits, orders. */
export const caseLink = pgTable(
  'case_link',
  {
    caseId: uuid('case_id').notNull().references(() => moderationCase.id),
    kind: text('kind').notNull(),
    refId: text('ref_id').notNull(),
    addedAt: ts('added_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.kind, t.refId] })],
);

/** The item as the buyer saw it, content-addressed, at case opening and at decision (URLs die after removal). */
export const itemSnapshot = pgTable(
  'item_snapshot',
  {
    sha256: text('sha256').primaryKey(),
    itemKind: text('item_kind').notNull(),
    itemId: text('item_id').notNull(),
    content: jsonb('content').notNull(),
    takenAt: ts('taken_at').notNull(),
  },
  (t) => [index('item_snapshot_item_idx').on(t.itemKind, t.itemId)],
);

/** Decisions (Art. 17): what was restricted, where, for how long, on which ground, by whom or what. */
export const decision = pgTable(
  'decision',
  {
    id: uuid('id').primaryKey(),
    idempotencyKey: text('idempotency_key').unique(),
    caseId: uuid('case_id'),
    subjectKind: text('subject_kind').notNull(),
    subjectId: text('subject_id').notNull(),
    traderId: text('trader_id'),
    action: text('action').notNull(),
    visibility: jsonb('visibility').$type<string[]>().notNull(),
    monetary: text('monetary'),
    provision: text('provision'),
    account: text('account'),
    endsAt: ts('ends_at'),
    territorialScope: jsonb('territorial_scope').$type<string[]>().notNull(),
    ground: text('ground').notNull(),
    legalGround: text('legal_ground'),
    referenceUrl: text('reference_url'),
    clauseRef: text('clause_ref'),
    explanation: text('explanation').notNull(),
    category: text('category').notNull(),
    keyword: text('keyword'),
    automatedDetection: boolean('automated_detection').notNull(),
    automatedDecision: text('automated_decision').notNull(),
    sourceType: text('source_type').notNull(),
    noticeIds: jsonb('notice_ids').$type<string[]>().notNull(),
    orderId: uuid('order_id'),
    facts: jsonb('facts').notNull(),
    decidedBy: text('decided_by').notNull(),
    secondReviewer: text('second_reviewer'),
    decidedAt: ts('decided_at').notNull(),
    appliesFrom: ts('applies_from').notNull(),
    effectRequired: boolean('effect_required').notNull(),
    effectDueAt: ts('effect_due_at'),
    effectConfirmedAt: ts('effect_confirmed_at'),
    status: text('status').notNull(),
    reversedAt: ts('reversed_at'),
  },
  (t) => [index('decision_subject_idx').on(t.subjectKind, t.subjectId), index('decision_effect_idx').on(t.effectRequired, t.effectConfirmedAt, t.effectDueAt)],
);

/**
 * The columns every stored statement of reasons has, whatever it is about (a decision, or a
 * measure of the penalty policy): both records, the Transparency Database submission state, and
 * the redress status (Arts. 20, 21: `reversed` or `modified` once a complaint, a dispute or a
 * withdrawal changed what it states).
 */
export const statementRecordColumns = () => ({
  puid: text('puid').notNull().unique(),
  payload: jsonb('payload').notNull(),
  traderMessage: jsonb('trader_message').notNull(),
  tdbRequired: boolean('tdb_required').notNull(),
  status: text('status').notNull(),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: ts('next_attempt_at'),
  submittedAt: ts('submitted_at'),
  tdbUuid: text('tdb_uuid'),
  lastError: text('last_error'),
  createdAt: ts('created_at').notNull(),
  redressStatus: text('redress_status'),
  redressAt: ts('redress_at'),
});

/** Statements of reasons: the trader's and the Transparency Database's; PUID = decision id, never reused. */
export const statement = pgTable(
  'statement',
  {
    decisionId: uuid('decision_id').primaryKey().references(() => decision.id),
    ...statementRecordColumns(),
  },
  (t) => [index('statement_status_idx').on(t.status, t.nextAttemptAt), index('statement_created_idx').on(t.createdAt, t.decisionId)],
);

/** Art. 18: suspicions of criminal offences threatening life or safety, forwarded to the authority. */
export const escalation = pgTable('escalation', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').notNull(),
  authority: text('authority').notNull(),
  memberState: text('member_state').notNull(),
  reason: text('reason').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: ts('created_at').notNull(),
  forwardedAt: ts('forwarded_at'),
});
