import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENESIS_HASH, SYSTEM_ACTOR } from '../../core/events.js';
import { screen } from '../../detection/screen.js';
import { appendEvents, hashRecord, readChain } from '../../store/ledger.js';
import { ENGINES } from '../../../test/support/db.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { generateDemoCatalog } from '../demo/index.js';
import { buildInput, loadExtras, loadListings } from './screen-input.js';

const demo = generateDemoCatalog({ seed: 5, traders: 12, listings: 240, orders: 0 });
const lines = [...demo.listings].map((l) => ({ id: l.id, ...l.input }) as Record<string, unknown> & { id: string; source_version: number; price?: number });

async function* from(rows: readonly object[]) {
  for (const r of rows) yield JSON.stringify(r);
}

describe.each(ENGINES)('screening at ingest on %s', (engine) => {
  let t: TestApp;
  const q = <T>(text: string, params: unknown[] = []) => t.ctx.store.query<T>(text, params).then((r) => r.rows);
  const count = async (table: string) => Number((await q<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n);

  beforeAll(async () => {
    t = await createTestApp(engine, { env: { VIGIL_RULES_POLL_SECONDS: '0' } });
    for (const tr of demo.traders) await t.ctx.catalog.putTrader(SYSTEM_ACTOR, tr.id, tr.input);
  }, 60_000);
  afterAll(async () => t?.close());

  it('screens the rows as written: each result equals screening the stored listing read back', async () => {
    // One id written three times in one batch (created, new content, new price): the version rows
    // keep each version's own source_version.
    const first = lines[0]!;
    const batch = [...lines, { ...first, source_version: first.source_version + 1, title: `${String(first.title)} (2)` }, { ...first, source_version: first.source_version + 2, title: `${String(first.title)} (2)`, price: 1 }];
    const summary = await t.ctx.catalog.import(SYSTEM_ACTOR, 'listings', from(batch), { batchSize: 100 });
    expect(summary).toMatchObject({ created: lines.length, new_version: 1, updated: 1, errors: 0 });
    expect(await q(`SELECT version, source_version::int AS source_version FROM listing_version WHERE listing_id = $1 ORDER BY version`, [first.id]))
      .toEqual([{ version: 1, source_version: first.source_version }, { version: 2, source_version: first.source_version + 1 }]);
    expect(await count('listing_version')).toBe(lines.length + 1);

    const stored = await loadListings(t.ctx.store.db, lines.map((l) => l.id));
    const extras = await loadExtras(t.ctx.store.db, stored.map((s) => s.id), false);
    const latest = new Map((await q<{ listing_id: string; listing_version: number; verdict: string; signals: unknown; rule_ids: string[]; versions: unknown }>(
      `SELECT DISTINCT ON (listing_id) listing_id, listing_version, verdict, signals, rule_ids, versions FROM screening ORDER BY listing_id, screened_at DESC, listing_version DESC`)).map((r) => [r.listing_id, r]));
    const engineNow = t.ctx.detection.runtime.engine;
    let flagged = 0;
    for (const s of stored) {
      const r = screen(buildInput(s, extras, new Date(), null).input, engineNow, t.ctx.detection.runtime.screenContext());
      const row = latest.get(s.id)!;
      expect({ id: s.id, version: row.listing_version, verdict: row.verdict, rules: row.rule_ids, signals: row.signals, versions: row.versions })
        .toEqual({ id: s.id, version: s.version, verdict: r.verdict, rules: r.rules.map((x) => x.id), signals: JSON.parse(JSON.stringify(r.signals)), versions: { ...r.versions } });
      if (r.verdict !== 'allow') flagged += 1;
    }
    expect(flagged).toBeGreaterThan(0);
    // One result and one projection row per screened version; enrichment work only where there is a link or an image.
    expect(await count('screening')).toBe(lines.length + 1);
    expect(await count('detection_state')).toBe(lines.length);
    const withImages = lines.filter((l) => Array.isArray(l.image_urls) && l.image_urls.length > 0).length;
    expect(Number((await q<{ n: number }>(`SELECT count(*)::int AS n FROM detection_enrichment WHERE kind = 'images'`))[0]!.n)).toBe(withImages);
  });

  it('keeps the chain in write order: each listing event, then its screening, and the chain verifies', async () => {
    const chain = await readChain(t.ctx.store.db, 0, 100_000);
    let prev = GENESIS_HASH;
    for (const [i, r] of chain.entries()) {
      expect(r.seq).toBe(i + 1);
      expect(r.prev_hash).toBe(prev);
      const { hash, ...rest } = r;
      expect(hashRecord(rest)).toBe(hash);
      prev = hash;
    }
    const created = new Map<string, number>();
    for (const r of chain) {
      if (r.type === 'listing.created') created.set(r.subject_id, r.seq);
      if (r.type === 'detection.screened') expect(created.get(r.subject_id)).toBeLessThan(r.seq);
    }
    expect(chain.filter((r) => r.type === 'detection.screened')).toHaveLength(lines.length + 1);
  });

  it('writes nothing for a re-import of the same content or a price change: no result, no event', async () => {
    const before = { screening: await count('screening'), ledger: await count('ledger_event'), state: await count('detection_state'), enrichment: await count('detection_enrichment') };
    const again = await t.ctx.catalog.import(SYSTEM_ACTOR, 'listings', from(lines.slice(1)), { batchSize: 100 });
    expect(again).toMatchObject({ unchanged: lines.length - 1, created: 0, new_version: 0 });
    const cheaper = lines.slice(1, 40).map((l) => ({ ...l, source_version: l.source_version + 1, price: 1 }));
    expect(await t.ctx.catalog.import(SYSTEM_ACTOR, 'listings', from(cheaper), { batchSize: 100 })).toMatchObject({ updated: cheaper.length, new_version: 0 });
    expect({ screening: await count('screening'), state: await count('detection_state'), enrichment: await count('detection_enrichment') })
      .toEqual({ screening: before.screening, state: before.state, enrichment: before.enrichment });
    // A price change is not content: no version, no screening, no event.
    expect(await count('ledger_event')).toBe(before.ledger);
  });

  it('appends the write before what an automated block appends itself, and the screening after it', async () => {
    const rule = 'medicine.rx-without-prescription';
    await t.ctx.detection.rules.recordOverride('api_key:officer', rule, 'test: the rule may act on its own for this test only');
    await t.ctx.detection.runtime.refresh(true);
    const seen: number[] = [];
    t.ctx.detection.hooks.onAutoBlock = async (tx, b) => {
      const [rec] = await appendEvents(tx, t.ctx.clock, [{ type: 'item.visibility_changed', subject: { type: 'listing', id: b.listingId }, actor: SYSTEM_ACTOR, payload: { from: 'visible', to: 'hidden', source_version: 0, reported_by: 'marketplace' } }]);
      seen.push(rec!.seq);
    };
    try {
      const offer = { id: 'RX-BLOCK', trader_id: lines[0]!.trader_id, source_version: 1, title: 'Tramadol 100mg tablets, no prescription needed', price: 30, currency: 'EUR' };
      expect(await t.ctx.catalog.import(SYSTEM_ACTOR, 'listings', from([offer, { ...lines[2]!, id: 'OTHER-1' }]), { batchSize: 100 })).toMatchObject({ created: 2 });
      expect((await t.ctx.detection.screening.latest('RX-BLOCK'))).toMatchObject({ verdict: 'block', routed: 'restricted' });
      const types = (await q<{ type: string; subject_id: string }>(`SELECT type, subject_id FROM ledger_event WHERE subject_id IN ('RX-BLOCK', 'OTHER-1') ORDER BY seq`)).map((r) => `${r.type} ${r.subject_id}`);
      expect(types).toEqual(['listing.created RX-BLOCK', 'listing.created OTHER-1', 'item.visibility_changed RX-BLOCK', 'detection.screened OTHER-1', 'detection.screened RX-BLOCK']);
      expect(seen).toHaveLength(1);
    } finally {
      t.ctx.detection.hooks.onAutoBlock = undefined;
      await t.ctx.detection.rules.revokeOverride('api_key:officer', rule);
    }
  });
});
