import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, request } from 'undici';
import { A10_1, A10_2, a101, validStatements } from './fixtures/tdb/examples.js';
import { VECTORS } from './fixtures/tdb/vectors.js';
import { TdbEmulator, type EmulatorPlatform } from '../src/integrations/tdb-emulator.js';

/** One platform (token) per vector, so PUIDs of one vector never meet another's. */
const platforms: EmulatorPlatform[] = Array.from({ length: 60 }, (_, i) => ({ token: `${i + 1}|secret-${i}`, name: `Platform ${i}` }));
let tdb: TdbEmulator;
const agent = new Agent();
let nextPlatform = 0;

interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: unknown; text: string }
async function call(method: 'GET' | 'POST', path: string, o: { token?: string | null; body?: unknown; accept?: string | null } = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (o.accept !== null) headers.accept = o.accept ?? 'application/json';
  if (o.token !== null) headers.authorization = `Bearer ${o.token ?? platforms[0]!.token}`;
  const res = await request(`${tdb.url}${path}`, { method, headers, dispatcher: agent, ...(o.body === undefined ? {} : { body: JSON.stringify(o.body) }) });
  const text = await res.body.text();
  let body: unknown = text;
  try { body = JSON.parse(text); } catch { /* plain text */ }
  return { status: res.statusCode, headers: res.headers, body, text };
}
const obj = (b: unknown): Record<string, unknown> => b as Record<string, unknown>;

beforeAll(async () => { tdb = await TdbEmulator.start({ platforms }); });
afterAll(async () => { await tdb.close(); await agent.close(); });

describe('emulator vs the A11 vectors, over HTTP', () => {
  it.each(VECTORS.map((v) => [`#${v.n} ${v.name}`, v] as const))('%s', async (_, v) => {
    const token = platforms[nextPlatform++]!.token;
    const platform = platforms.find((p) => p.token === token)!.name;
    if (v.kind === 'single') {
      for (const b of v.before ?? []) expect((await call('POST', '/api/v1/statement', { token, body: b })).status).toBe(201);
      const r = await call('POST', '/api/v1/statement', { token, body: v.body });
      expect(r.status, r.text).toBe(v.status);
      const body = obj(r.body);
      if (v.status === 201) {
        expect(body).toMatchObject({ puid: v.body.puid, platform_name: platform });
        expect(body.uuid).toMatch(/^[0-9a-f-]{36}$/);
        expect(body.created_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
        expect(body.id).toBeGreaterThanOrEqual(100_000_000_000);
        expect(body.permalink).toBe(`${tdb.url}/statement/${String(body.uuid)}`);
        expect(body.self).toBe(`${tdb.url}/api/v1/statement/${String(body.uuid)}`);
        for (const f of v.notStored ?? []) expect(body).not.toHaveProperty(f);
      } else {
        expect(typeof body.message).toBe('string');
        if (v.errorKeys) expect(Object.keys(obj(body.errors)).sort()).toEqual([...v.errorKeys].sort());
        if (v.existingPuid) expect(body.existing).toEqual({ puid: v.existingPuid });
        expect(tdb.storedFor(platform)).toHaveLength((v.before ?? []).length);
      }
    } else {
      const r = await call('POST', '/api/v1/statements', { token, body: v.body });
      expect(r.status).toBe(422);
      const errors = obj(obj(r.body).errors);
      if (v.errorKeys) expect(Object.keys(errors).sort()).toEqual([...v.errorKeys].sort());
      if (v.existingPuids) expect(errors.existing_puids).toEqual(v.existingPuids);
      if (v.statementErrors) {
        expect(obj(r.body)).not.toHaveProperty('message');
        expect(Object.keys(errors)).toEqual(Object.keys(v.statementErrors));
        for (const [k, fields] of Object.entries(v.statementErrors)) expect(Object.keys(obj(errors[k]))).toEqual(fields);
      }
      expect(tdb.storedFor(platform)).toEqual([]); // all or nothing
    }
  });
});

describe('emulator: response shapes (A7)', () => {
  it('single 201: arrays de-duplicated and sorted, category removed from additions, end dates null', async () => {
    const token = platforms[50]!.token;
    const r = await call('POST', '/api/v1/statement', {
      token,
      body: a101({ puid: 'shape-1', territorial_scope: ['NL', 'AT', 'NL'], category_addition: ['STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS'], content_type: ['CONTENT_TYPE_TEXT', 'CONTENT_TYPE_PRODUCT'] }),
    });
    expect(r.status).toBe(201);
    expect(obj(r.body)).toMatchObject({
      territorial_scope: ['AT', 'NL'],
      content_type: ['CONTENT_TYPE_PRODUCT', 'CONTENT_TYPE_TEXT'],
      category_addition: ['STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS'],
      content_id: { 'EAN-13': '4006381333931' },
      end_date_visibility_restriction: null,
      end_date_monetary_restriction: '2025-10-15',
    });
    const back = await call('GET', `/api/v1/statement/${String(obj(r.body).uuid)}`, { token });
    expect(back.status).toBe(200);
    expect(obj(back.body)).not.toHaveProperty('puid');
  });

  it('batch 201: one item per statement in order, nulls and [] for missing fields, content_id_ean, no id', async () => {
    const token = platforms[51]!.token;
    const second = { ...structuredClone(A10_2), territorial_scope: ['SK', 'AT'], content_type: ['CONTENT_TYPE_TEXT', 'CONTENT_TYPE_OTHER'] };
    const r = await call('POST', '/api/v1/statements', { token, body: { statements: [A10_1, second] } });
    expect(r.status).toBe(201);
    const [one, two] = obj(r.body).statements as Record<string, unknown>[];
    expect(one).toMatchObject({ puid: A10_1.puid, content_id_ean: '4006381333931', category_specification_other: null, end_date_account_restriction: null });
    expect(one).not.toHaveProperty('content_id');
    expect(one).not.toHaveProperty('id');
    expect(two).toMatchObject({ puid: A10_2.puid, territorial_scope: ['AT', 'SK'], content_type: ['CONTENT_TYPE_TEXT', 'CONTENT_TYPE_OTHER'], category_addition: [], source_identity: null, content_id_ean: null });
  });

  it('429 has the plain-text body; 5xx is JSON', async () => {
    tdb.failNext(1, { kind: 'status', status: 429 });
    const r = await call('GET', '/api/ping');
    expect([r.status, r.text]).toEqual([429, 'Limit Reached. Please do not overload the API']);
    tdb.failNext(1, { kind: 'status', status: 500 });
    expect((await call('GET', '/api/ping')).status).toBe(500);
    expect((await call('GET', '/api/ping')).body).toEqual({ you_say: 'ping', i_say: 'pong' });
  });
});

describe('emulator: authentication, PUIDs, platforms', () => {
  it('401 without or with a wrong token; 403 without the create permission', async () => {
    expect(await call('GET', '/api/ping', { token: null })).toMatchObject({ status: 401, body: { message: 'Unauthenticated.' } });
    expect((await call('POST', '/api/v1/statements', { token: '9|nope', body: { statements: [A10_1] } })).status).toBe(401);
    const readOnly = await TdbEmulator.start({ platforms: [{ token: 't', name: 'RO', canCreate: false }] });
    try {
      const res = await request(`${readOnly.url}/api/v1/statement`, { method: 'POST', headers: { authorization: 'Bearer t', accept: 'application/json', 'content-type': 'application/json' }, body: JSON.stringify(A10_1) });
      expect(res.statusCode).toBe(403);
      await res.body.dump();
    } finally {
      await readOnly.close();
    }
  });

  it('existing-puid: 302 without Location when found, 404 when not', async () => {
    const token = platforms[52]!.token;
    await call('POST', '/api/v1/statement', { token, body: a101({ puid: 'known-1' }) });
    const found = await call('GET', '/api/v1/statement/existing-puid/known-1', { token });
    expect(found.status).toBe(302);
    expect(found.headers.location).toBeUndefined();
    expect(found.body).toEqual({ message: 'statement of reason found', puid: 'known-1' });
    expect(await call('GET', '/api/v1/statement/existing-puid/unknown-1', { token })).toMatchObject({ status: 404, body: { message: 'statement of reason not found' } });
    // Another platform does not see it and may use the same PUID.
    const other = platforms[53]!.token;
    expect((await call('GET', '/api/v1/statement/existing-puid/known-1', { token: other })).status).toBe(404);
    expect((await call('POST', '/api/v1/statement', { token: other, body: a101({ puid: 'known-1' }) })).status).toBe(201);
  });

  it('forgets PUIDs after the retention window, so only our own registry can prevent reuse', async () => {
    let now = new Date('2025-01-01T00:00:00Z');
    const e = await TdbEmulator.start({ now: () => now });
    try {
      const post = async (): Promise<number> => {
        const res = await request(`${e.url}/api/v1/statement`, { method: 'POST', headers: { authorization: 'Bearer 1|platform-a-secret', accept: 'application/json', 'content-type': 'application/json' }, body: JSON.stringify(A10_1) });
        await res.body.dump();
        return res.statusCode;
      };
      expect(await post()).toBe(201);
      now = new Date('2025-06-30T00:00:00Z');
      expect(await post()).toBe(422);
      now = new Date('2025-07-02T00:00:00Z');
      expect(await post()).toBe(201);
    } finally {
      await e.close();
    }
  });

  it('without Accept: application/json a validation failure is a redirect, not a 422 (A2)', async () => {
    const r = await call('POST', '/api/v1/statement', { token: platforms[54]!.token, body: a101({ content_type: [] }), accept: null });
    expect(r.status).toBe(302);
  });

  it('batch limits: 100 accepted, 101 refused, PUIDs repeated in the call refused', async () => {
    const token = platforms[55]!.token;
    expect((await call('POST', '/api/v1/statements', { token, body: { statements: validStatements(100, 'hundred') } })).status).toBe(201);
    expect(tdb.storedFor(platforms[55]!.name)).toHaveLength(100);
    const again = await call('POST', '/api/v1/statements', { token, body: { statements: [a101({ puid: 'fresh' }), a101({ puid: 'hundred-7' })] } });
    expect(again.status).toBe(422);
    expect(obj(obj(again.body).errors).existing_puids).toEqual(['hundred-7']);
    expect(tdb.storedFor(platforms[55]!.name)).toHaveLength(100);
  });
});
