/**
 * The one appender of the hash-chained ledger. It takes a transaction-scoped advisory lock, so
 * concurrent writers (several workers on PostgreSQL) queue and `seq` has no gaps or forks; the
 * lock is released when the caller's transaction ends, together with the projection it changed.
 */
import { createHash, randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { GENESIS_HASH, hashedFields, type LedgerRecord, type NewEvent } from '../core/events.js';
import type { Clock } from '../core/clock.js';
import { bulkInsert, type BulkColumn } from './bulk.js';
import { LOCK_IDS, type Db } from './database.js';
import { ledgerEvent } from './schema/index.js';

/** SHA-256 over the RFC 8785 canonical JSON of the hashed fields: key order and number formatting cannot cause false alarms. */
export function hashRecord(r: Omit<LedgerRecord, 'hash'>): string {
  const canonical = canonicalize(hashedFields(r));
  if (canonical === undefined) throw new Error('ledger record cannot be canonicalised');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Millisecond ISO form: the precision stored (timestamptz(3)) and hashed, so reads re-hash identically. */
export const isoMs = (d: Date): string => new Date(Math.floor(d.getTime())).toISOString();

/**
 * Appends events to the chain. MUST run inside the transaction that changes the projection, so the
 * event and the state it describes commit or roll back together.
 */
export async function appendEvents(tx: Db, clock: Clock, events: NewEvent[]): Promise<LedgerRecord[]> {
  if (events.length === 0) return [];
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${LOCK_IDS.ledger})`);
  const head = await tx.select({ seq: ledgerEvent.seq, hash: ledgerEvent.hash }).from(ledgerEvent).orderBy(sql`${ledgerEvent.seq} DESC`).limit(1);
  let seq = head[0]?.seq ?? 0;
  let prev = head[0]?.hash ?? GENESIS_HASH;
  const now = clock.now();
  const records: LedgerRecord[] = events.map((e) => {
    seq += 1;
    const base = {
      seq,
      id: randomUUID(),
      type: e.type,
      subject_type: e.subject.type,
      subject_id: e.subject.id,
      actor_kind: e.actor.kind,
      actor_id: e.actor.id,
      model_version: e.actor.modelVersion ?? null,
      // Round-trip through JSON so what is hashed is exactly what jsonb gives back (no undefined, no Dates).
      payload: JSON.parse(JSON.stringify(e.payload)) as unknown,
      at: isoMs(e.at ?? now),
      prev_hash: prev,
    };
    const hash = hashRecord(base);
    prev = hash;
    return { ...base, hash };
  });
  await bulkInsert(tx, 'ledger_event', LEDGER_COLUMNS, records);
  return records;
}

const LEDGER_COLUMNS: BulkColumn<LedgerRecord>[] = [
  { name: 'seq', type: 'bigint', get: (r) => r.seq },
  { name: 'id', type: 'uuid', get: (r) => r.id },
  { name: 'type', type: 'text', get: (r) => r.type },
  { name: 'subject_type', type: 'text', get: (r) => r.subject_type },
  { name: 'subject_id', type: 'text', get: (r) => r.subject_id },
  { name: 'actor_kind', type: 'text', get: (r) => r.actor_kind },
  { name: 'actor_id', type: 'text', get: (r) => r.actor_id },
  { name: 'model_version', type: 'text', get: (r) => r.model_version },
  { name: 'payload', type: 'jsonb', get: (r) => r.payload },
  { name: 'at', type: 'timestamptz', get: (r) => r.at },
  { name: 'prev_hash', type: 'text', get: (r) => r.prev_hash },
  { name: 'hash', type: 'text', get: (r) => r.hash },
];

export function fromRow(row: typeof ledgerEvent.$inferSelect): LedgerRecord {
  return {
    seq: row.seq, id: row.id, type: row.type, subject_type: row.subjectType, subject_id: row.subjectId,
    actor_kind: row.actorKind as LedgerRecord['actor_kind'], actor_id: row.actorId, model_version: row.modelVersion,
    payload: row.payload, at: isoMs(row.at), prev_hash: row.prevHash, hash: row.hash,
  };
}

/** Rows after `afterSeq`, in chain order (verification and exports page through the chain). */
export async function readChain(db: Db, afterSeq: number, limit: number): Promise<LedgerRecord[]> {
  const rows = await db.select().from(ledgerEvent).where(gt(ledgerEvent.seq, afterSeq)).orderBy(asc(ledgerEvent.seq)).limit(limit);
  return rows.map(fromRow);
}

/** One subject's history, oldest first, paged by seq. */
export async function readSubject(db: Db, subjectType: string, subjectId: string, afterSeq: number, limit: number): Promise<LedgerRecord[]> {
  const rows = await db
    .select()
    .from(ledgerEvent)
    .where(and(eq(ledgerEvent.subjectType, subjectType), eq(ledgerEvent.subjectId, subjectId), gt(ledgerEvent.seq, afterSeq)))
    .orderBy(asc(ledgerEvent.seq))
    .limit(limit);
  return rows.map(fromRow);
}

export async function readHead(db: Db): Promise<{ seq: number; hash: string } | null> {
  const head = await db.select({ seq: ledgerEvent.seq, hash: ledgerEvent.hash }).from(ledgerEvent).orderBy(sql`${ledgerEvent.seq} DESC`).limit(1);
  return head[0] ?? null;
}

export async function readRowAt(db: Db, seq: number): Promise<LedgerRecord | null> {
  const rows = await db.select().from(ledgerEvent).where(eq(ledgerEvent.seq, seq)).limit(1);
  return rows[0] ? fromRow(rows[0]) : null;
}
