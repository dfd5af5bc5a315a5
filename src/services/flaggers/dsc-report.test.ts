/** The Art. 22(6) report package (TF-2): counts, unfounded share, examples without personal data, ledger references. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/events.js';
import { ENGINES } from '../../../test/support/db.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { buildFlaggerReport } from './dsc-report.js';

const DECISION = {
  actions: ['remove'], ground: 'illegal', legal_ground: 'Regulation (EU) 2017/1001, Article 9(2) - use of a sign identical to an EU trade mark',
  explanation: 'The listing offers a counterfeit watch bearing the protected trade mark without the holder’s consent.',
  category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', keyword: 'KEYWORD_TRADEMARK_INFRINGEMENT', territorial_scope: 'EU',
  failed_attribute: 'product title and brand', finding: 'the dial shows the protected brand logo on a watch sold at a tenth of the brand price',
};
const NO_ACTION = { ...DECISION, actions: ['no_action'], explanation: 'The listing is a genuine product sold by an authorised reseller; nothing to act on.' };

describe.each(ENGINES)('trusted-flagger report to the coordinator on %s (Art. 22(6), TF-2)', (engine) => {
  let t: TestApp;
  let key: string;
  const ids: string[] = [];
  beforeAll(async () => {
    t = await createTestApp(engine, { env: { VIGIL_PUBLIC_RATE_LIMIT: '1000' } });
    await t.ctx.catalog.putTrader(SYSTEM_ACTOR, 'T-1', { display_name: 'Watch Shop' });
    for (const id of ['L-1', 'L-2', 'L-3']) await t.ctx.catalog.putListing(SYSTEM_ACTOR, id, { trader_id: 'T-1', source_version: 1, title: `Watch ${id}` });
    await t.app.inject({ method: 'PUT', url: '/api/v1/trusted-flaggers/TF-1', headers: t.auth(t.keys.admin), payload: { name: 'Brand Protection Org', awarding_member_state: 'DE', expertise_categories: ['STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS'] } });
    key = (await t.ctx.auth.createApiKey(SYSTEM_ACTOR, { name: 'tf', role: 'trusted_flagger', subjectId: 'TF-1' })).key;
    const explanations = [
      'Counterfeit watch with our protected logo. Questions to Jane Doe, jane.doe@brand.example, +49 30 1234567.',
      'Counterfeit watch with our protected logo on the dial and the case back.',
      'Counterfeit watch with our protected logo, sold far below the brand price.',
    ];
    for (const [i, id] of ['L-1', 'L-2', 'L-3'].entries()) {
      const r = await t.app.inject({ method: 'POST', url: '/api/v1/notices', headers: t.auth(key), payload: {
        locations: [{ item: { kind: 'listing', id } }], explanation: explanations[i], notifier: { name: 'Jane Doe', email: 'jane.doe@brand.example' }, good_faith: true,
        category: i === 2 ? 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD' : 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
      } });
      expect(r.statusCode).toBe(201);
      ids.push(r.json().case_ids[0]);
    }
    const decide = (caseId: string, body: object) => t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/decisions`, headers: t.auth(t.keys.reviewer), payload: body });
    expect((await decide(ids[0]!, NO_ACTION)).statusCode).toBe(201);
    expect((await decide(ids[1]!, DECISION)).statusCode).toBe(201);
  });
  afterAll(async () => t?.close());

  const period = 'from=2000-01-01&to=2100-01-01';

  it('counts the period, the unfounded share and the notices outside the flagger’s expertise', async () => {
    const res = await t.app.inject({ url: `/api/v1/trusted-flaggers/TF-1/dsc-report?${period}`, headers: t.auth(t.keys.admin) });
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.format).toBe('vigil.trusted-flagger-report/1');
    expect(r.flagger).toMatchObject({ id: 'TF-1', awarding_member_state: 'DE' });
    expect(r.counts).toMatchObject({ notices: 3, decided: 2, pending: 1, actioned: 1, unfounded: 1, unfounded_share: 0.5, outside_expertise: 1 });
    expect(r.threshold).toMatchObject({ min_decided: 20, crossed: false });
    expect(r.decisions).toHaveLength(2);
    expect(r.package_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.ledger_head.seq).toBeGreaterThan(0);
  });

  it('quotes unfounded notices without personal data, with the decision and ledger references', async () => {
    const r = (await t.app.inject({ url: `/api/v1/trusted-flaggers/TF-1/dsc-report?${period}`, headers: t.auth(t.keys.admin) })).json();
    expect(r.unfounded_examples).toHaveLength(1);
    const ex = r.unfounded_examples[0];
    expect(ex.items).toEqual([{ kind: 'listing', id: 'L-1' }]);
    expect(ex.decisions[0]).toMatchObject({ action: 'no_action' });
    expect(ex.ledger.map((e: { type: string }) => e.type)).toContain('notice.received');
    const text = JSON.stringify(r);
    expect(text).not.toContain('jane.doe@brand.example');
    expect(text).not.toContain('Jane Doe');
    expect(text).not.toContain('1234567');
    expect(ex.explanation_excerpt).toContain('Counterfeit watch');
  });

  it('marks the threshold as crossed and limits the period', async () => {
    const now = new Date();
    const r = await buildFlaggerReport(t.ctx.store.db, 'TF-1', { from: new Date('2000-01-01'), to: new Date('2100-01-01'), now, threshold: { minDecided: 2, unfoundedShare: 0.5 } });
    expect(r.threshold.crossed).toBe(true);
    const empty = await buildFlaggerReport(t.ctx.store.db, 'TF-1', { from: new Date('2000-01-01'), to: new Date('2000-02-01'), now, threshold: t.ctx.config.flaggerReportThreshold });
    expect(empty.counts).toMatchObject({ notices: 0, unfounded_share: null });
  });

  it('is for the compliance function only and checks its input', async () => {
    expect((await t.app.inject({ url: `/api/v1/trusted-flaggers/TF-1/dsc-report?${period}`, headers: t.auth(t.keys.reviewer) })).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/v1/trusted-flaggers/TF-1/dsc-report?${period}`, headers: t.auth(key) })).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/v1/trusted-flaggers/TF-9/dsc-report?${period}`, headers: t.auth(t.keys.admin) })).statusCode).toBe(404);
    const bad = await t.app.inject({ url: '/api/v1/trusted-flaggers/TF-1/dsc-report?from=2026-02-01&to=not-a-date-at-all', headers: t.auth(t.keys.admin) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([{ path: 'to', problem: 'must be an ISO date or date-time' }]);
  });
});
