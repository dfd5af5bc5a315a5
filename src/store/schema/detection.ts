import { sql } from 'drizzle-orm';
import { bigint, boolean, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * Rule sets in the database with versions (DET-6). Files under rules/ are for import, export and
 * review in git; what screens is the one `active` row. A draft goes live only when someone other
 * than its author activates it (`activated_by`).
 */
export const ruleSetVersion = pgTable(
  'rule_set_version',
  {
    version: integer('version').primaryKey(),
    /** the rule families (one per file) as validated JSON */
    families: jsonb('families').notNull(),
    /** content version of the compiled set (rs-…), what screening results and the ledger carry */
    contentVersion: text('content_version').notNull(),
    status: text('status').notNull(),
    author: text('author').notNull(),
    note: text('note'),
    shadowRules: jsonb('shadow_rules').$type<string[]>().notNull(),
    autoActRules: jsonb('auto_act_rules').$type<string[]>().notNull(),
    createdAt: ts('created_at').notNull(),
    activatedBy: text('activated_by'),
    activatedAt: ts('activated_at'),
    retiredAt: ts('retired_at'),
  },
  (t) => [uniqueIndex('rule_set_version_one_active').on(t.status).where(sql`status = 'active'`)],
);

/** Every screening of a listing version (DET-1): the full explained result, as stored evidence. */
export const screening = pgTable(
  'screening',
  {
    id: uuid('id').primaryKey(),
    listingId: text('listing_id').notNull(),
    listingVersion: integer('listing_version').notNull(),
    /** ingest | rescan | enrichment | verdict */
    reason: text('reason').notNull(),
    /** the database rule-set version, null while the shipped rule files are live */
    ruleSetVersion: integer('rule_set_version'),
    rulesContentVersion: text('rules_content_version').notNull(),
    verdict: text('verdict').notNull(),
    score: doublePrecision('score').notNull(),
    categories: jsonb('categories').$type<string[]>().notNull(),
    signals: jsonb('signals').notNull(),
    rules: jsonb('rules').notNull(),
    ruleIds: jsonb('rule_ids').$type<string[]>().notNull(),
    shadow: jsonb('shadow').notNull(),
    degraded: jsonb('degraded').$type<string[]>().notNull(),
    versions: jsonb('versions').notNull(),
    /** what routing did: none | case | restricted | age_restricted */
    routed: text('routed').notNull(),
    caseId: uuid('case_id'),
    screenedAt: ts('screened_at').notNull(),
  },
  (t) => [index('screening_listing_idx').on(t.listingId, t.screenedAt)],
);

/** The latest result per listing (projection), so rescans compare without scanning history. */
export const detectionState = pgTable('detection_state', {
  listingId: text('listing_id').primaryKey(),
  screeningId: uuid('screening_id').notNull(),
  listingVersion: integer('listing_version').notNull(),
  verdict: text('verdict').notNull(),
  ruleIds: jsonb('rule_ids').$type<string[]>().notNull(),
  ruleSetVersion: integer('rule_set_version'),
  screenedAt: ts('screened_at').notNull(),
});

/**
 * The rules that raised a case, one row per case and rule (DET-6 feedback loop). A reviewer's
 * decision on the case labels the row; shadow rules that fired on the same listing are labelled
 * too, so their precision is known before they go live.
 */
export const detectionHit = pgTable(
  'detection_hit',
  {
    caseId: uuid('case_id').notNull(),
    ruleId: text('rule_id').notNull(),
    ruleVersion: integer('rule_version').notNull(),
    screeningId: uuid('screening_id').notNull(),
    listingId: text('listing_id').notNull(),
    shadow: boolean('shadow').notNull(),
    /** null until decided: confirmed | false_positive */
    label: text('label'),
    decisionId: uuid('decision_id'),
    createdAt: ts('created_at').notNull(),
    labelledAt: ts('labelled_at'),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.ruleId] }), index('detection_hit_unlabelled_idx').on(t.caseId).where(sql`label IS NULL`)],
);

/** Measured precision per rule and rule version: the gate for automated blocks (ruleMayAutoAct). */
export const rulePrecision = pgTable(
  'rule_precision',
  {
    ruleId: text('rule_id').notNull(),
    ruleVersion: integer('rule_version').notNull(),
    reviewedHits: integer('reviewed_hits').notNull(),
    confirmedHits: integer('confirmed_hits').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ruleId, t.ruleVersion] })],
);

/** A compliance officer's recorded reason to let a rule act below the measured-precision gate. */
export const ruleOverride = pgTable(
  'rule_override',
  {
    id: uuid('id').primaryKey(),
    ruleId: text('rule_id').notNull(),
    reason: text('reason').notNull(),
    officer: text('officer').notNull(),
    createdAt: ts('created_at').notNull(),
    revokedBy: text('revoked_by'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [index('rule_override_rule_idx').on(t.ruleId)],
);

/** Full-catalog rescans (on activation) and backtests (dry runs), batched and resumable by cursor. */
export const rescanRun = pgTable(
  'rescan_run',
  {
    id: uuid('id').primaryKey(),
    /** rescan | backtest */
    kind: text('kind').notNull(),
    ruleSetVersion: integer('rule_set_version').notNull(),
    /** backtests: the version compared against (null = the shipped files) */
    baselineVersion: integer('baseline_version'),
    /** queued | running | done | failed | cancelled */
    status: text('status').notNull(),
    cursor: text('cursor'),
    total: integer('total').notNull(),
    processed: integer('processed').notNull(),
    changed: integer('changed').notNull(),
    summary: jsonb('summary').notNull(),
    requestedBy: text('requested_by').notNull(),
    createdAt: ts('created_at').notNull(),
    startedAt: ts('started_at'),
    heartbeatAt: ts('heartbeat_at'),
    finishedAt: ts('finished_at'),
    error: text('error'),
  },
  (t) => [index('rescan_run_status_idx').on(t.status, t.createdAt)],
);

/**
 * Link resolution and image work per listing (network and CPU, so jobs): written in the ingest
 * transaction like an outbox row, claimed with leases, result kept for re-screening.
 */
export const detectionEnrichment = pgTable(
  'detection_enrichment',
  {
    listingId: text('listing_id').notNull(),
    /** links | images */
    kind: text('kind').notNull(),
    listingVersion: integer('listing_version').notNull(),
    /** pending | done | failed */
    status: text('status').notNull(),
    attempts: integer('attempts').notNull(),
    nextAttemptAt: ts('next_attempt_at').notNull(),
    result: jsonb('result'),
    lastError: text('last_error'),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.listingId, t.kind] }), index('detection_enrichment_due_idx').on(t.status, t.nextAttemptAt)],
);

/** PDQ hash banks imported from CSV `hash,label,source` (DET-4). */
export const hashBankEntry = pgTable(
  'hash_bank_entry',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    hash: text('hash').notNull(),
    label: text('label').notNull(),
    source: text('source').notNull(),
    category: text('category').notNull(),
    importId: uuid('import_id').notNull(),
    importedAt: ts('imported_at').notNull(),
  },
  (t) => [uniqueIndex('hash_bank_entry_hash_source').on(t.hash, t.source)],
);

/** Verdicts of specialised third parties and test purchases (DET-3; the AliExpress commitments). */
export const thirdPartyVerdict = pgTable(
  'third_party_verdict',
  {
    id: uuid('id').primaryKey(),
    listingId: text('listing_id').notNull(),
    /** verdict | test_purchase */
    kind: text('kind').notNull(),
    source: text('source').notNull(),
    verdict: text('verdict').notNull(),
    confidence: doublePrecision('confidence'),
    reference: text('reference'),
    submittedBy: text('submitted_by').notNull(),
    receivedAt: ts('received_at').notNull(),
  },
  (t) => [index('third_party_verdict_listing_idx').on(t.listingId, t.receivedAt)],
);
