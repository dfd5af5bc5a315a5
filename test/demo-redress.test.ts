/** The demo's redress: complaints (one reversed by a different reviewer, one upheld, one open) and an out-of-court dispute. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../src/core/events.js';
import { seedRedress } from '../src/services/demo-seed/complaints.js';
import { seedModeration } from '../src/services/demo-seed/moderation.js';
import { seedCatalog } from '../src/services/demo-seed/seed.js';
import { generateDemoCatalog } from '../src/services/demo/index.js';
import { complaint, decision, odsDispute } from '../src/store/schema/index.js';
import { ENGINES } from './support/db.js';
import { createTestApp, type TestApp } from './support/app.js';

describe.each(ENGINES)('demo redress on %s', (engine) => {
  let t: TestApp;
  const size = { traders: 60, listings: 900, orders: 50, seed: 3 };
  beforeAll(async () => {
    t = await createTestApp(engine);
    await seedCatalog(t.ctx, size);
    const mk = (email: string, role: 'reviewer' | 'senior_reviewer' | 'compliance_officer') => t.ctx.auth.createUser(SYSTEM_ACTOR, { email, displayName: email, role, password: 'a long enough password' });
    const reviewer = await mk('r@demo.test', 'reviewer');
    const senior = await mk('s@demo.test', 'senior_reviewer');
    const compliance = await mk('c@demo.test', 'compliance_officer');
    await seedModeration(t.ctx, generateDemoCatalog(size), { reviewer: `user:${reviewer.id}`, senior: `user:${senior.id}` });
    expect(await seedRedress(t.ctx, { senior: { id: senior.id, name: 'S' }, compliance: { id: compliance.id, name: 'C' } })).toEqual({ complaints: 3, reversed: 1, disputes: 1 });
  }, 300_000);
  afterAll(async () => t?.close());

  it('has one reversed, one upheld and one open complaint, decided by someone other than the decider', async () => {
    const rows = await t.ctx.store.db.select().from(complaint);
    expect(rows.map((c) => c.outcome ?? 'open').sort()).toEqual(['open', 'reversed', 'upheld']);
    for (const c of rows.filter((x) => x.decidedBy)) expect(c.decidedBy).not.toBe(c.originalDecider);
    const reversed = rows.find((c) => c.outcome === 'reversed')!;
    const [d] = await t.ctx.store.db.select().from(decision).where(eq(decision.id, reversed.decisionId));
    expect(d!.status).toBe('reversed');
  });

  it('has an open out-of-court dispute with good-faith engagement', async () => {
    const [x] = await t.ctx.store.db.select().from(odsDispute);
    expect(x).toMatchObject({ status: 'open', engagement: 'engaged', bodyId: 'ODS-DEMO-DE' });
  });
});
