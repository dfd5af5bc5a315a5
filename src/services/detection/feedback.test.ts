import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/events.js';
import { decision } from '../../store/schema/index.js';
import { ENGINES } from '../../../test/support/db.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import type { AutoBlock } from './route.js';

const RX = 'medicine.rx-without-prescription';
const offer = (n: number) => ({ trader_id: 'T-1', source_version: 1, title: `Tramadol 100mg, no prescription needed (${n})`, price: 30, currency: 'EUR' });

describe.each(ENGINES)('feedback loop and the auto-action gate on %s', (engine) => {
  let t: TestApp;
  let officer: string;
  const blocks: AutoBlock[] = [];
  const q = <T>(text: string, params: unknown[] = []) => t.ctx.store.query<T>(text, params).then((r) => r.rows);
  let n = 0;
  const screenNew = async () => {
    const id = `RX-${++n}`;
    await t.ctx.catalog.putListing(SYSTEM_ACTOR, id, offer(n));
    return (await t.ctx.detection.screening.latest(id))!;
  };
  const decide = async (caseId: string, listingId: string, action: string) => {
    const id = randomUUID();
    const now = new Date();
    await t.ctx.store.db.insert(decision).values({
      id, caseId, subjectKind: 'listing', subjectId: listingId, action, visibility: [], territorialScope: ['EU'], ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
      explanation: 'test', category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', automatedDetection: true, automatedDecision: 'AUTOMATED_DECISION_PARTIALLY',
      sourceType: 'SOURCE_VOLUNTARY', noticeIds: [], facts: {}, decidedBy: 'api_key:r', decidedAt: now, appliesFrom: now, effectRequired: false, status: 'effective',
    });
    return id;
  };
  const stats = async () => (await q<{ reviewed_hits: number; confirmed_hits: number }>(`SELECT reviewed_hits, confirmed_hits FROM rule_precision WHERE rule_id = $1 AND rule_version = 1`, [RX]))[0];
  const setStats = (reviewed: number, confirmed: number) => t.ctx.store.query(`UPDATE rule_precision SET reviewed_hits = $1, confirmed_hits = $2 WHERE rule_id = $3`, [reviewed, confirmed, RX]);

  beforeAll(async () => {
    t = await createTestApp(engine, { env: { VIGIL_RULES_POLL_SECONDS: '0' } });
    officer = (await t.ctx.auth.createApiKey(SYSTEM_ACTOR, { name: 'co', role: 'compliance_officer' })).key;
    t.ctx.detection.hooks.onAutoBlock = async (_tx, b) => { blocks.push(b); };
    await t.ctx.catalog.putTrader(SYSTEM_ACTOR, 'T-1', { display_name: 'Shop', created_at: '2020-01-01T00:00:00Z' });
  }, 60_000);
  afterAll(async () => t?.close());

  it('labels hits from decisions: an action confirms, no_action is a false positive, a reversal undoes a confirmation', async () => {
    const a = await screenNew();
    const b = await screenNew();
    expect([a.verdict, b.verdict]).toEqual(['review', 'review']);
    expect(await t.ctx.detection.feedback.label()).toEqual({ labelled: 0, reversed: 0 }); // nothing decided yet
    const da = await decide(a.case_id!, 'RX-1', 'remove');
    await decide(b.case_id!, 'RX-2', 'no_action');
    const r = await t.ctx.detection.feedback.label();
    expect(r.labelled).toBeGreaterThanOrEqual(2);
    expect(await stats()).toEqual({ reviewed_hits: 2, confirmed_hits: 1 });
    expect(await q(`SELECT label FROM detection_hit WHERE listing_id = 'RX-2' AND rule_id = $1`, [RX])).toEqual([{ label: 'false_positive' }]);
    expect((await t.ctx.detection.feedback.label()).labelled).toBe(0); // labelled once only
    await t.ctx.store.query(`UPDATE decision SET reversed_at = now() WHERE id = $1`, [da]);
    expect((await t.ctx.detection.feedback.label()).reversed).toBeGreaterThanOrEqual(1);
    expect(await stats()).toEqual({ reviewed_hits: 2, confirmed_hits: 0 });
  });

  it('blocks automatically only at precision ≥ 0.98 over ≥ 200 reviewed hits', async () => {
    await setStats(200, 197);
    const blocked = await screenNew();
    expect(blocked).toMatchObject({ verdict: 'block', routed: 'restricted' });
    expect(blocks.map((x) => x.listingId)).toEqual([blocked.listing_id]);
    const [msg] = await q<{ payload: { rules: { id: string }[]; evidence: { evidence: string }[]; statement: { automated_decision: string } } }>(
      `SELECT payload FROM outbox WHERE topic = 'listing.restricted' AND subject_id = $1`, [blocked.listing_id]);
    expect(msg!.payload.rules.map((x) => x.id)).toContain(RX);
    expect(msg!.payload.evidence.map((e) => e.evidence.toLowerCase())).toContain('tramadol');
    expect(msg!.payload.statement.automated_decision).toBe('AUTOMATED_DECISION_FULLY');
    expect(await q(`SELECT queue FROM moderation_case WHERE subject_id = $1`, [blocked.listing_id])).toEqual([{ queue: 'detection' }]);

    await setStats(200, 195); // 0.975
    expect(await screenNew()).toMatchObject({ verdict: 'review', routed: 'case' });
    await setStats(150, 150); // perfect, but too few reviewed hits
    expect((await screenNew()).verdict).toBe('review');
    const report = (await t.app.inject({ method: 'GET', url: '/api/v1/rules/precision', headers: t.auth(t.keys.trustee) })).json();
    expect(report.rules.find((r: { rule_id: string }) => r.rule_id === RX)).toMatchObject({ reviewed_hits: 150, precision: 1, may_auto_act: false, auto_act: true });
  });

  it("lets a compliance officer's recorded reason open the gate, and revoking it close it again", async () => {
    const url = `/api/v1/rules/${RX}/override`;
    const reason = 'Confirmed by the national medicines agency: every hit so far was an illegal offer.';
    expect((await t.app.inject({ method: 'PUT', url, headers: t.auth(t.keys.admin), payload: { reason } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'PUT', url, headers: t.auth(officer), payload: { reason: 'short' } })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/rules/no.such-rule/override', headers: t.auth(officer), payload: { reason } })).statusCode).toBe(404);
    const put = await t.app.inject({ method: 'PUT', url, headers: t.auth(officer), payload: { reason } });
    expect(put.statusCode).toBe(201);
    expect(put.json()).toMatchObject({ rule_id: RX, officer: expect.stringMatching(/^api_key:/) });
    expect((await screenNew()).verdict).toBe('block');
    expect((await t.app.inject({ method: 'DELETE', url, headers: t.auth(officer) })).statusCode).toBe(204);
    expect((await screenNew()).verdict).toBe('review');
    const overrides = (await t.app.inject({ method: 'GET', url: '/api/v1/rules/overrides', headers: t.auth(t.keys.reviewer) })).json();
    expect(overrides.items[0]).toMatchObject({ rule_id: RX, revoked_at: expect.any(String) });
  });
});
