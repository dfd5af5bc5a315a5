/**
 * The one appender of the hash-chained ledger. It takes a transaction-scoped advisory lock, so
 * concurrent writers (several workers on PostgreSQL) queue and `seq` has no gaps or forks; the
 * lock is released when the caller's transaction ends, together with the projection it changed.
 */
import { createHash, randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';
import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import { GENESIS_HASH, hashedFields, type LedgerRecord, type NewEvent } from '../core/events.js';
import type { Clock } from '../core/clock.js';
import { bulkInsert, bulkInsertSql, type BulkColumn } from './bulk.js';
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
  await tx.execute(ledgerLockSql());
  const head = await tx.select({ seq: ledgerEvent.seq, hash: ledgerEvent.hash }).from(ledgerEvent).orderBy(sql`${ledgerEvent.seq} DESC`).limit(1);
  const records = chainRecords(events, head[0] ?? null, clock.now());
  await bulkInsert(tx, 'ledger_event', LEDGER_COLUMNS, records);
  return records;
}

/** The statement that takes the ledger's lock until the transaction ends (`appendEventsLocked` needs it taken). */
export const ledgerLockSql = (): SQL => sql`SELECT pg_advisory_xact_lock(${LOCK_IDS.ledger})`;

/** Where a writer believes the chain ends: a hint for `appendEventsLocked`, checked there, never trusted. */
export interface HeadHint {
  head: { seq: number; hash: string } | null;
}

/**
 * `appendEvents` for a hot path that took the ledger's lock earlier in its transaction (with
 * `ledgerLockSql`, e.g. as part of its last insert) and keeps a `HeadHint`: the records are chained
 * to the hinted head and inserted by one statement only if that still is the head, so the usual
 * head read is saved whenever no other writer appended since. Otherwise nothing is inserted, the
 * statement returns the real head and the records are chained again and inserted (one more
 * statement). The lock held makes the head read in that statement current.
 */
export async function appendEventsLocked(tx: Db, clock: Clock, events: NewEvent[], hint: HeadHint): Promise<LedgerRecord[]> {
  if (events.length === 0) return [];
  const now = clock.now();
  let records: LedgerRecord[];
  if (hint.head) {
    records = chainRecords(events, hint.head, now);
    const guard = sql`WHERE (SELECT seq FROM head) = ${hint.head.seq}::bigint AND (SELECT hash FROM head) = ${hint.head.hash}`;
    const r = (await tx.execute(sql`WITH head AS (SELECT seq, hash FROM ledger_event ORDER BY seq DESC LIMIT 1),
      ins AS (${bulkInsertSql('ledger_event', LEDGER_COLUMNS, records, guard)} RETURNING 1)
      SELECT (SELECT seq FROM head)::text AS seq, (SELECT hash FROM head) AS hash, (SELECT count(*) FROM ins)::int AS inserted`)) as unknown as { rows: { seq: string | null; hash: string | null; inserted: number }[] };
    const row = r.rows[0]!;
    if (Number(row.inserted) === 0) {
      records = chainRecords(events, row.seq === null ? null : { seq: Number(row.seq), hash: row.hash! }, now);
      await bulkInsert(tx, 'ledger_event', LEDGER_COLUMNS, records);
    }
  } else {
    const head = await tx.select({ seq: ledgerEvent.seq, hash: ledgerEvent.hash }).from(ledgerEvent).orderBy(sql`${ledgerEvent.seq} DESC`).limit(1);
    records = chainRecords(events, head[0] ?? null, now);
    await bulkInsert(tx, 'ledger_event', LEDGER_COLUMNS, records);
  }
  // If this transaction rolls back, the hint is wrong and the next append finds out.
  const last = records[records.length - 1]!;
  hint.head = { seq: last.seq, hash: last.hash };
  return records;
}

/** The events as ledger records chained after `head` (null: the genesis). */
function chainRecords(events: NewEvent[], head: { seq: number; hash: string } | null, now: Date): LedgerRecord[] {
  let seq = head?.seq ?? 0;
  let prev = head?.hash ?? GENESIS_HASH;
  return events.map((e) => {
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
