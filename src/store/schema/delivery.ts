import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The outbox: side effects written in the same transaction as the change that causes them and
 * delivered later by jobs, with retries and an idempotency key (the row id).
 */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey(),
    topic: text('topic').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    subjectSeq: bigint('subject_seq', { mode: 'number' }).notNull(),
    ledgerSeq: bigint('ledger_seq', { mode: 'number' }),
    payload: jsonb('payload').notNull(),
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, precision: 3 }).notNull(),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [index('outbox_due_idx').on(t.status, t.nextAttemptAt), index('outbox_subject_idx').on(t.subjectType, t.subjectId, t.subjectSeq)],
);

/** Last per-subject sequence number handed out, so receivers can order what they get. */
export const outboxSubjectSeq = pgTable(
  'outbox_subject_seq',
  {
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.subjectType, t.subjectId] })],
);

/** Effect keys: a job handler records what it already did, in the transaction that did it. */
export const jobEffect = pgTable('job_effect', {
  key: text('key').primaryKey(),
  doneAt: timestamp('done_at', { withTimezone: true, precision: 3 }).notNull(),
  result: jsonb('result'),
});
