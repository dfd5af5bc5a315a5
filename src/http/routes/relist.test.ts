import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/events.js';
import { pdqFromPixels } from '../../detection/hashing/pdq.js';
import { pdqHashToHex } from '../../detection/hashing/pdq-hash.js';
import { decodeImageForPdq } from '../../integrations/image-decode.js';
import { ENGINES } from '../../../test/support/db.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { IMAGE_EDITS, productPhoto } from '../../../test/fixtures/relist/reuploads.js';

const BAG = {
  trader_id: 'T-1', source_version: 1, price: 89, currency: 'EUR',
  title: 'Vintage leather messenger bag, brown, handmade',
  description: 'Handmade in Florence with brass buckles and an adjustable strap, fits a 15 inch laptop, two inner pockets and a padded back',
};

const pdqOf = async (img: Buffer) => {
  const r = pdqFromPixels((await decodeImageForPdq(img)).pixels);
  return { hash: pdqHashToHex(r.hash), quality: r.quality };
};

describe.each(ENGINES)('relisting of removed listings (RO-6) on %s', (engine) => {
  let t: TestApp;
  const q = <T>(text: string, params: unknown[] = []) => t.ctx.store.query<T>(text, params).then((r) => r.rows);
  const put = (id: string, body: object) => t.app.inject({ method: 'PUT', url: `/api/v1/listings/${id}`, headers: t.auth(t.keys.integration), payload: body });
  const screening = async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/listings/${id}/screening`, headers: t.auth(t.keys.reviewer) })).json();
  const images = (id: string, result: unknown) => q(`INSERT INTO detection_enrichment (listing_id, kind, listing_version, status, attempts, next_attempt_at, result, updated_at)
    VALUES ($1, 'images', 1, 'done', 1, now(), $2::jsonb, now())`, [id, JSON.stringify(result)]);

  beforeAll(async () => {
    t = await createTestApp(engine, { env: { VIGIL_RULES_POLL_SECONDS: '0' } });
    await t.ctx.catalog.putTrader(SYSTEM_ACTOR, 'T-1', { display_name: 'Shop', created_at: '2020-01-01T00:00:00Z' });
    // A listing removed by a decision, with its photo read by the image job.
    expect((await put('R-1', BAG)).statusCode).toBe(200);
    expect((await screening('R-1')).verdict).toBe('allow');
    await q(`INSERT INTO decision (id, subject_kind, subject_id, action, visibility, territorial_scope, ground, explanation, category, automated_detection, automated_decision,
        source_type, notice_ids, facts, decided_by, decided_at, applies_from, effect_required, status)
      VALUES ($1, 'listing', 'R-1', 'remove', '["DECISION_VISIBILITY_CONTENT_REMOVED"]'::jsonb, '["EU"]'::jsonb, 'illegal', 'counterfeit bag', 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
        false, 'AUTOMATED_DECISION_NOT_AUTOMATED', 'SOURCE_VOLUNTARY', '[]'::jsonb, '{}'::jsonb, 'reviewer@example.eu', now(), now(), false, 'effective')`, [randomUUID()]);
    await images('R-1', [{ url: 'https://img.example/r1.jpg', pdq: await pdqOf(await productPhoto(42)) }]);
  }, 120_000);
  afterAll(async () => t?.close());

  it('opens a case when a removed listing comes back with edited text, naming it and the similarity', async () => {
    expect((await put('R-2', { ...BAG, title: 'NEW vintage leather messenger bag, brown, handmade', price: 79 })).statusCode).toBe(200);
    const s = await screening('R-2');
    expect(s).toMatchObject({ verdict: 'review', routed: 'case' });
    expect(s.rules.map((r: { id: string }) => r.id)).toContain('repeat.relisted-removed-item');
    const sig = s.signals.find((x: { kind: string }) => x.kind === 'relist');
    expect(sig.detail.removedId).toBe('R-1');
    expect(sig.detail.similarity).toBeGreaterThanOrEqual(0.7);
    expect(await q(`SELECT c.queue FROM moderation_case c JOIN case_link l ON l.case_id = c.id WHERE c.subject_id = 'R-2' AND l.kind = 'detection' AND l.ref_id = $1`, [s.screening_id]))
      .toEqual([{ queue: 'detection' }]);
  });

  it('matches a re-encoded copy of a removed listing\'s photo when the images are screened, naming the hash', async () => {
    expect((await put('R-3', { ...BAG, title: 'Messenger bag', description: 'Brown, good condition' })).statusCode).toBe(200);
    expect((await screening('R-3')).verdict).toBe('allow');
    const copy = await pdqOf(await IMAGE_EDITS.reencoded!(await productPhoto(42)));
    await images('R-3', [{ url: 'https://img.example/r3.jpg', pdq: copy }]);
    // Any re-screen reads the image results: here a third party's verdict.
    const v = await t.app.inject({ method: 'POST', url: '/api/v1/listings/R-3/verdicts', headers: t.auth(t.keys.integration), payload: { kind: 'verdict', source: 'lab', verdict: 'clean' } });
    expect(v.statusCode).toBeLessThan(300);
    const s = await screening('R-3');
    expect(s).toMatchObject({ verdict: 'review', routed: 'case' });
    const sig = s.signals.find((x: { kind: string }) => x.kind === 'image_hash');
    expect(sig.detail).toMatchObject({ removedListingId: 'R-1', source: 'removed-listing', hash: (await pdqOf(await productPhoto(42))).hash });
    expect(sig.detail.distance).toBeLessThanOrEqual(31);
    expect(await q(`SELECT status FROM moderation_case WHERE subject_id = 'R-3'`)).toEqual([{ status: 'open' }]);
  });

  it('does not flag the removed listing itself when it is screened again', async () => {
    const v = await t.app.inject({ method: 'POST', url: '/api/v1/listings/R-1/verdicts', headers: t.auth(t.keys.integration), payload: { kind: 'verdict', source: 'lab', verdict: 'clean' } });
    expect(v.statusCode).toBeLessThan(300);
    const s = await screening('R-1');
    expect(s.signals.filter((x: { kind: string }) => x.kind === 'relist' || x.kind === 'image_hash')).toEqual([]);
  });
});
