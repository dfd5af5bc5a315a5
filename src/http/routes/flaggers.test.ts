/**
 * Trusted flaggers' accuracy over a period and the configured report threshold (Art. 22(6), TF-2):
 * counts, unfounded share, notices outside the expertise, median time from receipt to decision,
 * and which flaggers cross the threshold; the report package applies the same threshold.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/clock.js';
import { SYSTEM_ACTOR } from '../../core/events.js';
import { ENGINES } from '../../../test/support/db.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';

const IP = 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS';
const ACT = {
  actions: ['remove'], ground: 'illegal', legal_ground: 'Regulation (EU) 2017/1001, Article 9(2) - use of a sign identical to an EU trade mark',
  explanation: 'The listing offers a counterfeit watch bearing the protected trade mark without the holder’s consent.',
  category: IP, keyword: 'KEYWORD_TRADEMARK_INFRINGEMENT', territorial_scope: 'EU',
  failed_attribute: 'product title and brand', finding: 'the dial shows the protected brand logo on a watch sold at a tenth of the brand price',
};
const NONE = { ...ACT, actions: ['no_action'], explanation: 'The listing is a genuine product sold by an authorised reseller; nothing to act on.' };
const HOUR = 3_600_000;
const T0 = new Date('2026-03-02T09:00:00.000Z');

describe.each(ENGINES)('trusted-flagger accuracy on %s (Art. 22(6), TF-2)', (engine) => {
  let t: TestApp;
  const clock = new ManualClock(T0);
  beforeAll(async () => {
    t = await createTestApp(engine, { clock, env: { VIGIL_PUBLIC_RATE_LIMIT: '1000', VIGIL_FLAGGER_REPORT_MIN_DECIDED: '3', VIGIL_FLAGGER_REPORT_UNFOUNDED_SHARE: '50%' } });
    await t.ctx.catalog.putTrader(SYSTEM_ACTOR, 'T-1', { display_name: 'Watch Shop' });
    for (let i = 1; i <= 5; i++) await t.ctx.catalog.putListing(SYSTEM_ACTOR, `L-${i}`, { trader_id: 'T-1', source_version: 1, title: `Watch ${i}` });
    const register = (id: string, name: string) => t.app.inject({ method: 'PUT', url: `/api/v1/trusted-flaggers/${id}`, headers: t.auth(t.keys.admin), payload: { name, awarding_member_state: 'DE', expertise_categories: [IP] } });
    for (const [id, name] of [['TF-A', 'Brand Protection Org'], ['TF-B', 'Consumer Association'], ['TF-C', 'Quiet Flagger']] as const) expect((await register(id, name)).statusCode).toBe(200);
    const keyOf = async (id: string) => (await t.ctx.auth.createApiKey(SYSTEM_ACTOR, { name: id, role: 'trusted_flagger', subjectId: id })).key;
    const a = await keyOf('TF-A');
    const b = await keyOf('TF-B');
    const file = async (key: string, item: string, category = IP) => {
      const r = await t.app.inject({ method: 'POST', url: '/api/v1/notices', headers: t.auth(key), payload: {
        locations: [{ item: { kind: 'listing', id: item } }], explanation: 'Counterfeit watch with our protected logo on the dial.', notifier: { name: 'Jane Doe', email: 'jane@brand.example' }, good_faith: true, category,
      } });
      expect(r.statusCode).toBe(201);
      return r.json().case_ids[0] as string;
    };
    const decide = async (caseId: string, body: object) => expect((await t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/decisions`, headers: t.auth(t.keys.reviewer), payload: body })).statusCode).toBe(201);
    // TF-A: three notices at T0, decided after 1, 2 and 3 hours (two unfounded), one outside its expertise still pending.
    const cases = [await file(a, 'L-1'), await file(a, 'L-2'), await file(a, 'L-3'), await file(a, 'L-4', 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD')];
    clock.set(new Date(T0.getTime() + HOUR));
    await decide(cases[0]!, NONE);
    clock.set(new Date(T0.getTime() + 2 * HOUR));
    await decide(cases[1]!, NONE);
    clock.set(new Date(T0.getTime() + 3 * HOUR));
    await decide(cases[2]!, ACT);
    // TF-B: one founded notice, decided after 30 minutes.
    const cb = await file(b, 'L-5');
    clock.advance(HOUR / 2);
    await decide(cb, ACT);
  });
  afterAll(async () => t?.close());

  const get = (key: string, qs: string) => t.app.inject({ url: `/api/v1/trusted-flagger-accuracy?${qs}`, headers: t.auth(key) });

  it('counts each flagger’s period, unfounded share and median handling time, and marks who crosses the threshold', async () => {
    const res = await get(t.keys.admin, 'from=2026-03-01&to=2026-04-01');
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.threshold).toEqual({ min_decided: 3, unfounded_share: 0.5 });
    expect(r.period).toEqual({ from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' });
    const by = Object.fromEntries(r.items.map((f: { id: string }) => [f.id, f]));
    expect(by['TF-A']).toMatchObject({
      name: 'Brand Protection Org', notices: 4, decided: 3, pending: 1, unfounded: 2, outside_expertise: 1, median_handling_seconds: 7200, threshold_crossed: true,
    });
    expect(by['TF-A'].unfounded_share).toBeCloseTo(2 / 3);
    expect(by['TF-B']).toMatchObject({ notices: 1, decided: 1, unfounded: 0, unfounded_share: 0, median_handling_seconds: 1800, threshold_crossed: false });
    expect(by['TF-C']).toMatchObject({ notices: 0, decided: 0, unfounded_share: null, median_handling_seconds: null, threshold_crossed: false });
  });

  it('counts only the notices received in the period', async () => {
    const r = (await get(t.keys.admin, 'from=2026-04-01&to=2026-05-01')).json();
    for (const f of r.items) expect(f).toMatchObject({ notices: 0, threshold_crossed: false });
  });

  it('applies the configured threshold in the report package too', async () => {
    const r = (await t.app.inject({ url: '/api/v1/trusted-flaggers/TF-A/dsc-report?from=2026-03-01&to=2026-04-01', headers: t.auth(t.keys.admin) })).json();
    expect(r.threshold).toEqual({ min_decided: 3, unfounded_share: 0.5, crossed: true });
  });

  it('is for the compliance function only and checks the period', async () => {
    expect((await get(t.keys.reviewer, 'from=2026-03-01&to=2026-04-01')).statusCode).toBe(403);
    expect((await get(t.keys.trustee, 'from=2026-03-01&to=2026-04-01')).statusCode).toBe(403);
    const bad = await get(t.keys.admin, 'from=2026-03-01&to=not-a-date-at-all');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([{ path: 'to', problem: 'must be an ISO date or date-time' }]);
    expect((await get(t.keys.admin, 'from=2026-04-01&to=2026-03-01')).statusCode).toBe(400);
  });
});
