/**
 * End to end on the real HTTP app: a public notice → a case → a reviewer's decision → the
 * statement of reasons (trader's and Transparency Database's) → the marketplace confirms the
 * effect → the statement is accepted by the Transparency Database emulator → export.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../src/core/events.js';
import { validateStatement } from '../src/core/statements/validate.js';
import { runTdbSubmit } from '../src/jobs/tdb-submit.js';
import { checkDrift } from '../src/services/decisions/effects.js';
import { exportStatements } from '../src/services/statements/export.js';
import { deliverMailRound } from '../src/services/outbox/deliver-mail.js';
import { listByStatus } from '../src/services/outbox/outbox.js';
import { ManualClock } from '../src/core/clock.js';
import { ENGINES } from './support/db.js';
import { createTestApp, type TestApp } from './support/app.js';
import { TdbEmulator } from '../src/integrations/tdb-emulator.js';

describe.each(ENGINES)('notice to statement of reasons on %s', (engine) => {
  let t: TestApp;
  let tdb: TdbEmulator;
  const clock = new ManualClock(new Date('2026-09-15T08:00:00Z'));
  beforeAll(async () => {
    tdb = await TdbEmulator.start();
    t = await createTestApp(engine, { clock, env: { VIGIL_TDB_URL: tdb.url, VIGIL_TDB_TOKEN: '1|platform-a-secret', VIGIL_PLATFORM_NAME: 'Demo Market', VIGIL_PUBLIC_RATE_LIMIT: '1000' } });
    await t.ctx.catalog.putTrader(SYSTEM_ACTOR, 'T-7', { display_name: 'Lux Watches Ltd', country: 'HK' });
    await t.ctx.catalog.putListing(SYSTEM_ACTOR, 'L-77', {
      trader_id: 'T-7', source_version: 1, title: 'Rolex Submariner 1:1 replica AAA', description: 'Mirror quality, ships from HK', price: 49, currency: 'EUR',
      brand: 'Rolex', gtin: '4006381333931', language: 'de', image_urls: ['https://img.example/77.jpg'], product_url: 'https://market.example/l/77', created_at: '2026-09-01T10:00:00Z',
    });
  });
  afterAll(async () => {
    await t?.close();
    await tdb?.close();
  });

  it('runs the whole loop', async () => {
    // 1. Anyone files a notice (no account).
    const n = await t.app.inject({ method: 'POST', url: '/api/v1/notices', payload: {
      locations: [{ url: 'https://market.example/l/77' }], explanation: 'Counterfeit Rolex watch sold as a 1:1 replica; the brand owner never made it.',
      notifier: { name: 'Rita Rights', email: 'rita@brand.example' }, good_faith: true, category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', language: 'en',
    } });
    expect(n.statusCode).toBe(201);
    const caseId = n.json().case_ids[0];

    // 2. A reviewer claims the case and decides; the form refuses what the statement would lack.
    const rev = t.auth(t.keys.reviewer);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/claim`, headers: rev })).statusCode).toBe(200);
    const incomplete = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/decisions`, headers: rev, payload: {
      actions: ['remove'], ground: 'illegal', explanation: 'The listing offers a counterfeit watch bearing the Rolex trade mark.', category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', keyword: 'KEYWORD_TRADEMARK_INFRINGEMENT', territorial_scope: 'EU',
    } });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.details).toEqual([{ path: 'legal_ground', problem: expect.stringContaining('Art. 17(3)(d)') }]);
    clock.advance(3_600_000);
    const d = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/decisions`, headers: rev, payload: {
      actions: ['remove'], ground: 'illegal', legal_ground: 'Regulation (EU) 2017/1001, Article 9(2) - use of a sign identical to an EU trade mark',
      explanation: 'The listing offers a counterfeit watch bearing the Rolex trade mark without the holder’s consent; the title calls it a 1:1 replica.',
      category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', keyword: 'KEYWORD_TRADEMARK_INFRINGEMENT', territorial_scope: 'EU',
      failed_attribute: 'product title and brand', finding: 'the title offers a "1:1 replica" of a Rolex Submariner at 49 EUR',
    } });
    expect(d.statusCode).toBe(201);
    const [decisionId] = d.json().decision_ids;
    expect(d.json().status).toBe('pending_effect');

    // 3. The statement exists in database format, passes every rule of the spec and names no person.
    const st = (await t.app.inject({ url: `/api/v1/statements/${decisionId}`, headers: rev })).json();
    expect(st).toMatchObject({ puid: decisionId, decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'], decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT', source_type: 'SOURCE_ARTICLE_16', content_id: { 'EAN-13': '4006381333931' }, content_language: 'DE' });
    // Screening flagged the listing when it was written, so detection was automated; a person decided.
    expect(st).toMatchObject({ automated_detection: 'Yes', automated_decision: 'AUTOMATED_DECISION_PARTIALLY' });
    expect(validateStatement(st).valid).toBe(true);
    expect(JSON.stringify(st)).not.toMatch(/Rita|rita@brand/);
    const trader = (await t.app.inject({ url: `/api/v1/statements/${decisionId}/trader`, headers: rev })).json();
    expect(trader.language).toBe('de');
    expect(trader.text).toContain(decisionId);

    // 4. The marketplace was asked to enforce it; the notifier hears the outcome with redress.
    const outbox = await listByStatus(t.ctx.store.db, 'pending', undefined, 50);
    const topics = outbox.items.map((m) => m.topic);
    expect(topics).toEqual(expect.arrayContaining(['decision.taken', 'trader.statement_of_reasons', 'mail.notice_outcome']));
    await deliverMailRound(t.ctx.store.db, t.ctx.clock, t.ctx.mail, 3);
    const notice = (await t.app.inject({ url: `/api/v1/notices/${n.json().id}/status?token=${n.json().status_token}` })).json();
    expect(notice).toMatchObject({ status: 'decided', outcome: 'action' });

    // 5. Not confirmed in time → re-sent; then the marketplace confirms the effect (idempotently).
    clock.advance(6 * 60_000);
    const drift = await checkDrift(t.ctx.store.db, t.ctx.clock, 5);
    expect(drift.overdue).toEqual([decisionId]);
    const eff = await t.app.inject({ method: 'POST', url: `/api/v1/decisions/${decisionId}/effects`, headers: t.auth(t.keys.integration), payload: {} });
    expect(eff.json()).toMatchObject({ already: false });
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/decisions/${decisionId}/effects`, headers: t.auth(t.keys.integration), payload: {} })).json().already).toBe(true);
    expect((await checkDrift(t.ctx.store.db, t.ctx.clock, 5)).checked).toBe(0);

    // 6. The submitter sends it; the emulator (which enforces the spec) stores it.
    tdb.failNext(1, { kind: 'status', status: 429 });
    await runTdbSubmit(t.ctx);
    await runTdbSubmit(t.ctx);
    expect(tdb.stored.map((s) => s.puid)).toEqual([decisionId]);
    const listed = (await t.app.inject({ url: '/api/v1/statements', headers: rev })).json();
    expect(listed.items[0]).toMatchObject({ status: 'submitted' });
    // A configured database is just that: only the demo's own emulator calls itself a sandbox.
    expect((await t.app.inject({ url: `/api/v1/statements/${decisionId}/submission`, headers: rev })).json()).toMatchObject({
      puid: decisionId, required: true, status: 'submitted', attempts: 1, tdb_uuid: tdb.stored[0]!.uuid, target: 'configured',
    });
    expect((await t.app.inject({ url: '/healthz' })).json()).toMatchObject({ transparency_database: 'configured' });

    // 7. The ledger holds the whole story; the export streams the statement.
    const events = (await t.app.inject({ url: `/api/v1/ledger?subject=decision:${decisionId}`, headers: rev })).json().items.map((e: { type: string }) => e.type);
    expect(events).toEqual(['decision.taken', 'decision.notified', 'decision.effect_confirmed', 'statement.submitted']);
    const exported = [];
    for await (const s of exportStatements(t.ctx.store.db)) exported.push(s);
    expect(exported).toEqual([st]);
  });
});
