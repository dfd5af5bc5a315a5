// Art. 14, Art. 23(1); TC-1, RO-1, RO-2, RO-4: terms, policy and enforcement over the real HTTP app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/clock.js';
import { DEFAULT_POLICY } from '../../core/enforcement/default-policy.js';
import { SYSTEM_ACTOR } from '../../core/events.js';
import { DEFAULT_TERMS } from '../../core/terms/default-terms.js';
import { ENGINES } from '../../../test/support/db.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';

describe.each(ENGINES)('terms and enforcement API on %s', (engine) => {
  let t: TestApp;
  let officer: string;
  const clock = new ManualClock(new Date('2026-09-15T08:00:00Z'));
  beforeAll(async () => {
    t = await createTestApp(engine, { clock, env: { VIGIL_PUBLIC_RATE_LIMIT: '1000' } });
    officer = (await t.ctx.auth.createApiKey(SYSTEM_ACTOR, { name: 'co', role: 'compliance_officer' })).key;
    await t.ctx.catalog.putTrader(SYSTEM_ACTOR, 'T-7', { display_name: 'Lux Watches Ltd', country: 'HK' });
    for (const n of [1, 2]) await t.ctx.catalog.putListing(SYSTEM_ACTOR, `L-${n}`, { trader_id: 'T-7', source_version: 1, title: `Rolex Submariner 1:1 replica AAA no. ${n}`, price: 49, currency: 'EUR', language: 'en' });
  });
  afterAll(async () => t?.close());
  const co = () => t.auth(officer);

  it('publishes terms idempotently and lists the clauses in force publicly, machine-readable', async () => {
    expect((await t.app.inject({ url: '/api/v1/terms' })).statusCode).toBe(404);
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/terms', headers: co(), payload: DEFAULT_TERMS });
    expect(r.statusCode).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/terms', headers: co(), payload: DEFAULT_TERMS })).statusCode).toBe(200);
    const changed = { ...DEFAULT_TERMS, clauses: DEFAULT_TERMS.clauses.slice(1) };
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/terms', headers: co(), payload: changed })).json().error.code).toBe('conflict');
    const pub = await t.app.inject({ url: '/api/v1/terms' });
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({ version: '2026-01', clauses: expect.arrayContaining([expect.objectContaining({ clause_id: 'T-4.3', reason_codes: ['STATEMENT_CATEGORY_SCAMS_AND_FRAUD'] })]) });
    expect((await t.app.inject({ url: '/api/v1/terms/versions' })).json().items).toHaveLength(1);
  });

  it('refuses bad terms and a policy the published text does not state, naming each field', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/terms', headers: co(), payload: { ...DEFAULT_TERMS, version: '2026-02', clauses: [{ ...DEFAULT_TERMS.clauses[0], clause_id: 'seven' }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('clauses.0.clause_id');
    const off = structuredClone(DEFAULT_POLICY);
    off.version = 'penalties-bad';
    off.ladder[1]!.days = 14;
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/enforcement/policy', headers: co(), payload: off });
    expect(r.statusCode).toBe(422);
    expect(r.json().error).toMatchObject({ code: 'policy_terms_mismatch', details: [{ path: 'clauses/T-7.3', problem: 'text states days [30], the policy applies [14]' }] });
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/enforcement/policy', headers: t.auth(t.keys.reviewer), payload: DEFAULT_POLICY })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/enforcement/policy', headers: co(), payload: DEFAULT_POLICY })).statusCode).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/enforcement/policy', headers: co(), payload: DEFAULT_POLICY })).statusCode).toBe(200);
    const view = (await t.app.inject({ url: '/api/v1/enforcement/policy', headers: t.auth(t.keys.trustee) })).json();
    expect(view.mismatches).toEqual([]);
    expect(view.thresholds).toContainEqual(expect.objectContaining({ kind: 'suspension', value: 'at 6 points, for 30 days', clause_id: 'T-7.3', clause_title: 'Suspension' }));
  });

  it('turns decisions taken through the API into strikes, a warning and a confirmed suspension', async () => {
    const rev = t.auth(t.keys.reviewer);
    const decide = async (listing: string) => {
      const n = await t.app.inject({ method: 'POST', url: '/api/v1/notices', payload: {
        locations: [{ item: { kind: 'listing', id: listing } }], explanation: 'Counterfeit Rolex watch sold as a 1:1 replica; the brand owner never made it.',
        notifier: { name: 'Rita Rights', email: 'rita@brand.example' }, good_faith: true, category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', language: 'en',
      } });
      expect(n.statusCode).toBe(201);
      const caseId = n.json().case_ids[0];
      await t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/claim`, headers: rev });
      const d = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/decisions`, headers: rev, payload: {
        actions: ['remove'], ground: 'incompatible', clause: 'T-4.3 Scams and fraud',
        explanation: 'The listing sells a replica as the genuine product at a price no genuine product has, which deceives buyers.',
        category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keyword: 'KEYWORD_INAUTHENTIC_LISTINGS', territorial_scope: 'EU',
        failed_attribute: 'product title and price', finding: 'the title offers a "1:1 replica" of a Rolex Submariner watch at 49 EUR as if genuine',
      } });
      expect(d.statusCode, d.body).toBe(201);
      return d.json().decision_ids[0] as string;
    };
    await decide('L-1');
    clock.advance(3_600_000);
    await decide('L-2');
    const e = (await t.app.inject({ url: '/api/v1/enforcement/trader/T-7', headers: t.auth(t.keys.integration) })).json();
    expect(e.standing).toMatchObject({ state: 'suspended', points: 6, suspended_until: '2026-10-15T09:00:00.000Z' });
    expect(e.measures.map((m: { measure: string }) => m.measure)).toEqual(['warning', 'suspension']);
    const susp = e.measures[1].id;
    const warning = e.measures[0].id;
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/enforcement/actions/${warning}/effects`, headers: t.auth(t.keys.integration), payload: {} })).json().error.code).toBe('invalid_state');
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/enforcement/actions/${susp}/effects`, headers: rev, payload: {} })).statusCode).toBe(403);
    clock.advance(90_000);
    const c = await t.app.inject({ method: 'POST', url: `/api/v1/enforcement/actions/${susp}/effects`, headers: t.auth(t.keys.integration), payload: {} });
    expect(c.json()).toMatchObject({ kind: 'measure', already: false, seconds_after_measure: 90 });
    const tl = (await t.app.inject({ url: '/api/v1/enforcement/trader/T-7/timeline', headers: rev })).json().items.map((i: { kind: string }) => i.kind);
    expect(tl).toEqual(['strike', 'warning', 'strike', 'suspension', 'effect_confirmed']);
    const rec = await t.app.inject({ method: 'POST', url: '/api/v1/enforcement/reconcile', headers: co() });
    expect(rec.json()).toEqual({ checked: 1, unenforced: 0, unconfirmed: 0, fixed: 0 });
  });

  it('answers bad input with clear codes', async () => {
    expect((await t.app.inject({ url: '/api/v1/enforcement/seller/T-7', headers: t.auth(t.keys.reviewer) })).json().error.code).toBe('invalid_params');
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/enforcement/actions/nope/effects', headers: t.auth(t.keys.integration), payload: {} })).json().error.code).toBe('invalid_params');
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/enforcement/actions/6f1c3a52-51c0-4b7e-9a43-2d5c9f0e7a11/effects', headers: t.auth(t.keys.integration), payload: {} })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/terms?version=9999' })).statusCode).toBe(404);
  });
});
