import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/clock.js';
import { SYSTEM_ACTOR } from '../../core/events.js';
import { ENGINES } from '../../../test/support/db.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';

describe.each(ENGINES)('authority orders on %s (Arts. 9, 10, NA-8)', (engine) => {
  let t: TestApp;
  // Thursday before Easter 2026 (2 April) in Germany: Good Friday and Easter Monday are holidays.
  const clock = new ManualClock(new Date('2026-04-02T09:00:00Z'));
  beforeAll(async () => {
    t = await createTestApp(engine, { clock });
    await t.ctx.catalog.putTrader(SYSTEM_ACTOR, 'T-1', { display_name: 'Toy Shop' });
    await t.ctx.catalog.putListing(SYSTEM_ACTOR, 'L-9', { trader_id: 'T-1', source_version: 1, title: 'Magnetic balls set' });
  });
  afterAll(async () => t?.close());

  const order = { kind: 'act', gpsr: true, authority: 'Bundesanstalt für Arbeitsschutz', member_state: 'DE', legal_basis: 'GPSR Art. 22(4); Reg. (EU) 2019/1020 Art. 14', territorial_scope: ['DE'], category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', locations: [{ item: { kind: 'listing', id: 'L-9' } }] };

  it('records a GPSR order with a 2-working-day deadline in the issuing state and opens an authority case', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/authority-orders', headers: { ...t.auth(t.keys.integration), 'idempotency-key': 'order-0001' }, payload: order });
    expect(res.statusCode).toBe(201);
    const o = res.json();
    // Thu 2 Apr → Fri 3 Apr (Good Friday) and Mon 6 Apr (Easter Monday) do not count: Tue 7, Wed 8 → end of Wed 8 Apr, Berlin time.
    expect(o.due_at).toBe('2026-04-08T21:59:59.999Z');
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/authority-orders', headers: { ...t.auth(t.keys.integration), 'idempotency-key': 'order-0001' }, payload: order });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(o.id);
    const cases = (await t.app.inject({ url: '/api/v1/cases?queue=authority', headers: t.auth(t.keys.reviewer) })).json();
    expect(cases.items[0]).toMatchObject({ subject: { id: 'L-9' }, queue: 'authority', due_at: o.due_at });
  });

  it('records the acknowledgement once', async () => {
    const list = (await t.app.inject({ url: '/api/v1/authority-orders', headers: t.auth(t.keys.reviewer) })).json();
    const id = list.items[0].id;
    clock.advance(30 * 60_000);
    const ack = (await t.app.inject({ method: 'POST', url: `/api/v1/authority-orders/${id}/acknowledge`, headers: t.auth(t.keys.integration) })).json();
    expect(ack.acknowledged_at).toBe('2026-04-02T09:30:00.000Z');
    clock.advance(60_000);
    await t.app.inject({ method: 'POST', url: `/api/v1/authority-orders/${id}/acknowledge`, headers: t.auth(t.keys.integration) });
    const events = (await t.app.inject({ url: `/api/v1/ledger?subject=authority_order:${id}`, headers: t.auth(t.keys.reviewer) })).json().items.map((e: { type: string }) => e.type);
    expect(events).toEqual(['authority_order.received', 'authority_order.acknowledged']);
  });

  it('refuses incomplete orders naming the fields', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/authority-orders', headers: t.auth(t.keys.integration), payload: { kind: 'act', member_state: 'XX', locations: [] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['authority', 'legal_basis', 'member_state', 'locations', 'territorial_scope']));
  });
});
