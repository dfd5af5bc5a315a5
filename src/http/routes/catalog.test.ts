import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/support/db.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';

const listing = (over: Record<string, unknown> = {}) => ({
  trader_id: 'T-1', source_version: 1, title: 'Wireless headphones', description: 'Over-ear, 30 h battery', price: 59.9, currency: 'EUR',
  category_path: ['Electronics', 'Audio'], brand: 'Sonora', gtin: '4006381333931', product_url: 'https://shop.example/l/1',
  image_urls: ['https://img.example/1.jpg'], language: 'en', ...over,
});

describe.each(ENGINES)('catalog API on %s', (engine) => {
  let t: TestApp;
  const put = (url: string, payload: unknown, key?: string) => t.app.inject({ method: 'PUT', url, payload: payload as object, headers: t.auth(key ?? t.keys.integration) });
  const get = (url: string, key?: string) => t.app.inject({ url, headers: t.auth(key ?? t.keys.reviewer) });

  beforeAll(async () => {
    t = await createTestApp(engine);
    expect((await put('/api/v1/traders/T-1', { display_name: 'Sonora Audio GmbH', legal_name: 'Sonora Audio GmbH', country: 'DE' })).json()).toEqual({ id: 'T-1', status: 'created' });
  });
  afterAll(async () => t?.close());

  it('upserts traders idempotently', async () => {
    const again = await put('/api/v1/traders/T-1', { display_name: 'Sonora Audio GmbH', legal_name: 'Sonora Audio GmbH', country: 'DE' });
    expect(again.json()).toEqual({ id: 'T-1', status: 'unchanged' });
    const changed = await put('/api/v1/traders/T-1', { display_name: 'Sonora Audio', legal_name: 'Sonora Audio GmbH', country: 'DE' });
    expect(changed.json().status).toBe('updated');
    const hist = (await get('/api/v1/ledger?subject=trader:T-1')).json();
    expect(hist.items.map((e: { type: string }) => e.type)).toEqual(['trader.registered', 'trader.updated']);
    // Names are personal data for sole traders: only field names reach the ledger.
    expect(JSON.stringify(hist.items)).not.toContain('Sonora Audio');
  });

  it('versions content changes, updates price in place, refuses older source versions', async () => {
    expect((await put('/api/v1/listings/L-1', listing())).json()).toEqual({ id: 'L-1', status: 'created', version: 1 });
    expect((await put('/api/v1/listings/L-1', listing())).json()).toEqual({ id: 'L-1', status: 'unchanged', version: 1 });
    expect((await put('/api/v1/listings/L-1', listing({ source_version: 2, price: 49.9 }))).json()).toEqual({ id: 'L-1', status: 'updated', version: 1 });
    expect((await put('/api/v1/listings/L-1', listing({ source_version: 3, price: 49.9, title: 'Wireless headphones ANC' }))).json()).toEqual({ id: 'L-1', status: 'new_version', version: 2 });
    const stale = await put('/api/v1/listings/L-1', listing({ source_version: 2, title: 'old' }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'stale_version', details: [{ path: 'source_version' }] });
    const sameVersionOtherData = await put('/api/v1/listings/L-1', listing({ source_version: 3, title: 'different' }));
    expect(sameVersionOtherData.statusCode).toBe(409);
    const current = (await get('/api/v1/listings/L-1')).json();
    expect(current).toMatchObject({ title: 'Wireless headphones ANC', price: 49.9, version: 2, source_version: 3 });
    const versions = (await get('/api/v1/listings/L-1/versions')).json().items;
    expect(versions.map((v: { version: number; title: string }) => [v.version, v.title])).toEqual([[1, 'Wireless headphones'], [2, 'Wireless headphones ANC']]);
    const events = (await get('/api/v1/ledger?subject=listing:L-1')).json().items.map((e: { type: string }) => e.type);
    // Each content version is screened in the same transaction (DET-1); the price-only update is not.
    expect(events).toEqual(['listing.created', 'detection.screened', 'listing.version_created', 'detection.screened']);
  });

  it('records visibility changes reported by the marketplace', async () => {
    await put('/api/v1/listings/L-1', listing({ source_version: 4, price: 49.9, title: 'Wireless headphones ANC', visibility: 'removed' }));
    const events = (await get('/api/v1/ledger?subject=listing:L-1')).json().items;
    expect(events.at(-1)).toMatchObject({ type: 'item.visibility_changed', payload: { from: 'visible', to: 'removed' } });
  });

  it('names every field at fault and refuses unknown traders', async () => {
    const bad = await put('/api/v1/listings/L-2', { trader_id: 'T-1', title: '', price: -1, colour: 'red' });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(['colour', 'price', 'source_version', 'title']);
    expect(bad.json().error.code).toBe('invalid_body');
    const unknown = await put('/api/v1/listings/L-2', listing({ trader_id: 'T-404' }));
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error).toMatchObject({ code: 'unknown_trader', details: [{ path: 'trader_id', problem: 'unknown trader' }] });
    const malformed = await t.app.inject({ method: 'PUT', url: '/api/v1/listings/L-2', headers: { ...t.auth(t.keys.integration), 'content-type': 'application/json' }, payload: '{"title": ' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('invalid_body');
    const script = await put('/api/v1/listings/L-2', listing({ product_url: 'javascript:alert(1)' }));
    expect(script.json().error.details).toEqual([{ path: 'product_url', problem: expect.any(String) }]);
    const huge = await put('/api/v1/listings/L-2', listing({ description: 'x'.repeat(1_100_000) }));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('payload_too_large');
    // Nothing accepted earlier was lost.
    expect((await get('/api/v1/listings/L-1')).statusCode).toBe(200);
  });

  it('pages with cursors and filters', async () => {
    for (let i = 0; i < 7; i++) await put(`/api/v1/listings/P-${i}`, listing({ title: `Puzzle ${i}`, language: i % 2 ? 'de' : 'fr', brand: 'Holzwerk' }));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { items: { id: string }[]; next_cursor: string | null } = (await get(`/api/v1/listings?brand=holzwerk&limit=3${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...res.items.map((l: { id: string }) => l.id));
      cursor = res.next_cursor;
    } while (cursor);
    expect(seen).toEqual(['P-0', 'P-1', 'P-2', 'P-3', 'P-4', 'P-5', 'P-6']);
    expect((await get('/api/v1/listings?language=de&q=puzzle')).json().items).toHaveLength(3);
    expect((await get('/api/v1/listings?cursor=garbage')).json().error.code).toBe('invalid_query');
  });

  it('records orders and other item kinds', async () => {
    expect((await put('/api/v1/orders/O-1', { listing_id: 'L-1', buyer_ref: 'b-77', ordered_at: '2026-05-01T10:00:00Z' })).json().status).toBe('created');
    expect((await put('/api/v1/orders/O-1', { listing_id: 'L-1', buyer_ref: 'b-77', ordered_at: '2026-05-01T10:00:00Z' })).json().status).toBe('unchanged');
    expect((await put('/api/v1/orders/O-2', { listing_id: 'L-404', buyer_ref: 'b', ordered_at: '2026-05-01T10:00:00Z' })).json().error.code).toBe('unknown_listing');
    const review = await put('/api/v1/items/review/R-1', { url: 'https://shop.example/r/1', trader_id: 'T-1', parent: { kind: 'listing', id: 'L-1' }, text: 'Great' });
    expect(review.json().status).toBe('created');
    expect((await get('/api/v1/items/review/R-1')).json()).toMatchObject({ kind: 'review', parent: { kind: 'listing', id: 'L-1' } });
    const orphan = await put('/api/v1/items/affiliate_link/A-1', { parent: { kind: 'listing', id: 'nope' } });
    expect(orphan.json().error.code).toBe('unknown_item');
  });

  it('enforces roles and authentication', async () => {
    expect((await t.app.inject({ url: '/api/v1/listings' })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/listings', headers: { authorization: 'Bearer vgl_fake_key' } })).statusCode).toBe(401);
    expect((await put('/api/v1/traders/T-9', { display_name: 'x' }, t.keys.trustee)).statusCode).toBe(403);
    expect((await get('/api/v1/listings', t.keys.researcher)).statusCode).toBe(403);
  });
});
