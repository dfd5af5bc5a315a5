import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/events.js';
import type { ImageSignals } from '../../integrations/image-signals.js';
import type { LinkResolution } from '../../integrations/link-resolver.js';
import { ENGINES } from '../../../test/support/db.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import type { EnrichmentTools } from './enrichment.js';
import type { FetchOutcome } from './image-fetch.js';

// The network and the image decoder are replaced: this tests the job's wiring, not the resolver or OCR.
const tools = (o: { fetch?: (url: string) => FetchOutcome; ocr?: string; final?: string }): EnrichmentTools => ({
  async resolveLink(url): Promise<LinkResolution> {
    const finalUrl = o.final ?? url;
    return { ok: true, startUrl: url, finalUrl, finalDomain: new URL(finalUrl).hostname, hops: [{ url, status: 301 }, { url: finalUrl, status: 200 }] };
  },
  async fetchImage(url) {
    return o.fetch ? o.fetch(url) : { ok: true, bytes: new Uint8Array([1, 2, 3]), finalUrl: url };
  },
  async extract(_bytes, opts): Promise<ImageSignals> {
    const texts = o.ocr ? [{ origin: 'image_ocr' as const, text: o.ocr, sha256: 'x', ...(opts.imageRef ? { imageRef: opts.imageRef } : {}) }] : [];
    return { provenance: { sha256: 'x', bytes: 3 }, pdq: null, ocrText: o.ocr ?? '', ocrConfidence: null, qrPayloads: [], texts, errors: [] };
  },
  ocr: () => undefined,
});

describe.each(ENGINES)('link and image jobs on %s', (engine) => {
  let t: TestApp;
  const q = <T>(text: string, params: unknown[] = []) => t.ctx.store.query<T>(text, params).then((r) => r.rows);
  const base = { trader_id: 'T-1', source_version: 1, price: 20, currency: 'EUR' };
  beforeAll(async () => {
    t = await createTestApp(engine, { env: { VIGIL_RULES_POLL_SECONDS: '0' } });
    await t.ctx.catalog.putTrader(SYSTEM_ACTOR, 'T-1', { display_name: 'Shop', created_at: '2020-01-01T00:00:00Z' });
  }, 60_000);
  afterAll(async () => t?.close());

  it('resolves a shortened link in a job and re-screens with where it really leads', async () => {
    await t.ctx.catalog.putListing(SYSTEM_ACTOR, 'L-link', { ...base, title: 'Great deals on everything', description: 'Order here: https://bit.ly/abc123' });
    expect(await q(`SELECT kind, status FROM detection_enrichment WHERE listing_id = 'L-link'`)).toEqual([{ kind: 'links', status: 'pending' }]);
    const before = (await t.ctx.detection.screening.latest('L-link'))!;
    expect((before.rules as { id: string }[]).map((r) => r.id)).not.toContain('off-platform.messenger-or-phone');
    expect(await t.ctx.detection.enrichment.round(8, tools({ final: 'https://t.me/pillshop' }))).toBe(1);
    const after = (await t.ctx.detection.screening.latest('L-link'))!;
    expect(after.reason).toBe('enrichment');
    expect((after.rules as { id: string }[]).map((r) => r.id)).toContain('off-platform.messenger-or-phone');
    expect(after.signals.some((s) => s.span?.field === 'links.0.final_url' && s.evidence === 'https://t.me/pillshop')).toBe(true);
    expect(await q(`SELECT status, result->0->>'final_domain' AS d FROM detection_enrichment WHERE listing_id = 'L-link'`)).toEqual([{ status: 'done', d: 't.me' }]);
  });

  it('reads text in images in a job and screens it like listing text', async () => {
    await t.ctx.catalog.putListing(SYSTEM_ACTOR, 'L-img', { ...base, title: 'Wooden puzzle', image_urls: ['https://img.example.org/1.jpg'] });
    expect((await t.ctx.detection.screening.latest('L-img'))!.verdict).toBe('allow');
    await t.ctx.detection.enrichment.round(8, tools({ ocr: 'Viagra 100mg no prescription needed' }));
    const after = (await t.ctx.detection.screening.latest('L-img'))!;
    expect(after).toMatchObject({ verdict: 'review', reason: 'enrichment', routed: 'case' });
    expect(after.signals.some((s) => s.span?.field === 'images.0.ocr' && s.evidence === 'Viagra')).toBe(true);
  });

  it('fails closed when images stay unreachable, and refuses private targets with a reason', async () => {
    await t.ctx.catalog.putListing(SYSTEM_ACTOR, 'L-down', { ...base, title: 'Garden chair', image_urls: ['https://img.example.org/2.jpg'] });
    const down = tools({ fetch: () => ({ ok: false, refused: false, reason: 'connect ECONNREFUSED' }) });
    for (let attempt = 1; attempt <= 3; attempt++) {
      await t.ctx.store.query(`UPDATE detection_enrichment SET next_attempt_at = now() - interval '1 second' WHERE listing_id = 'L-down'`);
      await t.ctx.detection.enrichment.round(8, down);
      const [row] = await q<{ status: string; attempts: number }>(`SELECT status, attempts FROM detection_enrichment WHERE listing_id = 'L-down'`);
      expect(row).toEqual({ status: attempt < 3 ? 'pending' : 'failed', attempts: attempt });
    }
    // Medicine, weapons and other families fail closed: a listing whose images could not be read goes to review.
    expect((await t.ctx.detection.screening.latest('L-down'))!).toMatchObject({ verdict: 'review', degraded: ['images'] });

    await t.ctx.catalog.putListing(SYSTEM_ACTOR, 'L-priv', { ...base, title: 'Garden table', image_urls: ['http://10.0.0.1/x.png'] });
    await t.ctx.detection.enrichment.round(8, tools({ fetch: () => ({ ok: false, refused: true, reason: 'refused: 10.0.0.1 is a private address' }) }));
    expect(await q(`SELECT status, result->0->>'error' AS e FROM detection_enrichment WHERE listing_id = 'L-priv'`)).toEqual([{ status: 'done', e: 'refused: 10.0.0.1 is a private address' }]);
    expect((await t.ctx.detection.screening.latest('L-priv'))!.verdict).toBe('allow');
  });
});
