/**
 * Orders over the last eight months. A few listings sell a lot and most sell little, so the
 * listing is drawn from a skewed distribution and then scattered over the catalog.
 */
import { listingCore, listingId, type ListingContext } from './listings.js';
import { deriveSeed, mix32, Rng } from './prng.js';
import { pad } from './text.js';
import type { DemoOrderRecord } from './types.js';

const ORDER_STREAM = 4;
export const ORDER_WINDOW_MONTHS = 8;

export function orderId(index: number): string {
  return `O-${pad(index + 1, 8)}`;
}

export function orderWindowStart(nowMs: number): number {
  const d = new Date(nowMs);
  d.setUTCMonth(d.getUTCMonth() - ORDER_WINDOW_MONTHS);
  return d.getTime();
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

export interface OrderContext extends ListingContext {
  listings: number;
  /** Multiplier coprime with the listing count, so popular ranks map to scattered listings. */
  stride: number;
  buyers: number;
  windowStartMs: number;
}

export function orderContext(listingCtx: ListingContext, listings: number, orders: number): OrderContext {
  let stride = Math.max(1, Math.floor(listings * 0.6180339887)) | 1;
  while (listings > 1 && gcd(stride, listings) !== 1) stride += 2;
  return {
    ...listingCtx, listings, stride,
    buyers: Math.max(20, Math.floor(orders / 2.5)),
    windowStartMs: orderWindowStart(listingCtx.nowMs),
  };
}

export function orderRecord(ctx: OrderContext, index: number): DemoOrderRecord {
  const rng = new Rng(deriveSeed(ctx.seed, ORDER_STREAM, index));
  const rank = Math.floor(ctx.listings * rng.next() ** 2.5);
  const listing = (rank * ctx.stride + (ctx.seed % ctx.listings)) % ctx.listings;
  const core = listingCore(ctx, listing);
  const from = Math.max(core.createdAtMs, ctx.windowStartMs);
  const orderedAtMs = Math.floor(from + (ctx.nowMs - from) * rng.next());
  // Returning customers: low buyer numbers come back more often.
  const buyer = Math.floor(ctx.buyers * rng.next() ** 1.4);
  return {
    id: orderId(index),
    input: {
      listing_id: listingId(listing),
      buyer_ref: `buyer_${mix32(ctx.seed ^ Math.imul(buyer + 1, 0x9e3779b1)).toString(16).padStart(8, '0')}`,
      ordered_at: new Date(orderedAtMs).toISOString(),
    },
  };
}
