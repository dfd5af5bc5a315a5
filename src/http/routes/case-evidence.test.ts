import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/events.js';
import { safeFileName } from '../../services/cases/evidence.js';
import { ENGINES } from '../../../test/support/db.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe.each(ENGINES)('case evidence download on %s', (engine) => {
  let t: TestApp;
  let caseId: string;
  let otherCase: string;
  let files: { id: string; file_name: string; content_type: string; sha256: string }[];
  beforeAll(async () => {
    t = await createTestApp(engine, { env: { VIGIL_PUBLIC_RATE_LIMIT: '1000' } });
    await t.ctx.catalog.putTrader(SYSTEM_ACTOR, 'T-1', { display_name: 'Shop' });
    for (const id of ['L-1', 'L-2']) await t.ctx.catalog.putListing(SYSTEM_ACTOR, id, { trader_id: 'T-1', source_version: 1, title: `Item ${id}` });
    const file = (id: string, evidence: object[]) => t.app.inject({ method: 'POST', url: '/api/v1/notices', payload: {
      locations: [{ item: { kind: 'listing', id } }], explanation: 'Counterfeit goods sold with a protected brand logo on them.', notifier: { name: 'A', email: 'a@example.org' }, good_faith: true, evidence,
    } });
    const n = (await file('L-1', [
      { file_name: 'photo.png', data_base64: PNG.toString('base64') },
      { file_name: '../"Beweis"; ü.txt', data_base64: Buffer.from('<script>alert(1)</script> seen on 1 May').toString('base64') },
    ])).json();
    caseId = n.case_ids[0];
    otherCase = (await file('L-2', [])).json().case_ids[0];
    files = (await t.app.inject({ url: `/api/v1/notices/${n.id}`, headers: t.auth(t.keys.reviewer) })).json().evidence;
  });
  afterAll(async () => t?.close());
  const get = (url: string, key?: string) => t.app.inject({ url, headers: key ? t.auth(key) : {} });

  it('serves a file as an attachment with its checked type and safe headers', async () => {
    const png = files.find((f) => f.content_type === 'image/png')!;
    const res = await get(`/api/v1/cases/${caseId}/evidence/${png.id}`, t.keys.reviewer);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(PNG)).toBe(true);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="photo.png"; filename*=UTF-8''photo.png`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain('sandbox');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers.digest).toBe(`sha-256=${Buffer.from(png.sha256, 'hex').toString('base64')}`);
  });

  it('serves text as plain text with a file name that cannot break out of the header', async () => {
    const txt = files.find((f) => f.content_type === 'text/plain')!;
    const res = await get(`/api/v1/cases/${caseId}/evidence/${txt.id}`, t.keys.reviewer);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    const cd = String(res.headers['content-disposition']);
    expect(cd).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''[^"; ]+$/);
    expect(cd).not.toContain('..');
    expect(decodeURIComponent(cd.split("UTF-8''")[1]!)).toBe('_Beweis__ ü.txt');
  });

  it('refuses other roles, other cases and unknown files', async () => {
    const png = files[0]!;
    expect((await get(`/api/v1/cases/${caseId}/evidence/${png.id}`)).statusCode).toBe(401);
    expect((await get(`/api/v1/cases/${caseId}/evidence/${png.id}`, t.keys.trustee)).statusCode).toBe(403);
    expect((await get(`/api/v1/cases/${caseId}/evidence/${png.id}`, t.keys.integration)).statusCode).toBe(403);
    expect((await get(`/api/v1/cases/${otherCase}/evidence/${png.id}`, t.keys.reviewer)).statusCode).toBe(404);
    expect((await get(`/api/v1/cases/${caseId}/evidence/00000000-0000-4000-8000-000000000000`, t.keys.reviewer)).statusCode).toBe(404);
  });

  it('names files safely', () => {
    expect(safeFileName('C:\\Users\\x\\a.pdf', 'ab'.repeat(32))).toBe('a.pdf');
    expect(safeFileName('...', 'ab'.repeat(32))).toBe(`evidence-${'ab'.repeat(6)}`);
    expect(safeFileName('a\u0000b\r\n.png', 'ab'.repeat(32))).toBe('a_b__.png');
  });
});
