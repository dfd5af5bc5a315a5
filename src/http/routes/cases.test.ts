import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/events.js';
import { ENGINES } from '../../../test/support/db.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';

describe.each(ENGINES)('cases and queues on %s', (engine) => {
  let t: TestApp;
  let reviewer2: string;
  let caseId: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { env: { VIGIL_PUBLIC_RATE_LIMIT: '1000' } });
    reviewer2 = (await t.ctx.auth.createApiKey(SYSTEM_ACTOR, { name: 'r2', role: 'reviewer' })).key;
    await t.ctx.catalog.putTrader(SYSTEM_ACTOR, 'T-1', { display_name: 'Shop' });
    for (const id of ['L-1', 'L-2']) await t.ctx.catalog.putListing(SYSTEM_ACTOR, id, { trader_id: 'T-1', source_version: 1, title: `Item ${id}`, description: 'Original text as the buyer saw it' });
    const n = await t.app.inject({ method: 'POST', url: '/api/v1/notices', payload: {
      locations: [{ item: { kind: 'listing', id: 'L-2' } }], explanation: 'Counterfeit goods sold with a protected brand logo on them.', notifier: { name: 'A', email: 'a@example.org' }, good_faith: true, language: 'en',
    } });
    caseId = n.json().case_ids[0];
    await t.app.inject({ method: 'POST', url: '/api/v1/notices', payload: {
      locations: [{ item: { kind: 'listing', id: 'L-1' } }], explanation: 'Unsafe toy with small magnets that a child can swallow.', notifier: { name: 'B', email: 'b@example.org' }, good_faith: true,
      category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
    } });
  });
  afterAll(async () => t?.close());
  const as = (key: string, method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, headers: t.auth(key), ...(payload ? { payload } : {}) });

  it('lists open cases most urgent first (product safety before the rest)', async () => {
    const list = (await as(t.keys.reviewer, 'GET', '/api/v1/cases')).json();
    expect(list.items.map((c: { subject: { id: string } }) => c.subject.id)).toEqual(['L-1', 'L-2']);
    const one = (await as(t.keys.reviewer, 'GET', '/api/v1/cases?limit=1')).json();
    const two = (await as(t.keys.reviewer, 'GET', `/api/v1/cases?limit=1&cursor=${one.next_cursor}`)).json();
    expect(two.items[0].subject.id).toBe('L-2');
  });

  it('shows the case with the item as the buyer saw it, its notices and trader', async () => {
    const c = (await as(t.keys.reviewer, 'GET', `/api/v1/cases/${caseId}`)).json();
    expect(c.item).toMatchObject({ id: 'L-2', title: 'Item L-2' });
    expect(c.trader).toMatchObject({ id: 'T-1' });
    expect(c.snapshots[0].content).toMatchObject({ title: 'Item L-2', description: 'Original text as the buyer saw it' });
    expect(c.notices).toHaveLength(1);
  });

  it('lets only one reviewer hold a case at a time', async () => {
    const a = await as(t.keys.reviewer, 'POST', `/api/v1/cases/${caseId}/claim`);
    expect(a.statusCode).toBe(200);
    const b = await as(reviewer2, 'POST', `/api/v1/cases/${caseId}/claim`);
    expect(b.statusCode).toBe(409);
    expect((await as(reviewer2, 'POST', `/api/v1/cases/${caseId}/release`)).statusCode).toBe(409);
    expect((await as(t.keys.reviewer, 'POST', `/api/v1/cases/${caseId}/release`)).statusCode).toBe(204);
    expect((await as(reviewer2, 'POST', `/api/v1/cases/${caseId}/claim`)).statusCode).toBe(200);
  });

  it('escalates and records Art. 18 reports with their own record', async () => {
    expect((await as(t.keys.reviewer, 'POST', `/api/v1/cases/${caseId}/escalate`, { reason: 'needs senior review' })).statusCode).toBe(204);
    const r = await as(t.keys.reviewer, 'POST', `/api/v1/cases/${caseId}/authority-reports`, { authority: 'Bundeskriminalamt', member_state: 'DE', reason: 'Seller offers to ship a weapon to a minor; threat to safety.' });
    expect(r.statusCode).toBe(201);
    const events = (await as(t.keys.reviewer, 'GET', `/api/v1/ledger?subject=escalation:${r.json().id}`)).json().items;
    expect(events[0]).toMatchObject({ type: 'escalation.forwarded', payload: { case_id: caseId, member_state: 'DE' } });
    expect((await as(t.keys.trustee, 'POST', `/api/v1/cases/${caseId}/claim`)).statusCode).toBe(403);
  });
});
