import type { DetectionEngine } from './engine.js';
import type { TermHit } from './lexicons/match.js';
import { type NormalizedText, normalizeScratch } from './normalize/normalize.js';
import type { Finding } from './signals/findings.js';
import { isGenericTitle } from './signals/generic-title.js';
import { priceRatio } from './signals/price.js';
import type { RelistIndex } from './signals/relist.js';
import type { ScreenInput } from './types.js';

export interface OtherContext {
  relist?: RelistIndex;
  relistThreshold?: number;
}

/** Signals that are not words in a text: price, title shape, trader age, images, buyers, third parties. */
export function analyseOther(engine: DetectionEngine, input: ScreenInput, termFindings: readonly Finding[],
  normalized: ReadonlyMap<string, NormalizedText>, ctx: OtherContext): Finding[] {
  const out: Finding[] = [];
  const title = normalized.get('title')?.text ?? '';
  const body = (): string => `${title} ${normalized.get('description')?.text ?? ''}`;
  const hits: TermHit[] = [];
  for (const f of termFindings) if (f.kind === 'term') hits.push(f.hit);
  for (const p of priceFindings(engine, input, hits, body)) out.push(p);
  if (isGenericTitle(title, engine.genericWords)) out.push({ kind: 'generic_title', title: input.title });
  if (input.trader?.ageDays !== undefined) {
    out.push({ kind: 'trader', ageDays: input.trader.ageDays, priorStrikes: input.trader.priorStrikes ?? 0 });
  }
  if (ctx.relist && ctx.relist.size > 0) {
    for (const m of ctx.relist.query(body().trim(), ctx.relistThreshold ?? 0.6)) {
      // A removed listing screened again (a rescan, a verdict) is not a relisting of itself.
      if (m.id !== input.id) out.push({ kind: 'relist', removedId: m.id, similarity: m.similarity });
    }
  }
  const images = input.images ?? [];
  for (let i = 0; i < images.length; i++) {
    const img = images[i]!;
    for (const match of img.hashMatches ?? []) out.push({ kind: 'image_hash', match, image: i });
    for (const brand of img.brands ?? []) {
      const key = brandKey(engine, brand) ?? brand.toLowerCase();
      out.push({ kind: 'image_brand', brand: key, image: i, inText: hits.some((h) => !h.suppressedBy && h.ref.group.brand === key) });
    }
  }
  const nad = input.buyerSignals?.notAsDescribed ?? 0;
  if (nad > 0) out.push({ kind: 'buyer_reports', notAsDescribed: nad, rate: nad / Math.max(1, input.buyerSignals?.orders ?? nad) });
  for (const verdict of input.thirdPartyVerdicts ?? []) out.push({ kind: 'third_party', verdict });
  for (const m of engine.safetyGate.matchListing(input.brand, input.title, input.description, input.gtin)) out.push({ kind: 'safety_gate', alert: m.alert, via: m.via });
  return out;
}

/** Maps a brand as written ("Louis Vuitton", "ROLEX") to its key in the reference price table. */
const brandKey = (engine: DetectionEngine, brand: string): string | undefined =>
  engine.brandKeys.get(normalizeScratch(brand, engine.table).text); // the text only: no copy of the positions

/** `body` builds the listing's normalised title and description, needed only for a brand with a reference price. */
function priceFindings(engine: DetectionEngine, input: ScreenInput, hits: readonly TermHit[], body: () => string): Finding[] {
  if (typeof input.price !== 'number') return [];
  const brands = new Map<string, string>();
  for (const h of hits) if (h.ref.group.brand && !h.suppressedBy) brands.set(h.ref.group.brand, h.field);
  // A declared brand counts only if the text does not make it an accessory ("strap for Rolex").
  const suppressedBrand = hits.some((h) => h.ref.group.brand && h.suppressedBy);
  if (input.brand && !suppressedBrand) {
    const key = brandKey(engine, input.brand);
    if (key && !brands.has(key)) brands.set(key, 'brand');
  }
  const out: Finding[] = [];
  for (const [brand, field] of brands) {
    const r = priceRatio(engine.prices, brand, input.price, input.currency, body());
    if (r) out.push({ kind: 'price', brand, field, ...r });
  }
  return out;
}
