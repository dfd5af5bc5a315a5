import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/support/db.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';

const line = (id: string, over: Record<string, unknown> = {}) => JSON.stringify({ id, trader_id: 'T-1', source_version: 1, title: `Item ${id}`, price: 10, ...over });

describe.each(ENGINES)('listings:import on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
    await t.app.inject({ method: 'PUT', url: '/api/v1/traders/T-1', headers: t.auth(t.keys.integration), payload: { display_name: 'T' } });
  });
  afterAll(async () => t?.close());

  const post = (body: string, query = '') => t.app.inject({
    method: 'POST', url: `/api/v1/listings:import${query}`, payload: body,
    headers: { ...t.auth(t.keys.integration), 'content-type': 'application/x-ndjson' },
  });
  const parse = (body: string) => body.trim().split('\n').map((l) => JSON.parse(l));

  it('imports every good line and reports each bad one with its line number', async () => {
    const body = [line('A'), '{"id": "B", broken', line('C', { trader_id: 'nobody' }), '', line('D', { price: -5 }), line('E')].join('\n');
    const res = await post(body, '?batch_size=2');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/x-ndjson');
    const out = parse(res.body);
    const summary = out.pop();
    expect(out.map((r) => [r.line, r.status, r.error?.code ?? null])).toEqual([
      [1, 'created', null], [2, 'error', 'invalid_body'], [3, 'error', 'unknown_trader'], [5, 'error', 'invalid_body'], [6, 'created', null],
    ]);
    expect(out[3].error.details).toEqual([{ path: 'price', problem: expect.any(String) }]);
    expect(summary).toEqual({ summary: { lines: 5, created: 2, new_version: 0, updated: 0, unchanged: 0, errors: 3 } });
  });

  it('is idempotent: the same file again changes nothing', async () => {
    const body = [line('A'), line('E')].join('\n');
    const out = parse((await post(body)).body);
    expect(out.pop().summary).toMatchObject({ unchanged: 2, created: 0 });
    const ledger = (await t.app.inject({ url: '/api/v1/ledger?subject=listing:A', headers: t.auth(t.keys.reviewer) })).json();
    expect(ledger.items.map((e: { type: string }) => e.type)).toEqual(['listing.created', 'detection.screened']);
  });

  it('handles repeated ids in one batch in order', async () => {
    const out = parse((await post([line('R'), line('R', { source_version: 2, title: 'New title' }), line('R', { source_version: 1 })].join('\n'))).body);
    expect(out.slice(0, 3).map((r) => r.status)).toEqual(['created', 'new_version', 'error']);
  });

  it('refuses JSON bodies and unauthorised callers', async () => {
    const json = await t.app.inject({ method: 'POST', url: '/api/v1/listings:import', payload: { id: 'x' }, headers: t.auth(t.keys.integration) });
    expect(json.statusCode).toBe(415);
    const noAuth = await t.app.inject({ method: 'POST', url: '/api/v1/listings:import', payload: line('Z'), headers: { 'content-type': 'application/x-ndjson' } });
    expect(noAuth.statusCode).toBe(401);
  });
});
