/**
 * Internal complaints end to end over the real HTTP app (Art. 20, CH-1..CH-6; Art. 21 ODS-1..4;
 * Art. 23(2)-(4) RO-1..RO-3): filing with the statement's link, refusals that reveal nothing, the
 * window's closing date, one winner between two reviewers, the different-reviewer rule, a reversal
 * that takes effect everywhere, metrics, out-of-court disputes and misuse.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { loadConfig } from '../src/config.js';
import { ManualClock } from '../src/core/clock.js';
import { checkRedressDrift } from '../src/services/complaints/redress.js';
import { overdueDisputes } from '../src/services/disputes/disputes.js';
import { SYSTEM_ACTOR } from '../src/core/events.js';
import { decision, outbox, statement } from '../src/store/schema/index.js';
import { ENGINES } from './support/db.js';
import { createTestApp, type TestApp } from './support/app.js';

const DECISION = {
  actions: ['remove'], ground: 'illegal', legal_ground: 'Regulation (EU) 2017/1001, Article 9(2) - use of a sign identical to an EU trade mark',
  explanation: 'The listing offers a counterfeit watch bearing the protected trade mark without the holder’s consent.',
  category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', keyword: 'KEYWORD_TRADEMARK_INFRINGEMENT', territorial_scope: 'EU',
  failed_attribute: 'product title and brand', finding: 'the dial shows the protected brand logo on a watch sold at a tenth of the brand price',
};
const NO_ACTION = { ...DECISION, actions: ['no_action'], explanation: 'The listing is a genuine product sold by an authorised reseller; nothing to act on.' };

describe.each(ENGINES)('complaints, disputes and misuse on %s', (engine) => {
  let t: TestApp;
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  type Session = { cookie: string; csrf: string };
  const sessions: Record<string, Session> = {};
  const as = (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, cookies: { vigil_session: s.cookie }, headers: { 'x-csrf-token': s.csrf }, ...(payload ? { payload } : {}) });
  const ids = { decision: '', decision2: '', noAction: '', notice3: '', notice3Token: '', traderToken: '' };

  async function notice(item: string, email: string) {
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/notices', payload: {
      locations: [{ item: { kind: 'listing', id: item } }], explanation: 'Counterfeit watch sold with a protected brand logo on the dial.', notifier: { name: 'Nora', email }, good_faith: true, language: 'en',
    } });
    expect(r.statusCode).toBe(201);
    return r.json() as { id: string; case_ids: string[]; status_token: string };
  }

  beforeAll(async () => {
    t = await createTestApp(engine, { clock, env: { VIGIL_PUBLIC_RATE_LIMIT: '1000', VIGIL_PLATFORM_NAME: 'Demo Market' } });
    for (const [email, role] of [['rita@example.org', 'reviewer'], ['sam@example.org', 'senior_reviewer'], ['cora@example.org', 'compliance_officer'], ['tess@example.org', 'trustee']] as const) {
      await t.ctx.auth.createUser(SYSTEM_ACTOR, { email, displayName: email.split('@')[0]!, role, password: 'correct horse battery' });
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'correct horse battery' } });
      sessions[email.split('@')[0]!] = { cookie: res.cookies.find((c) => c.name === 'vigil_session')!.value, csrf: res.json().csrf_token };
    }
    await t.ctx.catalog.putTrader(SYSTEM_ACTOR, 'T-1', { display_name: 'Watch Shop', country: 'DE' });
    for (const id of ['L-1', 'L-2', 'L-3']) await t.ctx.catalog.putListing(SYSTEM_ACTOR, id, { trader_id: 'T-1', source_version: 1, title: `Watch ${id}`, description: 'A wrist watch', language: 'de' });
    const n1 = await notice('L-1', 'nora@example.org');
    const d1 = await as(sessions.rita!, 'POST', `/api/v1/cases/${n1.case_ids[0]}/decisions`, DECISION);
    expect(d1.statusCode).toBe(201);
    ids.decision = d1.json().decision_ids[0];
    const n2 = await notice('L-2', 'nora@example.org');
    ids.decision2 = (await as(sessions.rita!, 'POST', `/api/v1/cases/${n2.case_ids[0]}/decisions`, DECISION)).json().decision_ids[0];
    const n3 = await notice('L-3', 'olga@example.org');
    ids.notice3 = n3.id;
    ids.notice3Token = n3.status_token;
    ids.noAction = (await as(sessions.rita!, 'POST', `/api/v1/cases/${n3.case_ids[0]}/decisions`, NO_ACTION)).json().decision_ids[0];
    const trader = (await t.app.inject({ url: `/api/v1/statements/${ids.decision}/trader`, headers: t.auth(t.keys.reviewer) })).json();
    ids.traderToken = new URL(trader.complaintUrl).searchParams.get('token')!;
  });
  afterAll(async () => t?.close());

  const complain = (payload: object, headers: Record<string, string> = {}) => t.app.inject({ method: 'POST', url: '/api/v1/complaints', headers, payload });
  const evidence = [
    { file_name: 'invoice.txt', data_base64: Buffer.from('Invoice 2026-117: 20 watches bought from the brand distributor').toString('base64') },
    { file_name: 'authorisation.pdf', data_base64: Buffer.from('%PDF-1.4\n% brand authorisation\n').toString('base64') },
    { file_name: 'photo.png', data_base64: Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex').toString('base64') },
  ];

  it('lets the trader complain from the statement link with evidence, once (CH-1, CH-2)', async () => {
    const trader = (await t.app.inject({ url: `/api/v1/statements/${ids.decision}/trader`, headers: t.auth(t.keys.reviewer) })).json();
    expect(trader.complaintUrl).toContain(`/complaints/new?decision=${ids.decision}&token=`);
    const ctxRes = await t.app.inject({ url: `/api/v1/complaints/context?decision_id=${ids.decision}&role=affected&token=${ids.traderToken}` });
    expect(ctxRes.json()).toMatchObject({ role: 'affected', window_open: true, window_last_day: '2026-09-02', decision: { id: ids.decision, action: 'remove' } });
    const body = { decision_id: ids.decision, role: 'affected', token: ids.traderToken, explanation: 'The watches are genuine; attached is the invoice from the brand distributor.', language: 'de', evidence };
    const r = await complain(body, { 'idempotency-key': 'complaint-key-0001' });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ reference: expect.stringMatching(/^C-/), status: 'open', window_closes_at: '2026-09-02T21:59:59.999Z' });
    expect((await complain(body, { 'idempotency-key': 'complaint-key-0001' })).json().id).toBe(r.json().id);
    const again = await complain(body);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(r.json().id);
    const detail = (await as(sessions.sam!, 'GET', `/api/v1/complaints/${r.json().id}`)).json();
    expect(detail.complainant_side.files.map((f: { content_type: string }) => f.content_type)).toEqual(['text/plain', 'application/pdf', 'image/png']);
    expect(detail.decision_side.notices[0].explanation).toContain('Counterfeit');
    expect(detail.decision).toMatchObject({ id: ids.decision, decided_by: expect.stringMatching(/^user:/) });
    expect(detail.history.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['notice.received', 'decision.taken', 'complaint.received']));
    const file = await as(sessions.sam!, 'GET', `/api/v1/evidence/${detail.complainant_side.files[0].id}`);
    expect(file.body).toContain('Invoice 2026-117');
  });

  it('refuses a decision that is not the complainant’s with one answer that reveals nothing', async () => {
    const wrongToken = await complain({ decision_id: ids.decision2, role: 'affected', token: ids.traderToken, explanation: 'This is not my decision but I try anyway to learn about it.' });
    const unknown = await complain({ decision_id: '00000000-0000-4000-8000-000000000000', role: 'affected', token: ids.traderToken, explanation: 'This is not my decision but I try anyway to learn about it.' });
    const wrongNotice = await complain({ decision_id: ids.decision, role: 'notifier', notice_id: ids.notice3, token: ids.notice3Token, explanation: 'My notice was about another listing, not about this decision at all.' });
    for (const r of [wrongToken, unknown, wrongNotice]) {
      expect(r.statusCode).toBe(404);
      expect(r.json()).toEqual(wrongToken.json());
    }
    expect((await t.app.inject({ url: `/api/v1/complaints/context?decision_id=${ids.decision2}&role=affected&token=${ids.traderToken}` })).json()).toEqual(wrongToken.json());
  });

  it('names every field at fault', async () => {
    const r = await complain({ decision_id: 'nope', role: 'judge', explanation: 'short' });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.details.map((d: { path: string }) => d.path).sort()).toEqual(expect.arrayContaining(['decision_id', 'explanation', 'role']));
    const badFile = await complain({ decision_id: ids.decision2, role: 'affected', token: (await traderToken(ids.decision2)), explanation: 'An executable is not evidence, the form must say so.', evidence: [{ file_name: 'x.exe', data_base64: Buffer.from([0x4d, 0x5a, 0x00, 0x01]).toString('base64') }] });
    expect(badFile.statusCode).toBe(400);
    expect(badFile.json().error.details[0].path).toBe('evidence.0');
  });

  async function traderToken(decisionId: string): Promise<string> {
    const tr = (await t.app.inject({ url: `/api/v1/statements/${decisionId}/trader`, headers: t.auth(t.keys.reviewer) })).json();
    return new URL(tr.complaintUrl).searchParams.get('token')!;
  }

  it('enforces the different-reviewer rule and human decision (CH-5)', async () => {
    const [c] = (await as(sessions.sam!, 'GET', '/api/v1/complaints?status=open')).json().items;
    const byOriginal = await as(sessions.rita!, 'POST', `/api/v1/complaints/${c.id}/decision`, { outcome: 'upheld', reasons: 'I looked at my own decision again and it stands.' });
    expect(byOriginal.statusCode).toBe(403);
    expect(byOriginal.json().error.message).toMatch(/original decision/);
    expect((await as(sessions.rita!, 'POST', `/api/v1/complaints/${c.id}/claim`)).statusCode).toBe(403);
    const byKey = await t.app.inject({ method: 'POST', url: `/api/v1/complaints/${c.id}/decision`, headers: t.auth(t.keys.reviewer), payload: { outcome: 'upheld', reasons: 'An API key must not decide a complaint.' } });
    expect(byKey.statusCode).toBe(403);
    expect((await as(sessions.tess!, 'POST', `/api/v1/complaints/${c.id}/claim`)).statusCode).toBe(403);
  });

  it('lets only one of two reviewers acting at once win', async () => {
    const [c] = (await as(sessions.sam!, 'GET', '/api/v1/complaints?status=open')).json().items;
    expect((await as(sessions.sam!, 'POST', `/api/v1/complaints/${c.id}/claim`)).statusCode).toBe(200);
    expect((await as(sessions.cora!, 'POST', `/api/v1/complaints/${c.id}/claim`)).statusCode).toBe(409);
    clock.advance(16 * 60_000); // the claim expired: both now act at the same moment
    const reasons = 'The invoice from the brand distributor shows the watches are genuine; the removal was unfounded.';
    const [a, b] = await Promise.all([
      as(sessions.sam!, 'POST', `/api/v1/complaints/${c.id}/decision`, { outcome: 'reversed', reasons }),
      as(sessions.cora!, 'POST', `/api/v1/complaints/${c.id}/decision`, { outcome: 'reversed', reasons: 'Reversed: the brand distributor invoice covers these watches.' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = a.statusCode === 200 ? a : b;
    const loser = a.statusCode === 200 ? b : a;
    expect(loser.json().error.code).toBe('conflict');
    const detail = (await as(sessions.sam!, 'GET', `/api/v1/complaints/${c.id}`)).json();
    expect(detail.reasons).toBe(winner === a ? reasons : 'Reversed: the brand distributor invoice covers these watches.');
    // Exactly one reversal was applied, and the strike the decision gave the trader went with it.
    expect(detail.redress).toHaveLength(1);
    expect(winner.json().redress.strikes_withdrawn).toBe(1);
    const trader = (await t.app.inject({ url: '/api/v1/ledger?subject=trader:T-1', headers: t.auth(t.keys.reviewer) })).json().items.map((e: { type: string }) => e.type);
    expect(trader).toContain('strike.withdrawn');
  });

  it('makes a reversal take effect everywhere and tells the trader, with out-of-court information (CH-3, CH-4, ODS-1)', async () => {
    const db = t.ctx.store.db;
    const [d] = await db.select().from(decision).where(eq(decision.id, ids.decision));
    expect(d).toMatchObject({ status: 'reversed' });
    const [st] = await db.select().from(statement).where(eq(statement.decisionId, ids.decision));
    expect(st!.redressStatus).toBe('reversed');
    expect((await t.app.inject({ url: `/api/v1/statements/${ids.decision}/trader`, headers: t.auth(t.keys.reviewer) })).json()).toMatchObject({ redress_status: 'reversed' });
    const topics = (await db.select().from(outbox)).map((o) => o.topic);
    expect(topics).toEqual(expect.arrayContaining(['complaint.received', 'decision.reversed', 'trader.statement_update', 'trader.complaint_outcome']));
    const [outcome] = await db.select().from(outbox).where(eq(outbox.topic, 'trader.complaint_outcome'));
    const p = outcome!.payload as { text: string; language: string };
    expect(p.language).toBe('de');
    expect(p.text).toContain('brand distributor');
    expect(p.text).toContain(t.ctx.config.outOfCourtUrl);
    const [restore] = await db.select().from(outbox).where(and(eq(outbox.topic, 'decision.reversed'), eq(outbox.subjectId, 'L-1')));
    expect(restore!.payload).toMatchObject({ decision_id: ids.decision, restore: true, confirm_effect: true });
    const eff = await t.app.inject({ method: 'POST', url: `/api/v1/decisions/${ids.decision}/redress-effects`, headers: t.auth(t.keys.integration), payload: {} });
    expect(eff.json()).toMatchObject({ already: false });
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/decisions/${ids.decision}/redress-effects`, headers: t.auth(t.keys.integration), payload: {} })).json().already).toBe(true);
    const ledger = (await t.app.inject({ url: `/api/v1/ledger?subject=decision:${ids.decision}`, headers: t.auth(t.keys.reviewer) })).json().items.map((e: { type: string }) => e.type);
    expect(ledger).toEqual(expect.arrayContaining(['decision.reversed', 'statement.redress_status', 'decision.redress_effect_confirmed']));
  });

  it('refuses a complaint after the window with the date it closed (CH-1)', async () => {
    const saved = clock.now();
    clock.set(new Date('2026-09-03T08:00:00Z'));
    try {
      const r = await complain({ decision_id: ids.decision2, role: 'affected', token: await traderToken(ids.decision2), explanation: 'I only now noticed the removal and want it reviewed.' });
      expect(r.statusCode).toBe(422);
      expect(r.json().error).toMatchObject({ code: 'complaint_window_closed', details: [{ path: 'decision_id', problem: 'complaint window closed on 2026-09-02' }] });
      expect(r.json().error.message).toContain('2026-09-02');
    } finally {
      clock.set(saved);
    }
  });

  it('lets the notifier complain about no action; a reversal reopens the case (Art. 20(1)(a))', async () => {
    const r = await complain({ decision_id: ids.noAction, role: 'notifier', notice_id: ids.notice3, token: ids.notice3Token, explanation: 'The watch is counterfeit: the serial number format does not exist.' });
    expect(r.statusCode).toBe(201);
    const status = (await t.app.inject({ url: `/api/v1/complaints/${r.json().id}/status?token=${r.json().status_token}` })).json();
    expect(status).toMatchObject({ status: 'open' });
    const dec = await as(sessions.cora!, 'POST', `/api/v1/complaints/${r.json().id}/decision`, { outcome: 'reversed', reasons: 'The serial number format is not one the brand uses; the listing needs a new decision.' });
    expect(dec.statusCode).toBe(200);
    const cases = (await t.app.inject({ url: '/api/v1/cases', headers: t.auth(t.keys.reviewer) })).json().items;
    expect(cases.map((c: { subject: { id: string } }) => c.subject.id)).toContain('L-3');
    const after = (await t.app.inject({ url: `/api/v1/complaints/${r.json().id}/status?token=${r.json().status_token}` })).json();
    expect(after).toMatchObject({ status: 'decided', outcome: 'reversed', out_of_court: { url: t.ctx.config.outOfCourtUrl } });
    const [mail] = await t.ctx.store.db.select().from(outbox).where(eq(outbox.topic, 'mail.complaint_outcome'));
    expect((mail!.payload as { to: string; text: string }).to).toBe('olga@example.org');
    expect((mail!.payload as { text: string }).text).toContain('serial number format');
  });

  it('reports median time to decide and reversal rates per category, rule and reviewer (CH-6)', async () => {
    const m = (await as(sessions.tess!, 'GET', '/api/v1/complaints/metrics')).json();
    expect(m).toMatchObject({ received: 2, decided: 2, reversed: 2, outcomes: { reversed: 2 }, by_basis: { '(a)': 2 } });
    expect(m.median_hours_to_decide).toBeGreaterThan(0);
    expect(m.by_category).toEqual([{ key: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', decided: 2, reversed: 2, modified: 0, reversal_rate: 1 }]);
    expect(m.by_reviewer.map((r: { key: string }) => r.key).sort()).toHaveLength(2);
  });

  it('runs an out-of-court dispute to an implemented outcome with fees (ODS-2..ODS-4)', async () => {
    const body = { id: 'ODS-DE-1', name: 'Streitbeilegung Digital e.V.', certified_by: 'Bundesnetzagentur (DE)', member_states: ['DE', 'AT'], languages: ['de', 'en'], url: 'https://ods.example/de', fee_cents: 8500, fee_note: 'EUR 85 per dispute, borne by the platform when the body decides for the recipient; EUR 5 nominal fee for recipients' };
    expect((await as(sessions.cora!, 'PUT', '/api/v1/ods/bodies/ODS-DE-1', body)).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/ods/bodies' })).json().items[0]).toMatchObject({ id: 'ODS-DE-1', languages: ['de', 'en'] });
    const reg = await as(sessions.cora!, 'POST', '/api/v1/disputes', { body_id: 'ODS-DE-1', body_reference: 'SD-2026-0042', decision_id: ids.decision2, recipient_role: 'affected' });
    expect(reg.statusCode).toBe(201);
    const x = reg.json();
    expect(x.due_at).toBe('2026-05-31T21:59:59.999Z');
    expect((await as(sessions.cora!, 'POST', '/api/v1/disputes', { body_id: 'ODS-DE-1', body_reference: 'SD-2026-0042', decision_id: ids.decision2, recipient_role: 'affected' })).json().id).toBe(x.id);
    const refuse = await as(sessions.cora!, 'POST', `/api/v1/disputes/${x.id}/steps`, { kind: 'refused', note: 'refusing', refusal_reason: 'We think this was already settled.' });
    expect(refuse.statusCode).toBe(400);
    expect(refuse.json().error.details[0].path).toBe('same_matter_ref');
    expect((await as(sessions.cora!, 'POST', `/api/v1/disputes/${x.id}/steps`, { kind: 'engaged', note: 'Submitted our statement and the decision file to the body.' })).statusCode).toBe(200);
    const ext = (await as(sessions.cora!, 'POST', `/api/v1/disputes/${x.id}/steps`, { kind: 'extended', note: 'The body extended the period for a complex case.' })).json();
    expect(ext).toMatchObject({ extended: true, due_at: '2026-08-29T21:59:59.999Z' });
    const out = await as(sessions.cora!, 'POST', `/api/v1/disputes/${x.id}/outcome`, { outcome: 'for_recipient', summary: 'The body found the trader’s authorisation valid.', recipient_expenses_cents: 2000, recipient_advanced_cents: 500 });
    expect(out.statusCode).toBe(200);
    expect(out.json()).toMatchObject({ status: 'decided', implemented: true });
    const [d2] = await t.ctx.store.db.select().from(decision).where(eq(decision.id, ids.decision2));
    expect(d2!.status).toBe('reversed');
    const detail = (await as(sessions.tess!, 'GET', `/api/v1/disputes/${x.id}`)).json();
    expect(detail.payments.map((p: { kind: string; payer: string; amount_cents: number }) => [p.kind, p.payer, p.amount_cents]).sort()).toEqual([['body_fee', 'platform', 8500], ['recipient_expenses', 'platform', 2000], ['recipient_fee_refund', 'platform', 500]]);
    const paid = await as(sessions.cora!, 'POST', `/api/v1/disputes/${x.id}/payments/${detail.payments[0].id}/paid`, { reference: 'SEPA-2026-77' });
    expect(paid.json()).toMatchObject({ status: 'paid' });
    const m = (await as(sessions.tess!, 'GET', '/api/v1/disputes/metrics')).json();
    expect(m).toMatchObject({ submitted: 1, decided: 1, outcomes: { for_recipient: 1 }, implemented_share: 1, overdue: 0 });
  });

  it('re-sends a restoration the marketplace did not confirm, and flags disputes past their deadline (CH-3, ODS-4)', async () => {
    clock.advance(6 * 60_000);
    const drift = await checkRedressDrift(t.ctx.store.db, clock, t.ctx.config.effectTimeoutMinutes);
    expect(drift.overdue).toEqual([ids.decision2]);
    const resent = (await t.ctx.store.db.select().from(outbox).where(eq(outbox.topic, 'decision.reversed'))).filter((o) => (o.payload as { resent?: boolean }).resent);
    expect(resent.map((o) => (o.payload as { decision_id: string }).decision_id)).toEqual([ids.decision2]);
    expect((await checkRedressDrift(t.ctx.store.db, clock, t.ctx.config.effectTimeoutMinutes)).resent).toBe(0);
    const old = await as(sessions.cora!, 'POST', '/api/v1/disputes', { body_id: 'ODS-DE-1', body_reference: 'SD-2025-0007', decision_id: ids.noAction, recipient_role: 'notifier', received_at: '2025-10-01T10:00:00Z' });
    expect(old.json()).toMatchObject({ overdue: true, due_at: '2025-12-30T22:59:59.999Z' });
    expect(await overdueDisputes(t.ctx.store.db, clock)).toEqual([old.json().id]);
  });

  it('lets the marketplace file for its own trader with its integration key, and never for another', async () => {
    const body = { decision_id: ids.decision2, role: 'affected', explanation: 'Filed by the marketplace on behalf of its trader, who asked by phone.' };
    expect((await complain({ ...body, trader_id: 'T-2' }, t.auth(t.keys.integration))).statusCode).toBe(404);
    expect((await complain({ ...body, trader_id: 'T-1' }, t.auth(t.keys.integration))).statusCode).toBe(201);
    // Any other key is the public: without the statement's token the decision is not theirs.
    expect((await complain({ ...body, trader_id: 'T-1' }, t.auth(t.keys.reviewer))).statusCode).toBe(404);
  });

  it('records a manifestly unfounded complaint with the four Art. 23(3) factors (RO-1)', async () => {
    const [c] = (await as(sessions.sam!, 'GET', '/api/v1/complaints?status=open')).json().items;
    const bad = await as(sessions.sam!, 'POST', `/api/v1/complaints/${c.id}/decision`, { outcome: 'reversed', reasons: 'Not possible together with a misuse flag.', manifestly_unfounded: { gravity: 'low', intent: 'none_identified', note: 'No connection to the decision.' } });
    expect(bad.statusCode).toBe(400);
    const r = await as(sessions.sam!, 'POST', `/api/v1/complaints/${c.id}/decision`, { outcome: 'upheld', reasons: 'The complaint repeats a ground the out-of-court body already settled.', manifestly_unfounded: { gravity: 'low', intent: 'suspected', note: 'Repeats a settled ground without anything new.' } });
    expect(r.statusCode).toBe(200);
    expect(r.json().misuse).toMatchObject({ result: 'none', factors: { unfounded: 1, total: 2, proportion: 0.5, gravity: 'low', intent: 'suspected', window_days: 180 } });
  });

  it('refuses a complaint window under six months in the configuration (CH-1)', () => {
    expect(() => loadConfig({ VIGIL_COMPLAINT_WINDOW_MONTHS: '5' })).toThrow(/VIGIL_COMPLAINT_WINDOW_MONTHS/);
    expect(loadConfig({ VIGIL_COMPLAINT_WINDOW_MONTHS: '12' }).complaintWindowMonths).toBe(12);
  });

  it('warns, then suspends a notifier who often sends manifestly unfounded notices (Art. 23(2)-(3), RO-2)', async () => {
    const spam: string[] = [];
    for (let i = 0; i < 8; i++) spam.push((await notice(i % 2 ? 'L-2' : 'L-3', 'spam@example.org')).id);
    const flag = (id: string) => as(sessions.rita!, 'POST', `/api/v1/notices/${id}/unfounded`, { gravity: 'medium', intent: 'suspected', note: 'Reports a lawful listing again with no indication of illegality.' });
    const results = [];
    for (const id of spam.slice(0, 5)) results.push((await flag(id)).json());
    expect(results.map((r) => r.result)).toEqual(['none', 'none', 'none', 'none', 'warning']);
    expect(results[4].factors).toMatchObject({ unfounded: 5, total: 8, proportion: 0.625, gravity: 'medium', intent: 'suspected', window_days: 180 });
    expect((await flag(spam[0]!)).statusCode).toBe(409);
    const sixth = (await flag(spam[5]!)).json();
    expect(sixth.result).toBe('suspension');
    const refused = await t.app.inject({ method: 'POST', url: '/api/v1/notices', payload: {
      locations: [{ item: { kind: 'listing', id: 'L-2' } }], explanation: 'Yet another report of the same lawful listing by the same person.', notifier: { name: 'S', email: 'SPAM@example.org' }, good_faith: true,
    } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'submissions_suspended', details: [{ path: 'notifier.email' }] });
    expect(refused.json().error.message).toContain(sixth.suspended_until.slice(0, 10));
    const policy = (await t.app.inject({ url: '/api/v1/policies/misuse' })).json();
    expect(policy.clause).toContain(`for ${policy.policy.suspensionDays} days`);
  });

  it('modifies a decision to a lighter restriction: webhook, statement status, trader notice; strikes stay', async () => {
    await t.ctx.catalog.putListing(SYSTEM_ACTOR, 'L-4', { trader_id: 'T-1', source_version: 1, title: 'Watch L-4', description: 'A wrist watch', language: 'fr' });
    const n = await notice('L-4', 'nora@example.org');
    const d = (await as(sessions.rita!, 'POST', `/api/v1/cases/${n.case_ids[0]}/decisions`, DECISION)).json().decision_ids[0];
    const filed = await complain({ decision_id: d, role: 'affected', token: await traderToken(d), explanation: 'Removing the listing is too much; the text can be corrected.', language: 'fr' });
    expect(filed.statusCode).toBe(201);
    const noActions = await as(sessions.sam!, 'POST', `/api/v1/complaints/${filed.json().id}/decision`, { outcome: 'modified', reasons: 'A modification must say what now applies to the listing.' });
    expect(noActions.json().error.details[0].path).toBe('modification');
    const r = await as(sessions.sam!, 'POST', `/api/v1/complaints/${filed.json().id}/decision`, { outcome: 'modified', reasons: 'The listing is demoted instead of removed until the brand wording is corrected.', modification: { actions: ['demote'] } });
    expect(r.statusCode).toBe(200);
    expect(r.json().redress).toMatchObject({ effect_required: true, strikes_withdrawn: 0 });
    const db = t.ctx.store.db;
    const [dec] = await db.select().from(decision).where(eq(decision.id, d));
    expect(dec!.status).toBe('modified');
    const [st] = await db.select().from(statement).where(eq(statement.decisionId, d));
    expect(st!.redressStatus).toBe('modified');
    const [hook] = await db.select().from(outbox).where(and(eq(outbox.topic, 'decision.modified'), eq(outbox.subjectId, 'L-4')));
    expect(hook!.payload).toMatchObject({ decision_id: d, restore: false, restriction: { actions: ['demote'], visibility: ['DECISION_VISIBILITY_CONTENT_DEMOTED'] } });
    const notices = (await db.select().from(outbox).where(eq(outbox.topic, 'trader.statement_update'))).map((o) => o.payload as { decision_id: string; language: string; text: string });
    expect(notices.find((x) => x.decision_id === d)).toMatchObject({ language: 'fr', text: expect.stringContaining('modifiée') });
  });
});
