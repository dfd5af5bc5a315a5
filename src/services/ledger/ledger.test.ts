import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/clock.js';
import { GENESIS_HASH, type NewEvent } from '../../core/events.js';
import { appendEvents, appendEventsLocked, hashRecord, ledgerLockSql, readChain, readSubject, type HeadHint } from '../../store/ledger.js';
import { DirectoryCheckpointArchive } from '../../integrations/checkpoint-archive.js';
import { loadOrCreateLedgerKey, loadPublicKey, publicKeyPath } from '../../integrations/ledger-key.js';
import { ENGINES, openTestStore, type TestStore } from '../../../test/support/db.js';
import { createCheckpoint } from './checkpoint.js';
import { verifyLedger } from './verify.js';

const ev = (id: string, n: number): NewEvent<'trader.updated'> => ({
  type: 'trader.updated',
  subject: { type: 'trader', id },
  actor: { kind: 'system', id: 'test' },
  payload: { changed: [`field${n}`], status: 'active' },
});

describe.each(ENGINES)('ledger on %s (X-2)', (engine) => {
  let store: TestStore;
  let dir: string;
  const clock = new ManualClock(new Date('2026-03-01T10:00:00.123Z'));

  beforeAll(async () => {
    store = await openTestStore(engine);
    dir = mkdtempSync(path.join(tmpdir(), 'vigil-ledger-'));
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('chains events with gap-free seq and canonical hashes', async () => {
    await store.db.transaction((tx) => appendEvents(tx, clock, [ev('t1', 1), ev('t2', 2)]));
    await store.db.transaction((tx) => appendEvents(tx, clock, [ev('t1', 3)]));
    const rows = await readChain(store.db, 0, 100);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(rows[0]!.at).toBe('2026-03-01T10:00:00.123Z');
    for (const r of rows) {
      const { hash, ...rest } = r;
      expect(hashRecord(rest)).toBe(hash);
    }
    const t1 = await readSubject(store.db, 'trader', 't1', 0, 10);
    expect(t1.map((r) => r.seq)).toEqual([1, 3]);
  });

  it('rolls the event back with the transaction that failed', async () => {
    await expect(
      store.db.transaction(async (tx) => {
        await appendEvents(tx, clock, [ev('t9', 9)]);
        throw new Error('projection failed');
      }),
    ).rejects.toThrow('projection failed');
    const rows = await readChain(store.db, 0, 100);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
  });

  it('keeps seq gap-free under concurrent writers', async () => {
    await Promise.all(Array.from({ length: 12 }, (_, i) => store.db.transaction((tx) => appendEvents(tx, clock, [ev(`c${i}`, i), ev(`c${i}`, i + 100)]))));
    const rows = await readChain(store.db, 0, 1000);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
    expect(rows.length).toBe(27);
  });

  it('verifies, then names the first row that was edited, rewritten or deleted', async () => {
    const key = loadOrCreateLedgerKey(path.join(dir, 'keys', 'ledger.pem'));
    const archive = new DirectoryCheckpointArchive(path.join(dir, 'checkpoints'));
    clock.advance(60_000);
    expect(await createCheckpoint(store.db, clock, key, archive)).not.toBeNull();
    // An auditor needs only the public key.
    const auditorKey = loadPublicKey(publicKeyPath(path.join(dir, 'keys', 'ledger.pem')));
    const ok = await verifyLedger(store.db, archive, auditorKey);
    expect(ok).toMatchObject({ ok: true, rows_checked: 27, checkpoints_checked: 1, first_broken: null });

    // 1. Edit one payload in place: its own hash no longer matches.
    await store.query(`UPDATE ledger_event SET payload = '{"changed":["x"],"status":"suspended"}' WHERE seq = 5`);
    const edited = await verifyLedger(store.db, archive, auditorKey);
    expect(edited.ok).toBe(false);
    expect(edited.first_broken).toEqual({ seq: 5, reason: 'content does not match its hash' });

    // 2. Rewrite the whole chain consistently from row 5 on: only the signed checkpoint catches it.
    const rows = await readChain(store.db, 0, 1000);
    let prev = rows[3]!.hash;
    for (const r of rows.slice(4)) {
      const payload = r.seq === 5 ? { changed: ['x'], status: 'suspended' } : r.payload;
      const rest = { ...r, payload, prev_hash: prev };
      delete (rest as { hash?: string }).hash;
      const hash = hashRecord(rest);
      await store.query('UPDATE ledger_event SET payload = $1, prev_hash = $2, hash = $3 WHERE seq = $4', [JSON.stringify(payload), prev, hash, r.seq]);
      prev = hash;
    }
    const rewritten = await verifyLedger(store.db, archive, auditorKey);
    expect(rewritten.first_broken?.reason).toMatch(/signed checkpoint/);

    // 3. Truncation behind the last checkpoint is caught too.
    await store.query('DELETE FROM ledger_event WHERE seq > 20');
    const truncated = await verifyLedger(store.db, archive, auditorKey);
    expect(truncated.first_broken?.reason).toMatch(/rewritten|deleted/);
  });
});

describe.each(ENGINES)('ledger appends with a head hint on %s (X-2)', (engine) => {
  let store: TestStore;
  const clock = new ManualClock(new Date('2026-03-01T10:00:00.123Z'));
  beforeAll(async () => {
    store = await openTestStore(engine);
  });
  afterAll(async () => {
    await store.close();
  });
  const locked = (hint: HeadHint, events: NewEvent[]) => store.db.transaction(async (tx) => {
    await tx.execute(ledgerLockSql());
    return appendEventsLocked(tx, clock, events, hint);
  });
  const expectChain = async (n: number) => {
    const rows = await readChain(store.db, 0, 1000);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    rows.forEach((r, i) => {
      const { hash, ...rest } = r;
      expect(hashRecord(rest)).toBe(hash);
      expect(r.prev_hash).toBe(i === 0 ? GENESIS_HASH : rows[i - 1]!.hash);
    });
  };

  it('chains after the real head when another writer appended, or a transaction rolled back, since the hint', async () => {
    const hint: HeadHint = { head: null };
    await locked(hint, [ev('h1', 1)]);
    expect(hint.head?.seq).toBe(1);
    await store.db.transaction((tx) => appendEvents(tx, clock, [ev('h2', 2), ev('h2', 3)]));
    const after = await locked(hint, [ev('h1', 4)]);
    expect(after.map((r) => r.seq)).toEqual([4]);
    await locked(hint, [ev('h1', 5), ev('h1', 6)]);
    await expect(store.db.transaction(async (tx) => {
      await tx.execute(ledgerLockSql());
      await appendEventsLocked(tx, clock, [ev('h9', 9)], hint);
      throw new Error('projection failed');
    })).rejects.toThrow('projection failed');
    expect(hint.head?.seq).toBe(7);
    await locked(hint, [ev('h1', 7)]);
    await expectChain(7);
  });

  it('keeps seq gap-free with hinted and plain writers at once', async () => {
    const hint: HeadHint = { head: null };
    await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 3 === 0
      ? store.db.transaction((tx) => appendEvents(tx, clock, [ev(`p${i}`, i)]))
      : locked(hint, [ev(`q${i}`, i), ev(`q${i}`, i + 100)]))));
    await expectChain(7 + 4 + 8 * 2);
  });
});
