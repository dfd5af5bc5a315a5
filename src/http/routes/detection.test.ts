import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/events.js';
import { ENGINES } from '../../../test/support/db.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';

const ILLEGAL = { trader_id: 'T-1', source_version: 1, title: 'Tramadol 100mg tablets, no prescription needed', description: 'Fast discreet shipping to all EU countries', price: 39, currency: 'EUR' };
const CLEAN = { trader_id: 'T-1', source_version: 1, title: 'Wooden jigsaw puzzle, 500 pieces', description: 'A landscape of the Alps for the whole family', price: 19, currency: 'EUR' };

describe.each(ENGINES)('screening wired into listing writes on %s', (engine) => {
  let t: TestApp;
  const q = <T>(text: string, params: unknown[] = []) => t.ctx.store.query<T>(text, params).then((r) => r.rows);
  beforeAll(async () => {
    t = await createTestApp(engine, { env: { VIGIL_RULES_POLL_SECONDS: '0' } });
    await t.ctx.catalog.putTrader(SYSTEM_ACTOR, 'T-1', { display_name: 'Shop', created_at: '2020-01-01T00:00:00Z' });
  }, 60_000);
  afterAll(async () => t?.close());
  const put = (id: string, body: object) => t.app.inject({ method: 'PUT', url: `/api/v1/listings/${id}`, headers: t.auth(t.keys.integration), payload: body });

  it('screens an illegal offer within the PUT and opens a detection case', async () => {
    const r = await put('L-ill', ILLEGAL);
    expect(r.statusCode).toBe(200);
    // No job ran: the result, the case and the ledger event exist when the call returns.
    const s = (await t.app.inject({ method: 'GET', url: '/api/v1/listings/L-ill/screening', headers: t.auth(t.keys.reviewer) })).json();
    expect(s).toMatchObject({ listing_version: 1, verdict: 'review', reason: 'ingest', routed: 'case', categories: expect.arrayContaining(['medicine']) });
    expect(s.rules.map((x: { id: string }) => x.id)).toContain('medicine.rx-without-prescription');
    // The rule may block in its file, but no rule blocks before 200 reviewed hits at ≥ 0.98 (DET-6).
    expect(s.rules.find((x: { id: string }) => x.id === 'medicine.rx-without-prescription')).toMatchObject({ declaredAction: 'block', action: 'review' });
    const marked = s.highlights.title.filter((seg: { marks?: unknown[] }) => seg.marks);
    expect(marked.map((seg: { text: string }) => seg.text)).toContain('Tramadol');
    const cases = await q<{ queue: string; status: string }>(`SELECT queue, status FROM moderation_case WHERE subject_kind = 'listing' AND subject_id = 'L-ill'`);
    expect(cases).toEqual([{ queue: 'detection', status: 'open' }]);
    const links = await q<{ kind: string; ref_id: string }>(`SELECT kind, ref_id FROM case_link`);
    expect(links).toContainEqual({ kind: 'detection', ref_id: s.screening_id });
    const ev = await q<{ actor_kind: string; actor_id: string; model_version: string; payload: { verdict: string; versions: Record<string, string> } }>(
      `SELECT actor_kind, actor_id, model_version, payload FROM ledger_event WHERE type = 'detection.screened' AND subject_id = 'L-ill'`);
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({ actor_kind: 'automated', actor_id: 'detection', payload: { verdict: 'review', versions: { rule_set_version: 'files' } } });
    expect(ev[0]!.model_version).toMatch(/^rules:files\/rs-[0-9a-f]{8};engine:/);
    expect(await q(`SELECT case_id FROM detection_hit WHERE listing_id = 'L-ill' AND rule_id = 'medicine.rx-without-prescription'`)).toHaveLength(1);
  });

  it('lets a clean listing pass without a case', async () => {
    expect((await put('L-ok', CLEAN)).statusCode).toBe(200);
    const s = (await t.app.inject({ method: 'GET', url: '/api/v1/listings/L-ok/screening', headers: t.auth(t.keys.integration) })).json();
    expect(s).toMatchObject({ verdict: 'allow', routed: 'none', rules: [] });
    expect(await q(`SELECT id FROM moderation_case WHERE subject_id = 'L-ok'`)).toEqual([]);
  });

  it('does not re-screen a price-only update, and screens a content change', async () => {
    const count = async () => Number((await q<{ n: number }>(`SELECT count(*)::int AS n FROM screening WHERE listing_id = 'L-ok'`))[0]!.n);
    expect(await count()).toBe(1);
    expect((await put('L-ok', { ...CLEAN, source_version: 2, price: 17 })).json()).toMatchObject({ status: 'updated', version: 1 });
    expect(await count()).toBe(1);
    expect((await put('L-ok', { ...CLEAN, source_version: 3, description: 'Now with a poster of the finished picture' })).json()).toMatchObject({ status: 'new_version', version: 2 });
    expect(await count()).toBe(2);
  });

  it('screens each listing of an import batch in the batch transaction', async () => {
    const lines = [{ id: 'I-1', ...CLEAN }, { id: 'I-2', ...ILLEGAL }, { id: 'I-1', ...CLEAN, source_version: 2, price: 5 }].map((l) => JSON.stringify(l)).join('\n');
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/listings:import', headers: { ...t.auth(t.keys.integration), 'content-type': 'application/x-ndjson' }, payload: lines });
    expect(r.statusCode).toBe(200);
    const rows = await q<{ listing_id: string; verdict: string }>(`SELECT listing_id, verdict FROM screening WHERE listing_id IN ('I-1', 'I-2') ORDER BY listing_id`);
    expect(rows).toEqual([{ listing_id: 'I-1', verdict: 'allow' }, { listing_id: 'I-2', verdict: 'review' }]);
  });

  it('takes third-party verdicts and test purchases from the integration and re-screens the listing', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/listings/L-ok/verdicts', headers: t.auth(t.keys.integration), payload: { kind: 'test_purchase', source: 'brand-lab', verdict: 'counterfeit', confidence: 0.95 } });
    expect(r.statusCode).toBe(201);
    expect(r.json().screening).toMatchObject({ changed: true, verdict: 'review', routed: 'case' });
    expect(r.json().screening.rules.some((id: string) => id.startsWith('counterfeit.'))).toBe(true);
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/listings/L-ok/verdicts', headers: t.auth(t.keys.reviewer) })).json();
    expect(list.items[0]).toMatchObject({ kind: 'test_purchase', source: 'brand-lab', verdict: 'counterfeit' });
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/listings/L-ok/verdicts', headers: t.auth(t.keys.reviewer), payload: { source: 'x1', verdict: 'clean' } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/listings/NOPE/verdicts', headers: t.auth(t.keys.integration), payload: { source: 'x1', verdict: 'clean' } })).statusCode).toBe(422);
  });

  it('imports a hash bank from CSV, reporting bad lines by number', async () => {
    const good = 'f'.repeat(32) + '0'.repeat(32);
    const csv = `hash,label,source\n${good},counterfeit,ngo-1\nnot-a-hash,x,y\n`;
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/hash-banks?source=test-bank', headers: { ...t.auth(t.keys.admin), 'content-type': 'text/csv' }, payload: csv });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ imported: 1, errors: [{ line: 3 }] });
    expect(await q(`SELECT label, source, category FROM hash_bank_entry`)).toEqual([{ label: 'counterfeit', source: 'ngo-1', category: 'counterfeit' }]);
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/hash-banks?source=test-bank', headers: { ...t.auth(t.keys.admin), 'content-type': 'text/csv' }, payload: csv });
    expect(again.json()).toMatchObject({ imported: 0, skipped_duplicates: 1 });
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/hash-banks?source=x', headers: { ...t.auth(t.keys.integration), 'content-type': 'text/csv' }, payload: csv })).statusCode).toBe(403);
  });

  it('answers 404 for a listing never screened and checks roles on reads', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/listings/none/screening', headers: t.auth(t.keys.reviewer) })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/listings/L-ok/screening', headers: t.auth(t.keys.researcher) })).statusCode).toBe(403);
  });
});
