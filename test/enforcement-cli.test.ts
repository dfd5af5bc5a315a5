/**
 * `vigil enforcement reconcile --json` as a child process (RO-4): the exact CLI contract — one JSON
 * object with checked, unenforced, unconfirmed and fixed, nothing else on stdout — on the embedded
 * store (respecting its lock) and on PostgreSQL. The decision whose penalty was lost in a crash is
 * healed by the first run; the second run finds nothing.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '../src/store/data-dir-lock.js';
import { openStore } from '../src/store/database.js';
import { decision, listing, trader } from '../src/store/schema/index.js';
import { runVigil } from './support/child.js';
import { scratchPostgres } from './support/db.js';

/** A trader with a standing removal decision whose strike was never written (a crash between decision and penalty). */
async function seedCrash(target: { dataDir?: string; databaseUrl?: string }): Promise<void> {
  const store = await openStore(target.databaseUrl ? { databaseUrl: target.databaseUrl } : { dataDir: target.dataDir! });
  await store.migrate();
  const now = new Date();
  await store.db.insert(trader).values({ id: 'T-1', displayName: 'Shop', status: 'active', createdAt: now, updatedAt: now });
  await store.db.insert(listing).values({ id: 'L-1', traderId: 'T-1', sourceVersion: 1, version: 1, title: 'Replica', categoryPath: [], imageUrls: [], visibility: 'visible', contentHash: 'h', createdAt: now, updatedAt: now });
  await store.db.insert(decision).values({
    id: randomUUID(), subjectKind: 'listing', subjectId: 'L-1', traderId: 'T-1', action: 'remove', visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'], territorialScope: ['EU'],
    ground: 'DECISION_GROUND_ILLEGAL_CONTENT', explanation: 'test decision', category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', automatedDetection: false,
    automatedDecision: 'AUTOMATED_DECISION_NOT_AUTOMATED', sourceType: 'SOURCE_ARTICLE_16', noticeIds: [], facts: { input: {} }, decidedBy: 'user:r1',
    decidedAt: now, appliesFrom: now, effectRequired: true, status: 'effective',
  });
  await store.close();
}

const contract = (stdout: string) => {
  expect(stdout.endsWith('\n')).toBe(true);
  expect(stdout.trim().split('\n')).toHaveLength(1);
  const o = JSON.parse(stdout) as Record<string, unknown>;
  expect(Object.keys(o)).toEqual(['checked', 'unenforced', 'unconfirmed', 'fixed']);
  return o;
};

describe('vigil enforcement reconcile --json', () => {
  const dirs: string[] = [];
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    for (const d of drops) await d();
  });

  it('heals the lost penalty on the embedded store and respects its lock', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vigil-enf-'));
    dirs.push(dir);
    await seedCrash({ dataDir: path.join(dir, 'pglite') });
    const env = { VIGIL_DATA_DIR: dir, VIGIL_LOG_LEVEL: 'error' };
    const first = await runVigil(['enforcement', 'reconcile', '--json'], env);
    expect(first.code, first.stderr).toBe(0);
    expect(contract(first.stdout)).toEqual({ checked: 0, unenforced: 1, unconfirmed: 0, fixed: 1 });
    expect(first.stderr).toContain('ALERT unenforced');
    const second = await runVigil(['enforcement', 'reconcile', '--json'], env);
    expect(contract(second.stdout)).toEqual({ checked: 1, unenforced: 0, unconfirmed: 0, fixed: 0 });
    const lock = acquireDataDirLock(dir, 'test holder');
    try {
      const locked = await runVigil(['enforcement', 'reconcile', '--json'], env);
      expect(locked.code).not.toBe(0);
      expect(locked.stdout).toBe('');
      expect(locked.stderr).toMatch(/test holder|in use|locked/i);
    } finally {
      lock.release();
    }
  }, 120_000);

  it.runIf(!!process.env.DATABASE_URL)('works with DATABASE_URL', async () => {
    const db = await scratchPostgres();
    drops.push(db.drop);
    const dir = mkdtempSync(path.join(tmpdir(), 'vigil-enf-'));
    dirs.push(dir);
    await seedCrash({ databaseUrl: db.url });
    const env = { VIGIL_DATA_DIR: dir, VIGIL_LOG_LEVEL: 'error', DATABASE_URL: db.url };
    const r = await runVigil(['enforcement', 'reconcile', '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(contract(r.stdout)).toEqual({ checked: 0, unenforced: 1, unconfirmed: 0, fixed: 1 });
  }, 120_000);
});
