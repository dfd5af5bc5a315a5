/**
 * The trader's enforcement timeline (strikes, warning, suspension, the marketplace's confirmed
 * effect) on the trader page, and the read-only penalty-policy page with each threshold beside its
 * published clause (Art. 14, Art. 23(1); TC-1, RO-1, RO-2, RO-4).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/core/events.js';
import { applyDecisionPenalties } from '../../src/services/enforcement/apply.js';
import { confirmEnforcementEffect } from '../../src/services/enforcement/effects.js';
import { ensureDefaultTermsAndPolicy } from '../../src/services/enforcement/terms.js';
import { decision } from '../../src/store/schema/index.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { Browsers, SCREENSHOTS, signIn } from './browser.js';
import { seedMarketplace } from './seed.js';
import { ensureConsoleBuilt } from './web-build.js';

let server: TestServer;
const browsers = new Browsers();
const TRADER = { id: 'T-repeat', name: 'Repeat Offender Shop' };

beforeAll(async () => {
  ensureConsoleBuilt();
  server = await startTestServer();
  const ctx = server.ctx;
  await seedMarketplace(ctx);
  await ensureDefaultTermsAndPolicy(ctx.store.db, ctx.clock, SYSTEM_ACTOR);
  await ctx.catalog.putTrader(SYSTEM_ACTOR, TRADER.id, { display_name: TRADER.name, country: 'DE' });
  for (const n of [1, 2]) await ctx.catalog.putListing(SYSTEM_ACTOR, `L-rep-${n}`, { trader_id: TRADER.id, source_version: 1, title: `Fake designer sneakers batch ${n}`, language: 'en' });
  for (const n of [1, 2]) {
    const now = ctx.clock.now();
    await ctx.store.db.transaction(async (tx) => {
      const id = randomUUID();
      await tx.insert(decision).values({
        id, subjectKind: 'listing', subjectId: `L-rep-${n}`, traderId: TRADER.id, action: 'remove', visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'], territorialScope: ['EU'],
        ground: 'DECISION_GROUND_ILLEGAL_CONTENT', explanation: 'Counterfeit sneakers sold as genuine.', category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', automatedDetection: false,
        automatedDecision: 'AUTOMATED_DECISION_NOT_AUTOMATED', sourceType: 'SOURCE_ARTICLE_16', noticeIds: [], facts: { input: {} }, decidedBy: 'user:r1', decidedAt: now, appliesFrom: now,
        effectRequired: true, status: 'effective',
      });
      await applyDecisionPenalties(tx, ctx.clock, SYSTEM_ACTOR, id, 5);
    });
  }
  const [susp] = (await ctx.store.query<{ id: string }>(`SELECT id FROM enforcement_action WHERE measure = 'suspension'`)).rows;
  await confirmEnforcementEffect(ctx.store.db, ctx.clock, SYSTEM_ACTOR, susp!.id);
  await browsers.start();
}, 120_000);

afterAll(async () => {
  await browsers.close();
  await server?.close();
});

describe('enforcement in the console', () => {
  it('shows the trader\'s timeline and the policy in force with its published clauses', async () => {
    const reviewer = await browsers.person();
    const p = reviewer.page;
    await p.goto(`${server.url}/traders/${TRADER.id}`);
    await signIn(p);
    const section = p.getByRole('region', { name: 'Enforcement' });
    await section.getByText('Suspended', { exact: true }).waitFor();
    const rows = section.getByRole('table', { name: 'Strikes, warnings, suspensions and confirmed effects, oldest first' }).locator('tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-kind')))).toEqual(['strike', 'warning', 'strike', 'suspension', 'effect_confirmed']);
    expect(await rows.nth(3).textContent()).toContain('T-7.3');
    expect(await section.textContent()).toContain('6'); // points in force
    await p.screenshot({ path: `${SCREENSHOTS}/enforcement-timeline.png`, fullPage: true });

    await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Penalty policy' }).click();
    await p.getByRole('heading', { name: 'Penalty policy in force' }).waitFor();
    await p.getByTestId('policy-consistent').waitFor();
    const table = p.getByRole('table', { name: 'Thresholds of the penalty policy and their published clauses' });
    const suspension = table.locator('tr[data-kind="suspension"]');
    expect(await suspension.textContent()).toContain('at 6 points, for 30 days');
    expect(await suspension.textContent()).toContain('T-7.3');
    expect(await suspension.textContent()).toContain('we suspend it for 30 days');
    expect(await table.locator('tr[data-kind="warning"]').textContent()).toContain('When your strikes reach 3 points');
    await p.screenshot({ path: `${SCREENSHOTS}/penalty-policy.png`, fullPage: true });
    expect(reviewer.pageErrors).toEqual([]);
  }, 90_000);
});
