/**
 * The transactional outbox. `enqueue` runs inside the transaction of the change it announces; the
 * delivery job claims due rows with a lease (FOR UPDATE SKIP LOCKED), so several workers never send
 * the same row at once and a worker that dies mid-send leaves the row to be retried when the lease
 * ends. Receivers de-duplicate on the row id.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, lte, sql, type SQL } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Subject } from '../../core/events.js';
import { bulkInsertSql, type BulkColumn } from '../../store/bulk.js';
import type { Db } from '../../store/database.js';
import { outbox, outboxSubjectSeq } from '../../store/schema/index.js';
import { decodeCursor, encodeCursor, type Page } from '../pagination.js';

export const OUTBOX_LEASE_MS = 60_000;

export interface OutboxMessage {
  topic: string;
  subject: Subject;
  payload: unknown;
  ledgerSeq?: number | null;
}

export async function enqueue(tx: Db, clock: Clock, m: OutboxMessage): Promise<{ id: string; subjectSeq: number }> {
  const [seq] = await tx
    .insert(outboxSubjectSeq)
    .values({ subjectType: m.subject.type, subjectId: m.subject.id, lastSeq: 1 })
    .onConflictDoUpdate({ target: [outboxSubjectSeq.subjectType, outboxSubjectSeq.subjectId], set: { lastSeq: sql`${outboxSubjectSeq.lastSeq} + 1` } })
    .returning({ lastSeq: outboxSubjectSeq.lastSeq });
  const id = randomUUID();
  const now = clock.now();
  await tx.insert(outbox).values({
    id, topic: m.topic, subjectType: m.subject.type, subjectId: m.subject.id, subjectSeq: seq!.lastSeq, ledgerSeq: m.ledgerSeq ?? null,
    payload: m.payload, status: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now,
  });
  return { id, subjectSeq: seq!.lastSeq };
}

/**
 * `enqueue` for many messages in two statements, however many there are: each subject's counter
 * moves by the number of its messages, which take consecutive numbers in the order given.
 */
export async function enqueueMany(tx: Db, clock: Clock, ms: readonly OutboxMessage[]): Promise<{ id: string; subjectSeq: number }[]> {
  if (ms.length === 0) return [];
  const counts = new Map<string, SeqRow>();
  for (const m of ms) {
    const k = subjectKey(m);
    const c = counts.get(k);
    if (c) c.seq += 1;
    else counts.set(k, { type: m.subject.type, id: m.subject.id, seq: 1 });
  }
  const subjects = [...counts.values()];
  const seqs = ((await tx.execute(sql`INSERT INTO outbox_subject_seq (subject_type, subject_id, last_seq)
    SELECT * FROM unnest(${sql.param(subjects.map((c) => c.type))}::text[], ${sql.param(subjects.map((c) => c.id))}::text[], ${sql.param(subjects.map((c) => c.seq))}::bigint[])
    ON CONFLICT (subject_type, subject_id) DO UPDATE SET last_seq = outbox_subject_seq.last_seq + excluded.last_seq
    RETURNING subject_type, subject_id, last_seq`)) as unknown as { rows: { subject_type: string; subject_id: string; last_seq: number | string }[] }).rows;
  const next = new Map(seqs.map((r) => {
    const k = `${r.subject_type}\u0000${r.subject_id}`;
    return [k, Number(r.last_seq) - counts.get(k)!.seq];
  }));
  const rows = ms.map((m) => {
    const k = subjectKey(m);
    const seq = next.get(k)! + 1;
    next.set(k, seq);
    return { id: randomUUID(), m, seq };
  });
  await tx.execute(bulkInsertSql('outbox', outboxColumns(clock.now()), rows));
  return rows.map((r) => ({ id: r.id, subjectSeq: r.seq }));
}

const subjectKey = (m: OutboxMessage) => `${m.subject.type}\u0000${m.subject.id}`;
type SeqRow = { type: string; id: string; seq: number };
type NewOutboxRow = { id: string; m: OutboxMessage; seq: number };
const outboxColumns = (now: Date): BulkColumn<NewOutboxRow>[] => [
  { name: 'id', type: 'uuid', get: (r) => r.id },
  { name: 'topic', type: 'text', get: (r) => r.m.topic },
  { name: 'subject_type', type: 'text', get: (r) => r.m.subject.type },
  { name: 'subject_id', type: 'text', get: (r) => r.m.subject.id },
  { name: 'subject_seq', type: 'bigint', get: (r) => r.seq },
  { name: 'ledger_seq', type: 'bigint', get: (r) => r.m.ledgerSeq ?? null },
  { name: 'payload', type: 'jsonb', get: (r) => r.m.payload },
  { name: 'status', type: 'text', get: () => 'pending' },
  { name: 'attempts', type: 'int', get: () => 0 },
  { name: 'next_attempt_at', type: 'timestamptz', get: () => now },
  { name: 'created_at', type: 'timestamptz', get: () => now },
];

/**
 * The inserts that enqueue messages about subjects created in the caller's transaction (a new
 * notice id): their counters start at zero, so the numbers are known without reading them. Run
 * them with `insertTogether`; a subject that already had messages fails the insert instead of
 * reusing a number.
 */
export function newSubjectOutboxInserts(clock: Clock, ms: readonly OutboxMessage[]): SQL[] {
  if (ms.length === 0) return [];
  const last = new Map<string, SeqRow>();
  const rows = ms.map((m) => {
    const k = subjectKey(m);
    const c = last.get(k) ?? { type: m.subject.type, id: m.subject.id, seq: 0 };
    c.seq += 1;
    last.set(k, c);
    return { id: randomUUID(), m, seq: c.seq };
  });
  return [
    bulkInsertSql<SeqRow>('outbox_subject_seq', [
      { name: 'subject_type', type: 'text', get: (r) => r.type },
      { name: 'subject_id', type: 'text', get: (r) => r.id },
      { name: 'last_seq', type: 'bigint', get: (r) => r.seq },
    ], [...last.values()]),
    bulkInsertSql('outbox', outboxColumns(clock.now()), rows),
  ];
}

export type OutboxRow = typeof outbox.$inferSelect;

/** Topics starting with `mail.` go to the mail transport; everything else is a webhook to the marketplace. */
export type Channel = 'webhook' | 'mail';
const channelFilter = (c: Channel) => (c === 'mail' ? sql`${outbox.topic} LIKE 'mail.%'` : sql`${outbox.topic} NOT LIKE 'mail.%'`);

/** Claims up to `limit` due rows for one delivery attempt each (lease-based; safe across workers). */
export async function claimDue(db: Db, clock: Clock, limit: number, channel: Channel = 'webhook'): Promise<OutboxRow[]> {
  const now = clock.now();
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now), channelFilter(channel)))
      .orderBy(asc(outbox.nextAttemptAt), asc(outbox.subjectSeq))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(outbox)
      .set({ attempts: sql`${outbox.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + OUTBOX_LEASE_MS) })
      .where(sql`${outbox.id} IN (${sql.join(due.map((d) => sql`${d.id}`), sql`, `)})`)
      .returning();
  });
}

/** Exponential backoff with full jitter: 5 s, 10 s, 20 s … capped at one hour. */
export function backoffMs(attempts: number, random = Math.random): number {
  const cap = Math.min(3_600_000, 5_000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(cap / 2 + (random() * cap) / 2);
}

export async function markDelivered(db: Db, clock: Clock, id: string): Promise<void> {
  await db.update(outbox).set({ status: 'delivered', deliveredAt: clock.now(), lastError: null }).where(eq(outbox.id, id));
}

export async function markFailed(db: Db, clock: Clock, row: OutboxRow, error: string, maxAttempts: number): Promise<'retry' | 'dead'> {
  const dead = row.attempts >= maxAttempts;
  await db
    .update(outbox)
    .set({ status: dead ? 'dead' : 'pending', lastError: error.slice(0, 1000), nextAttemptAt: new Date(clock.now().getTime() + backoffMs(row.attempts)) })
    .where(eq(outbox.id, row.id));
  return dead ? 'dead' : 'retry';
}

export const presentOutbox = (r: OutboxRow) => ({
  id: r.id, topic: r.topic, subject: { type: r.subjectType, id: r.subjectId, seq: r.subjectSeq }, status: r.status, attempts: r.attempts,
  next_attempt_at: r.nextAttemptAt.toISOString(), last_error: r.lastError, created_at: r.createdAt.toISOString(),
  delivered_at: r.deliveredAt?.toISOString() ?? null, payload: r.payload,
});

/** The dead-letter view: messages that exhausted their attempts, newest first. */
export async function listByStatus(db: Db, status: string, cursor: string | undefined, limit: number): Promise<Page<ReturnType<typeof presentOutbox>>> {
  const before = decodeCursor<string>(cursor, 'string');
  const rows = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.status, status), before ? sql`${outbox.createdAt} < ${new Date(before)}` : undefined))
    .orderBy(desc(outbox.createdAt))
    .limit(limit + 1);
  const more = rows.length > limit;
  const items = (more ? rows.slice(0, limit) : rows).map(presentOutbox);
  return { items, next_cursor: more ? encodeCursor(items[items.length - 1]!.created_at) : null };
}

export async function redeliver(db: Db, clock: Clock, id: string): Promise<void> {
  const r = await db.update(outbox).set({ status: 'pending', attempts: 0, nextAttemptAt: clock.now() }).where(and(eq(outbox.id, id), eq(outbox.status, 'dead'))).returning({ id: outbox.id });
  if (r.length === 0) throw new DomainError('not_found', `no dead-lettered message ${id}`);
}

export async function countByStatus(db: Db): Promise<Record<string, number>> {
  const rows = await db.select({ status: outbox.status, n: sql<number>`count(*)::int` }).from(outbox).groupBy(outbox.status);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
