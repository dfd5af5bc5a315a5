import type { DetectionEngine } from './engine.js';
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
  for (const p of priceFindings(engine, input, termFindings, title, normalized)) out.push(p);
  if (isGenericTitle(title, engine.genericWords)) out.push({ kind: 'generic_title', title: input.title });
  if (input.trader?.ageDays !== undefined) {
    out.push({ kind: 'trader', ageDays: input.trader.ageDays, priorStrikes: input.trader.priorStrikes ?? 0 });
  }
  if (ctx.relist && ctx.relist.size > 0) {
    for (const m of ctx.relist.query(bodyOf(title, normalized).trim(), ctx.relistThreshold ?? 0.6)) {
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
      out.push({ kind: 'image_brand', brand: key, image: i, inText: brandInText(termFindings, key) });
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

/** The listing's normalised title and description, as price and relisting checks read them. */
const bodyOf = (title: string, normalized: ReadonlyMap<string, NormalizedText>): string => `${title} ${normalized.get('description')?.text ?? ''}`;

/** Whether a term hit that counts (not suppressed) names the brand. */
function brandInText(findings: readonly Finding[], key: string): boolean {
  for (const f of findings) if (f.kind === 'term' && !f.hit.suppressedBy && f.hit.ref.group.brand === key) return true;
  return false;
}

/**
 * Price findings for the brands the text names (hits not suppressed) and the declared brand. The
 * term findings are read in place, and the map of brands is made only when there is one: most
 * listings name no brand with a reference price. The body text is built only for a brand.
 */
function priceFindings(engine: DetectionEngine, input: ScreenInput, findings: readonly Finding[], title: string,
  normalized: ReadonlyMap<string, NormalizedText>): Finding[] {
  if (typeof input.price !== 'number') return [];
  let brands: Map<string, string> | undefined;
  // A declared brand counts only if the text does not make it an accessory ("strap for Rolex").
  let suppressedBrand = false;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (f.kind !== 'term') continue;
    const brand = f.hit.ref.group.brand;
    if (!brand) continue;
    if (f.hit.suppressedBy) suppressedBrand = true;
    else (brands ??= new Map()).set(brand, f.hit.field);
  }
  if (input.brand && !suppressedBrand) {
    const key = brandKey(engine, input.brand);
    if (key && !brands?.has(key)) (brands ??= new Map()).set(key, 'brand');
  }
  const out: Finding[] = [];
  if (!brands) return out;
  for (const [brand, field] of brands) {
    const r = priceRatio(engine.prices, brand, input.price, input.currency, bodyOf(title, normalized));
    if (r) out.push({ kind: 'price', brand, field, ...r });
  }
  return out;
}
