/**
 * Every statement of reasons the demo produces passes the Transparency Database's rules and the
 * stricter client rules, names no person, and is specific (SOR-2, SOR-3, X-4).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintSpecificity } from '../src/core/statements/specificity.js';
import { validateStatement } from '../src/core/statements/validate.js';
import type { TdbStatement } from '../src/core/statements/types.js';
import { seedCatalog } from '../src/services/demo-seed/seed.js';
import { seedModeration } from '../src/services/demo-seed/moderation.js';
import { enforcementCounts } from '../src/services/demo-seed/enforcement.js';
import { generateDemoCatalog } from '../src/services/demo/index.js';
import { exportStatements } from '../src/services/statements/export.js';
import { statementBacklog, submitPending } from '../src/services/statements/submit.js';
import { TdbEmulator } from '../src/integrations/tdb-emulator.js';
import { TransparencyDbClient } from '../src/integrations/transparency-db.js';
import { SYSTEM_ACTOR } from '../src/core/events.js';
import { ENGINES } from './support/db.js';
import { createTestApp, type TestApp } from './support/app.js';

describe.each(ENGINES)('demo statements on %s', (engine) => {
  let t: TestApp;
  const size = { traders: 60, listings: 900, orders: 50, seed: 3 };
  beforeAll(async () => {
    t = await createTestApp(engine);
    await seedCatalog(t.ctx, size);
    const reviewer = await t.ctx.auth.createUser(SYSTEM_ACTOR, { email: 'r@demo.test', displayName: 'R', role: 'reviewer', password: 'a long enough password' });
    const senior = await t.ctx.auth.createUser(SYSTEM_ACTOR, { email: 's@demo.test', displayName: 'S', role: 'senior_reviewer', password: 'a long enough password' });
    await seedModeration(t.ctx, generateDemoCatalog(size), { reviewer: `user:${reviewer.id}`, senior: `user:${senior.id}` });
  }, 300_000);
  afterAll(async () => t?.close());

  it('produces varied decisions whose statements all pass the spec', async () => {
    const all: TdbStatement[] = [];
    for await (const s of exportStatements(t.ctx.store.db)) all.push(s as TdbStatement);
    expect(all.length).toBeGreaterThanOrEqual(30);
    const kinds = new Set(all.flatMap((s) => [...(s.decision_visibility ?? []), s.decision_monetary, s.decision_provision, s.decision_account].filter(Boolean)));
    expect(kinds.size).toBeGreaterThanOrEqual(5);
    for (const s of all) {
      const v = validateStatement(s);
      expect(v.errors, s.puid).toEqual({});
      expect(lintSpecificity(s).ok, s.puid).toBe(true);
      expect(JSON.stringify(s)).not.toMatch(/Demo Notifier|notifier\d+@|reporter\d+@/);
    }
  });

  it('gives the demo\'s repeat offenders strikes: at least one trader warned and one suspended (Art. 23(1), RO-1, RO-2)', async () => {
    const c = await enforcementCounts(t.ctx);
    expect(c.strikes).toBeGreaterThanOrEqual(10);
    expect(c.warned).toBeGreaterThanOrEqual(1);
    expect(c.suspended).toBeGreaterThanOrEqual(1);
  });

  it('gives every suspension and termination of the demo its own statement, exported with the decisions\' (Art. 17(1)(c)/(d))', async () => {
    const rows = (await t.ctx.store.query<{ measure: string; status: string | null; puid: string | null }>(
      `SELECT a.measure, s.status, s.puid FROM enforcement_action a LEFT JOIN measure_statement s ON s.action_id = a.id WHERE a.measure IN ('suspension', 'termination')`,
    )).rows;
    expect(rows.length).toBeGreaterThanOrEqual(1);
    for (const r of rows) expect(r.status, r.puid ?? r.measure).toBe('pending');
    const puids = new Set<string>();
    for await (const s of exportStatements(t.ctx.store.db)) puids.add((s as TdbStatement).puid);
    for (const r of rows) expect(puids.has(r.puid!)).toBe(true);
  });

  it('has every statement accepted by the local sandbox emulator the demo submits to (Art. 24(5), SOR-4)', async () => {
    const { emulator, token } = await TdbEmulator.startSandbox('Demo Market (demo, local sandbox)');
    const client = new TransparencyDbClient({ baseUrl: emulator.url, token });
    try {
      const before = await statementBacklog(t.ctx.store.db, t.ctx.clock);
      expect(before.pending).toBeGreaterThanOrEqual(30);
      const round = await submitPending(t.ctx.store.db, t.ctx.clock, (s) => client.submitAll(s, { maxAttempts: 2 }));
      expect(round).toMatchObject({ sent: before.pending, stored: before.pending, rejected: 0, pending: 0 });
      expect(await statementBacklog(t.ctx.store.db, t.ctx.clock)).toMatchObject({ pending: 0, rejected: 0, submitted: before.pending });
      expect(emulator.stored).toHaveLength(before.pending);
      expect(() => emulator.failNext(1, { kind: 'status', status: 500 })).toThrow(/sandbox/);
    } finally {
      await client.close();
      await emulator.close();
    }
  });
});
