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
import { bulkInsertSql } from '../../store/bulk.js';
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
 * `enqueue` for many messages in two statements: the per-subject counters move by the number of
 * messages each subject gets, and the messages take consecutive numbers in the order given.
 */
export async function enqueueMany(tx: Db, clock: Clock, ms: OutboxMessage[]): Promise<{ id: string; subjectSeq: number }[]> {
  if (ms.length === 0) return [];
  const counts = new Map<string, { subjectType: string; subjectId: string; lastSeq: number }>();
  for (const m of ms) {
    const k = `${m.subject.type}\u0000${m.subject.id}`;
    const c = counts.get(k);
    if (c) c.lastSeq += 1;
    else counts.set(k, { subjectType: m.subject.type, subjectId: m.subject.id, lastSeq: 1 });
  }
  const seqs = await tx
    .insert(outboxSubjectSeq)
    .values([...counts.values()])
    .onConflictDoUpdate({ target: [outboxSubjectSeq.subjectType, outboxSubjectSeq.subjectId], set: { lastSeq: sql`${outboxSubjectSeq.lastSeq} + excluded.last_seq` } })
    .returning();
  const next = new Map(seqs.map((r) => [`${r.subjectType}\u0000${r.subjectId}`, r.lastSeq - counts.get(`${r.subjectType}\u0000${r.subjectId}`)!.lastSeq]));
  const now = clock.now();
  const rows = ms.map((m) => {
    const k = `${m.subject.type}\u0000${m.subject.id}`;
    const subjectSeq = next.get(k)! + 1;
    next.set(k, subjectSeq);
    return {
      id: randomUUID(), topic: m.topic, subjectType: m.subject.type, subjectId: m.subject.id, subjectSeq, ledgerSeq: m.ledgerSeq ?? null,
      payload: m.payload, status: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now,
    };
  });
  await tx.insert(outbox).values(rows);
  return rows.map((r) => ({ id: r.id, subjectSeq: r.subjectSeq }));
}

/**
 * The inserts that enqueue messages about subjects created in the caller's transaction (a new
 * notice id): their counters start at zero, so the numbers are known without reading them. Run
 * them with `insertTogether`; a subject that already had messages fails the insert instead of
 * reusing a number.
 */
export function newSubjectOutboxInserts(clock: Clock, ms: OutboxMessage[]): SQL[] {
  if (ms.length === 0) return [];
  const last = new Map<string, { type: string; id: string; seq: number }>();
  const now = clock.now();
  const rows = ms.map((m) => {
    const k = `${m.subject.type}\u0000${m.subject.id}`;
    const c = last.get(k) ?? { type: m.subject.type, id: m.subject.id, seq: 0 };
    c.seq += 1;
    last.set(k, c);
    return { id: randomUUID(), m, seq: c.seq };
  });
  type Row = (typeof rows)[number];
  type Seq = { type: string; id: string; seq: number };
  return [
    bulkInsertSql<Seq>('outbox_subject_seq', [
      { name: 'subject_type', type: 'text', get: (r) => r.type },
      { name: 'subject_id', type: 'text', get: (r) => r.id },
      { name: 'last_seq', type: 'bigint', get: (r) => r.seq },
    ], [...last.values()]),
    bulkInsertSql<Row>('outbox', [
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
    ], rows),
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
