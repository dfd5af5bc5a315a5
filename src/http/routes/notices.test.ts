import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/events.js';
import { deliverMailRound } from '../../services/outbox/deliver-mail.js';
import { ENGINES } from '../../../test/support/db.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe.each(ENGINES)('notices on %s (Art. 16, NA-1…NA-5)', (engine) => {
  let t: TestApp;
  let flaggerKey: string;
  const notice = (over: Record<string, unknown> = {}) => ({
    locations: [{ item: { kind: 'listing', id: 'L-1' } }],
    explanation: 'This listing sells prescription-only sildenafil without any prescription.',
    notifier: { name: 'Nora Notifier', email: 'nora@example.org' }, good_faith: true, language: 'de', ...over,
  });
  const post = (body: unknown, headers: Record<string, string> = {}) => t.app.inject({ method: 'POST', url: '/api/v1/notices', payload: body as object, headers });
  const staff = (url: string) => t.app.inject({ url, headers: t.auth(t.keys.reviewer) });

  beforeAll(async () => {
    t = await createTestApp(engine, { env: { VIGIL_PUBLIC_RATE_LIMIT: '1000' } });
    await t.ctx.catalog.putTrader(SYSTEM_ACTOR, 'T-1', { display_name: 'Pharma Shop' });
    await t.ctx.catalog.putListing(SYSTEM_ACTOR, 'L-1', { trader_id: 'T-1', source_version: 1, title: 'Sildenafil 100mg', product_url: 'https://shop.example/l/1' });
    await t.app.inject({ method: 'PUT', url: '/api/v1/trusted-flaggers/TF-1', headers: t.auth(t.keys.admin), payload: { name: 'Consumer Safety Org', awarding_member_state: 'DE', expertise_categories: ['STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS'] } });
    flaggerKey = (await t.ctx.auth.createApiKey(SYSTEM_ACTOR, { name: 'tf', role: 'trusted_flagger', subjectId: 'TF-1' })).key;
  });
  afterAll(async () => t?.close());

  it('accepts a notice from anyone, without an account, and opens a case with knowledge', async () => {
    const res = await post(notice());
    expect(res.statusCode).toBe(201);
    const r = res.json();
    expect(r).toMatchObject({ locations: 1, source_type: 'SOURCE_ARTICLE_16' });
    expect(r.reference).toMatch(/^N-[0-9A-F]{8}$/);
    expect(r.status_url).toContain(`/notices/status/${r.id}?token=`);
    const n = (await staff(`/api/v1/notices/${r.id}`)).json();
    expect(n.locations[0]).toMatchObject({ item: { kind: 'listing', id: 'L-1' } });
    expect(n.knowledge_at).toBe(n.received_at);
    const events = (await staff(`/api/v1/ledger?subject=notice:${r.id}`)).json().items;
    expect(events[0]).toMatchObject({ type: 'notice.received', payload: { source_type: 'SOURCE_ARTICLE_16', item_count: 1 } });
    // The notifier's name and e-mail never reach the ledger.
    expect(JSON.stringify(events)).not.toContain('nora@example.org');
  });

  it('groups duplicate notices on the same listing into one case', async () => {
    const a = (await post(notice())).json();
    const b = (await post(notice({ locations: [{ url: 'https://shop.example/l/1/' }] }))).json();
    expect(b.case_ids).toEqual(a.case_ids);
    const events = (await staff(`/api/v1/ledger?subject=case:${a.case_ids[0]}`)).json().items.map((e: { type: string }) => e.type);
    expect(events.filter((x: string) => x === 'case.opened')).toHaveLength(1);
    expect(events.filter((x: string) => x === 'case.linked').length).toBeGreaterThanOrEqual(3);
  });

  it('names every field at fault', async () => {
    const res = await post({ locations: [], explanation: 'short', notifier: { email: 'not-an-email' } });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['locations', 'explanation', 'good_faith', 'notifier.email']));
    const contact = await post(notice({ notifier: {} }));
    expect(contact.json().error.details.map((d: { path: string }) => d.path)).toEqual(['notifier.name', 'notifier.email']);
  });

  it('lets notices of child sexual abuse material be anonymous (Art. 16(2)(c))', async () => {
    const res = await post(notice({ notifier: undefined, child_sexual_abuse: true, category: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS' }));
    expect(res.statusCode).toBe(201);
  });

  it('is idempotent for retries with the same Idempotency-Key', async () => {
    const first = await post(notice(), { 'idempotency-key': 'retry-key-0001' });
    const second = await post(notice(), { 'idempotency-key': 'retry-key-0001' });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual(first.json());
  });

  it('stores evidence checked by content, and refuses what is not an image, PDF or text', async () => {
    const ok = await post(notice({ evidence: [{ file_name: 'shot.png', data_base64: PNG.toString('base64') }] }));
    expect(ok.statusCode).toBe(201);
    const n = (await staff(`/api/v1/notices/${ok.json().id}`)).json();
    expect(n.evidence[0]).toMatchObject({ content_type: 'image/png', file_name: 'shot.png' });
    const bad = await post(notice({ evidence: [{ file_name: 'x.png', data_base64: Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0xff, 0xfe]).toString('base64') }] }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('evidence.0');
  });

  it('shows the notifier its status through the private link only', async () => {
    const r = (await post(notice())).json();
    const ok = await t.app.inject({ url: `/api/v1/notices/${r.id}/status?token=${r.status_token}` });
    expect(ok.json()).toMatchObject({ reference: r.reference, status: 'received', locations: 1 });
    const wrong = await t.app.inject({ url: `/api/v1/notices/${r.id}/status?token=${'x'.repeat(r.status_token.length)}` });
    expect(wrong.statusCode).toBe(404);
  });

  it('confirms receipt by e-mail and records the acknowledgement (Art. 16(4), NA-4)', async () => {
    const r = (await post(notice())).json();
    await deliverMailRound(t.ctx.store.db, t.ctx.clock, t.ctx.mail, 3, 500);
    const mailDir = path.join(t.ctx.config.dataDir, 'mail');
    expect(existsSync(mailDir)).toBe(true);
    const mails = readdirSync(mailDir).map((f) => readFileSync(path.join(mailDir, f), 'utf8'));
    const mine = mails.find((m) => m.includes(r.reference))!;
    expect(mine).toContain('To: nora@example.org');
    expect(mine).toContain('Wir haben Ihre Meldung');
    const events = (await staff(`/api/v1/ledger?subject=notice:${r.id}`)).json().items.map((e: { type: string }) => e.type);
    expect(events).toEqual(['notice.received', 'notice.acknowledged']);
  });

  it('takes CSV bulk uploads from trusted flaggers, row by row, without duplicates on re-upload', async () => {
    const csv = [
      'location,explanation,category,language,notifier_name,notifier_email',
      'listing:L-1,"Sells prescription-only sildenafil, no prescription asked",STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS,de,Consumer Safety Org,desk@cso.example',
      'https://shop.example/x/2,short,,en,Consumer Safety Org,desk@cso.example',
    ].join('\n');
    const up = (body: string) => t.app.inject({ method: 'POST', url: '/api/v1/notices:bulk', payload: body, headers: { ...t.auth(flaggerKey), 'content-type': 'text/csv' } });
    const first = (await up(csv)).json();
    expect(first.results.map((r: { line: number; status: string }) => [r.line, r.status])).toEqual([[2, 'created'], [3, 'error']]);
    expect(first.results[1].error.details[0].path).toBe('explanation');
    const again = (await up(csv)).json();
    expect(again).toMatchObject({ created: 0, duplicates: 1, errors: 1 });
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/notices:bulk', payload: csv, headers: { ...t.auth(t.keys.reviewer), 'content-type': 'text/csv' } })).statusCode).toBe(403);
  });

  it('puts trusted flaggers in the priority lane (Art. 22, TF-1)', async () => {
    const r = await post(notice({ category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', locations: [{ url: 'https://shop.example/unknown/9' }] }), t.auth(flaggerKey));
    expect(r.statusCode).toBe(201);
    expect(r.json().source_type).toBe('SOURCE_TRUSTED_FLAGGER');
    const caseEvents = (await staff(`/api/v1/ledger?subject=case:${r.json().case_ids[0]}`)).json().items;
    expect(caseEvents[0]).toMatchObject({ type: 'case.opened', payload: { queue: 'trusted_flagger', subject_kind: 'url', knowledge_at: null } });
    const reg = (await staff('/api/v1/trusted-flaggers/TF-1')).json();
    expect(reg).toMatchObject({ id: 'TF-1', notices: 2, awarding_member_state: 'DE' });
  });
});
