/**
 * Listing records. Each listing is a pure function of (seed, index): a "core" stream decides its
 * trader and creation date (orders read only this), a second stream writes the text.
 */
import type { Visibility } from '../../core/catalog/types.js';
import { applyEvasion } from './evasion.js';
import { draftLegitListing } from './legit-listing.js';
import type { ListingDraft } from './listing-draft.js';
import { draftHardNegative, draftProblemListing, type DraftWithLabel } from './problem-listing.js';
import { deriveSeed, Rng, weylFraction } from './prng.js';
import { pad, shopPrice, slugify, stripMarkers } from './text.js';
import { traderId, traderLanguage, type TraderProfile } from './traders.js';
import type { DemoListingLabel, DemoListingRecord } from './types.js';

const CORE_STREAM = 2;
const CONTENT_STREAM = 3;
const PLN_PER_EUR = 4.3;
const TOKEN_PRICES: readonly number[] = [0.5, 0.99, 0.99, 1, 1.5, 1.99, 2];

export const MARKET_ORIGIN = 'https://demo-market.example';
export const IMAGE_ORIGIN = 'https://img.demo-market.example';

/** Share of listings that are problem listings (illegal, or adult goods needing an age gate). */
export const PROBLEM_SHARE = 0.075;
/** Share of listings that are legal but built to look suspicious. */
export const HARD_NEGATIVE_SHARE = 0.03;

export function listingId(index: number): string {
  return `L-${pad(index + 1, 7)}`;
}

type Bucket = 'problem' | 'hard_negative' | 'legit';

export interface ListingCore {
  bucket: Bucket;
  trader: TraderProfile;
  createdAtMs: number;
}

/** Picks traders in proportion to their weight (binary search over cumulative weights). */
export class TraderPicker {
  private readonly all: Float64Array;
  private readonly risky: Float64Array;
  private readonly riskyIndex: Uint32Array;

  constructor(private readonly table: readonly TraderProfile[]) {
    this.all = cumulative(table.map((t) => t.weight));
    const risky = table.filter((t) => t.highRisk);
    this.riskyIndex = Uint32Array.from(risky.map((t) => t.index));
    this.risky = cumulative(risky.map((t) => t.weight));
  }

  any(rng: Rng): TraderProfile {
    return this.table[search(this.all, rng.next())] as TraderProfile;
  }

  highRisk(rng: Rng): TraderProfile {
    if (this.riskyIndex.length === 0) return this.any(rng);
    return this.table[this.riskyIndex[search(this.risky, rng.next())] as number] as TraderProfile;
  }
}

function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let acc = 0;
  weights.forEach((w, i) => (out[i] = acc += w));
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / acc;
  return out;
}

function search(edges: Float64Array, u: number): number {
  let lo = 0;
  let hi = edges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (u < (edges[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export interface ListingContext {
  seed: number;
  nowMs: number;
  picker: TraderPicker;
  /** Offset of the low-discrepancy sequence that spreads problem listings evenly. */
  offset: number;
}

export function listingCore(ctx: ListingContext, index: number): ListingCore {
  const rng = new Rng(deriveSeed(ctx.seed, CORE_STREAM, index));
  const position = weylFraction(ctx.offset, index);
  const bucket: Bucket = position < PROBLEM_SHARE ? 'problem' : position < PROBLEM_SHARE + HARD_NEGATIVE_SHARE ? 'hard_negative' : 'legit';
  // Most problem listings come from a small set of high-risk sellers, as on real marketplaces.
  const trader = bucket === 'problem' && rng.chance(0.7) ? ctx.picker.highRisk(rng) : ctx.picker.any(rng);
  const age = ctx.nowMs - trader.createdAtMs;
  // Squaring skews listing dates towards the present: catalogs grow over time.
  const createdAtMs = Math.floor(ctx.nowMs - age * rng.next() ** 2);
  return { bucket, trader, createdAtMs };
}

function visibility(core: ListingCore, label: DemoListingLabel, rng: Rng): Visibility {
  if (core.trader.status === 'suspended' || core.trader.status === 'terminated') return 'removed';
  if (label.kind === 'adult' && rng.chance(0.3)) return 'restricted';
  return rng.chance(0.015) ? 'removed' : 'visible';
}

function finish(text: string, label: DemoListingLabel, rng: Rng): string {
  return stripMarkers(applyEvasion(text, label.evasion, rng));
}

export function listingRecord(ctx: ListingContext, index: number): DemoListingRecord {
  const core = listingCore(ctx, index);
  const rng = new Rng(deriveSeed(ctx.seed, CONTENT_STREAM, index));
  const profile = core.trader;
  const language = traderLanguage(profile, rng);
  const { draft, label }: DraftWithLabel =
    core.bucket === 'problem' ? draftProblemListing(rng, language, profile)
      : core.bucket === 'hard_negative' ? draftHardNegative(rng, language, profile)
        : { draft: draftLegitListing(rng, language, profile), label: { illegal: false, action: 'keep' } };
  const id = listingId(index);
  const title = finish(draft.title, label, rng);
  // Polish shops price their Polish listings in złoty; the same shop lists in euro elsewhere.
  const currency = profile.currency === 'PLN' && language === 'pl' ? 'PLN' : 'EUR';
  return {
    id,
    input: {
      trader_id: traderId(profile.index),
      source_version: rng.chance(0.78) ? 1 : rng.between(2, 6),
      title,
      description: draft.description === null ? null : finish(draft.description, label, rng),
      price: price(draft, currency, rng),
      currency,
      category_path: [...draft.path],
      brand: draft.brand === null ? null : finish(draft.brand, label, rng),
      gtin: draft.gtin,
      product_url: `${MARKET_ORIGIN}/${language}/p/${slugify(title)}-${id.toLowerCase()}`,
      image_urls: Array.from({ length: draft.imageCount }, (_, k) => `${IMAGE_ORIGIN}/listings/${id}/${k + 1}.jpg`),
      language,
      visibility: visibility(core, label, rng),
      created_at: new Date(core.createdAtMs).toISOString(),
    },
    label,
  };
}

function price(draft: ListingDraft, currency: 'EUR' | 'PLN', rng: Rng): number {
  const value = currency === 'PLN' ? draft.priceEur * PLN_PER_EUR : draft.priceEur;
  // Placeholder listings carry a token price (0.99, 1.00…) rather than a shop price.
  if (value < 3) return rng.pick(TOKEN_PRICES);
  return shopPrice(value, rng.int(5));
}
