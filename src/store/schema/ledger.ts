import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The append-only, hash-chained event log. Rows are never updated or deleted; personal data
 * never goes into `payload` (it lives in side tables referenced by id), so erasure leaves the chain
 * verifiable.
 */
export const ledgerEvent = pgTable(
  'ledger_event',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().unique(),
    type: text('type').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id'),
    modelVersion: text('model_version'),
    payload: jsonb('payload').notNull(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('ledger_event_subject_idx').on(t.subjectType, t.subjectId, t.seq), index('ledger_event_type_idx').on(t.type, t.at)],
);

/** Signed chain heads (Ed25519). Also exported outside the database, where a rewrite cannot reach. */
export const ledgerCheckpoint = pgTable('ledger_checkpoint', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  hash: text('hash').notNull(),
  signedAt: timestamp('signed_at', { withTimezone: true, precision: 3 }).notNull(),
  keyId: text('key_id').notNull(),
  signature: text('signature').notNull(),
});
