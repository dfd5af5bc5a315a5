/** Second-reviewer approval of severe decisions (TC-4) and cluster suggestions for also_items. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/events.js';
import type { MailMessage } from '../../integrations/mail.js';
import { deliverMailRound } from '../../services/outbox/deliver-mail.js';
import { moderationCase, outbox } from '../../store/schema/index.js';
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
    await put('L-6', 'T-2', 'Replica sunglasses with brand logo');
    for (const id of ['L-1', 'L-5', 'L-6']) {
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
    // Taken with an API key: the case goes back to the key, which has no address to write to.
    expect(r.json()).toMatchObject({ status: 'rejected', returned_to: expect.stringMatching(/^api_key:/), notified: false });
    expect((await as(senior, 'POST', `/api/v1/decisions/${first}/reject`, { reason: 'Two listings are not enough to terminate the account.' })).statusCode).toBe(409);
    expect((await as(senior, 'GET', `/api/v1/decisions/${first}`)).json()).toMatchObject({ status: 'rejected', second_reviewer: expect.any(String) });
    const c = (await as(t.keys.reviewer, 'GET', `/api/v1/cases/${cases['L-1']}`)).json();
    expect(c.status).not.toBe('closed');
    expect(c.decisions.find((x: { id: string }) => x.id === first)).toMatchObject({ status: 'rejected', rejection: { reason: 'Two listings are not enough to terminate the account; suspend first.' } });
    const events = (await as(t.keys.reviewer, 'GET', `/api/v1/ledger?subject=decision:${first}`)).json().items.map((e: { type: string }) => e.type);
    expect(events).toEqual(['decision.approval_rejected']);
    // Nothing was sent for it: no statement.
    expect((await as(senior, 'GET', `/api/v1/statements/${first}`)).statusCode).toBe(404);

    const after = (await as(senior, 'GET', '/api/v1/decisions/pending-approval')).json().items.map((x: { id: string }) => x.id);
    expect(after).not.toContain(first);
    expect(after).toContain(second);
  });

  it('tells the proposing reviewer why, by mail and on the case, and gives the case back to them (TC-4)', async () => {
    await t.ctx.auth.createUser(SYSTEM_ACTOR, { email: 'rita@example.org', displayName: 'Rita', role: 'reviewer', password: 'correct horse battery' });
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'rita@example.org', password: 'correct horse battery' } });
    const rita = { cookie: `vigil_session=${login.cookies.find((x) => x.name === 'vigil_session')!.value}`, 'x-csrf-token': login.json().csrf_token as string };
    const ritaId = `user:${login.json().user.id}`;
    const caseId = cases['L-6']!;
    const d = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/decisions`, headers: rita, payload: SEVERE });
    expect(d.json().status).toBe('pending_approval');
    const id = d.json().decision_ids[0] as string;
    // The case is due within the hour: the hold in the proposer's name must not outlast the deadline.
    const due = new Date(Date.now() + 3_600_000);
    await t.ctx.store.db.update(moderationCase).set({ dueAt: due, claimedBy: null, claimExpiresAt: null }).where(eq(moderationCase.id, caseId));

    const reason = 'Termination is disproportionate for a first finding; suspend the account for 30 days instead.';
    const r = await as(senior, 'POST', `/api/v1/decisions/${id}/reject`, { reason });
    expect(r.json()).toEqual({ status: 'rejected', returned_to: ritaId, returned_until: due.toISOString(), notified: true });

    const c = (await as(t.keys.reviewer, 'GET', `/api/v1/cases/${caseId}`)).json();
    expect(c).toMatchObject({ claimed_by: ritaId, claim_expires_at: due.toISOString() });
    expect(c.status).not.toBe('closed');
    expect(c.decisions[0]).toMatchObject({ id, status: 'rejected', decided_by: ritaId, second_reviewer: expect.stringMatching(/^api_key:/), rejection: { reason, by: expect.stringMatching(/^api_key:/) } });
    // Nobody else can take it meanwhile; the proposer can decide again.
    expect((await as(t.keys.reviewer, 'POST', `/api/v1/cases/${caseId}/claim`)).statusCode).toBe(409);

    const [mail] = await t.ctx.store.db.select().from(outbox).where(eq(outbox.topic, 'mail.decision_rejected'));
    expect(mail).toMatchObject({ subjectType: 'decision', subjectId: id, payload: { to: 'rita@example.org', decision_id: id, case_id: caseId } });
    const sent: MailMessage[] = [];
    await deliverMailRound(t.ctx.store.db, t.ctx.clock, { send: async (m) => { sent.push(m); } }, 3, 500);
    const m = sent.find((x) => x.to === 'rita@example.org')!;
    expect(m.subject).toBe('Decision not approved: terminate account on listing L-6');
    expect(m.text).toContain(reason);
    expect(m.text).toContain(`/cases/${caseId}`);
    expect(m.text).toContain('took no effect');

    // The ledger records the rejection and the notice to the proposer, never the reason or the address.
    const events = (await as(t.keys.reviewer, 'GET', `/api/v1/ledger?subject=decision:${id}`)).json().items as { type: string; payload: object }[];
    expect(events.map((e) => e.type)).toEqual(['decision.approval_rejected', 'decision.rejection_notified']);
    expect(events[1]!.payload).toMatchObject({ decision_id: id, case_id: caseId, recipient_role: 'proposing_reviewer', channel: 'mail' });
    expect(JSON.stringify(events)).not.toMatch(/rita@example|disproportionate/);
    const caseEvents = (await as(t.keys.reviewer, 'GET', `/api/v1/ledger?subject=case:${caseId}`)).json().items as { type: string; payload: { by?: string } }[];
    expect(caseEvents.at(-1)).toMatchObject({ type: 'case.claimed', payload: { by: ritaId } });

    const again = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/decisions`, headers: rita, payload: { ...SEVERE, actions: ['suspend_account'], end_date: '2099-01-31' } });
    expect(again.statusCode).toBe(201);
  });

  it('does not let the deciding reviewer reject or approve their own decision', async () => {
    const d = await as(senior, 'POST', `/api/v1/cases/${cases['L-5']}/decisions`, SEVERE);
    const id = d.json().decision_ids[0];
    expect((await as(senior, 'POST', `/api/v1/decisions/${id}/reject`, { reason: 'I changed my mind about this one.' })).statusCode).toBe(403);
    expect((await as(senior, 'POST', `/api/v1/decisions/${id}/approve`)).statusCode).toBe(403);
    // Someone else claimed the case meanwhile: the rejection does not take it from them.
    const claim = await as(t.keys.reviewer, 'POST', `/api/v1/cases/${cases['L-5']}/claim`);
    expect(claim.statusCode).toBe(200);
    const other = (await t.ctx.auth.createApiKey(SYSTEM_ACTOR, { name: 'senior 2', role: 'senior_reviewer' })).key;
    const r = await as(other, 'POST', `/api/v1/decisions/${id}/reject`, { reason: 'Not proportionate for a first finding.' });
    expect(r.json()).toEqual({ status: 'rejected', returned_to: null, returned_until: null, notified: false });
    expect((await as(t.keys.reviewer, 'GET', `/api/v1/cases/${cases['L-5']}`)).json()).toMatchObject({ claimed_by: claim.json().claimed_by, claim_expires_at: claim.json().claim_expires_at });
  });
});
