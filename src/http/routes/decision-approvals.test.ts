/** Second-reviewer approval of severe decisions (TC-4) and cluster suggestions for also_items. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/events.js';
import { ENGINES } from '../../../test/support/db.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';

const SEVERE = {
  actions: ['terminate_account'], ground: 'illegal', legal_ground: 'Regulation (EU) 2017/1001, Article 9(2) - use of a sign identical to an EU trade mark',
  explanation: 'The trader sells counterfeit watches bearing the protected trade mark in many listings, repeatedly.',
  category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', keyword: 'KEYWORD_TRADEMARK_INFRINGEMENT', territorial_scope: 'EU',
  failed_attribute: 'product title and brand', finding: 'the dial shows the protected brand logo on a watch sold at a tenth of the brand price',
};

describe.each(ENGINES)('approvals and clusters on %s', (engine) => {
  let t: TestApp;
  let senior: string;
  const cases: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(engine, { env: { VIGIL_PUBLIC_RATE_LIMIT: '1000' } });
    senior = (await t.ctx.auth.createApiKey(SYSTEM_ACTOR, { name: 'senior', role: 'senior_reviewer' })).key;
    await t.ctx.catalog.putTrader(SYSTEM_ACTOR, 'T-1', { display_name: 'Watch Shop' });
    await t.ctx.catalog.putTrader(SYSTEM_ACTOR, 'T-2', { display_name: 'Other Shop' });
    const put = (id: string, trader: string, title: string, images: string[] = [], description?: string) =>
      t.ctx.catalog.putListing(SYSTEM_ACTOR, id, { trader_id: trader, source_version: 1, title, image_urls: images, ...(description ? { description } : {}) });
    await put('L-1', 'T-1', 'Luxury automatic watch with gold dial', ['https://img.example/a.jpg'], 'Swiss made replica, fast shipping');
    await put('L-2', 'T-1', 'Leather strap 20mm');
    await put('L-3', 'T-2', 'Garden hose 25m', ['https://img.example/a.jpg']);
    await put('L-4', 'T-2', 'Luxury automatic watch with gold dial', [], 'Swiss made replica, fast shipping!');
    await put('L-5', 'T-2', 'Children bicycle helmet');
    for (const id of ['L-1', 'L-5']) {
      const n = await t.app.inject({ method: 'POST', url: '/api/v1/notices', payload: {
        locations: [{ item: { kind: 'listing', id } }], explanation: 'Counterfeit watch sold with a protected brand logo on the dial.', notifier: { name: 'A', email: 'a@example.org' }, good_faith: true,
      } });
      cases[id] = n.json().case_ids[0];
    }
  });
  afterAll(async () => t?.close());
  const as = (key: string, method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, headers: t.auth(key), ...(payload ? { payload } : {}) });

  it('suggests cluster members by trader, image and near-identical text', async () => {
    const res = await as(t.keys.reviewer, 'GET', `/api/v1/cases/${cases['L-1']}/cluster-candidates`);
    expect(res.statusCode).toBe(200);
    const byId = Object.fromEntries(res.json().items.map((c: { id: string; reasons: string[] }) => [c.id, c.reasons]));
    expect(byId['L-2']).toEqual(['same_trader']);
    expect(byId['L-3']).toEqual(['same_image']);
    expect(byId['L-4']).toEqual(['similar_text']);
    expect(byId['L-5']).toBeUndefined();
    expect(byId['L-1']).toBeUndefined();
  });

  it('lists severe decisions for a second reviewer, who may reject them; the case stays open', async () => {
    const d = await as(t.keys.reviewer, 'POST', `/api/v1/cases/${cases['L-1']}/decisions`, { ...SEVERE, also_items: [{ kind: 'listing', id: 'L-2' }] });
    expect(d.statusCode).toBe(201);
    expect(d.json().status).toBe('pending_approval');
    const [first, second] = d.json().decision_ids as string[];
    expect((await as(t.keys.reviewer, 'GET', '/api/v1/decisions/pending-approval')).statusCode).toBe(403);
    const list = (await as(senior, 'GET', '/api/v1/decisions/pending-approval')).json().items;
    expect(list.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining([first, second]));
    expect(list.find((x: { id: string }) => x.id === first)).toMatchObject({ case_id: cases['L-1'], subject: { kind: 'listing', id: 'L-1' }, action: 'terminate_account' });

    expect((await as(senior, 'POST', `/api/v1/decisions/${first}/reject`, { reason: 'short' })).statusCode).toBe(400);
    const r = await as(senior, 'POST', `/api/v1/decisions/${first}/reject`, { reason: 'Two listings are not enough to terminate the account; suspend first.' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ status: 'rejected' });
    expect((await as(senior, 'POST', `/api/v1/decisions/${first}/reject`, { reason: 'Two listings are not enough to terminate the account.' })).statusCode).toBe(409);
    expect((await as(senior, 'GET', `/api/v1/decisions/${first}`)).json()).toMatchObject({ status: 'rejected', second_reviewer: expect.any(String) });
    const c = (await as(t.keys.reviewer, 'GET', `/api/v1/cases/${cases['L-1']}`)).json();
    expect(c.status).not.toBe('closed');
    const events = (await as(t.keys.reviewer, 'GET', `/api/v1/ledger?subject=decision:${first}`)).json().items.map((e: { type: string }) => e.type);
    expect(events).toEqual(['decision.approval_rejected']);
    // Nothing was sent for it: no statement.
    expect((await as(senior, 'GET', `/api/v1/statements/${first}`)).statusCode).toBe(404);

    const after = (await as(senior, 'GET', '/api/v1/decisions/pending-approval')).json().items.map((x: { id: string }) => x.id);
    expect(after).not.toContain(first);
    expect(after).toContain(second);
  });

  it('does not let the deciding reviewer reject or approve their own decision', async () => {
    const d = await as(senior, 'POST', `/api/v1/cases/${cases['L-5']}/decisions`, SEVERE);
    const id = d.json().decision_ids[0];
    expect((await as(senior, 'POST', `/api/v1/decisions/${id}/reject`, { reason: 'I changed my mind about this one.' })).statusCode).toBe(403);
    expect((await as(senior, 'POST', `/api/v1/decisions/${id}/approve`)).statusCode).toBe(403);
  });
});
