/**
 * The demo marketplace generator: deterministic traders, listings and orders for a seed, streamed
 * so a million listings need no more memory than a hundred.
 */
import { DomainError, type ErrorDetail } from '../../core/errors.js';
import { listingRecord, type ListingContext, TraderPicker } from './listings.js';
import { orderContext, orderRecord } from './orders.js';
import { deriveSeed, hashString, Rng } from './prng.js';
import { buildTraderTable, traderRecord, type TraderProfile } from './traders.js';
import type { DemoCatalog, DemoCatalogOptions, DemoCatalogSize, DemoStream } from './types.js';

/** What `npm start` seeds on an empty data directory. */
export const DEFAULT_DEMO_SIZE: Readonly<DemoCatalogSize> = Object.freeze({ traders: 120, listings: 2400, orders: 900 });
export const DEFAULT_DEMO_SEED = 20240917;

/** Id widths (T-000001, L-0000001, O-00000001) bound the sizes. */
export const DEMO_MAX_SIZE: Readonly<DemoCatalogSize> = Object.freeze({ traders: 999_999, listings: 9_999_999, orders: 99_999_999 });

const DAY = 86_400_000;

/** Proportional sizes for benchmark catalogs (`vigil demo seed --listings N`). */
export function demoSizeFor(listings: number): DemoCatalogSize {
  return {
    traders: Math.min(50_000, Math.max(DEFAULT_DEMO_SIZE.traders, Math.round(listings / 20))),
    listings,
    orders: Math.max(300, Math.round(listings * (DEFAULT_DEMO_SIZE.orders / DEFAULT_DEMO_SIZE.listings))),
  };
}

function normaliseSeed(seed: number | string | undefined): number {
  if (seed === undefined) return DEFAULT_DEMO_SEED;
  if (typeof seed === 'string') return hashString(seed);
  return Number.isSafeInteger(seed) ? seed >>> 0 : hashString(String(seed));
}

function normaliseNow(now: Date | string | undefined, problems: ErrorDetail[]): number {
  if (now === undefined) return Math.floor(Date.now() / DAY) * DAY;
  const ms = now instanceof Date ? now.getTime() : Date.parse(now);
  if (!Number.isFinite(ms)) problems.push({ path: 'now', problem: 'must be a valid date' });
  return ms;
}

function validateSize(size: DemoCatalogSize, problems: ErrorDetail[]): void {
  for (const key of ['traders', 'listings', 'orders'] as const) {
    const n = size[key];
    if (!Number.isSafeInteger(n) || n < 0 || n > DEMO_MAX_SIZE[key]) {
      problems.push({ path: key, problem: `must be an integer from 0 to ${DEMO_MAX_SIZE[key]}` });
    }
  }
  if (size.listings > 0 && size.traders === 0) problems.push({ path: 'traders', problem: 'listings need at least one trader' });
  if (size.orders > 0 && size.listings === 0) problems.push({ path: 'listings', problem: 'orders need at least one listing' });
}

function stream<T>(count: number, at: (index: number) => T): DemoStream<T> {
  return {
    count,
    *[Symbol.iterator](): Generator<T> {
      for (let i = 0; i < count; i++) yield at(i);
    },
  };
}

function checkIndex(index: number, count: number, what: string): void {
  if (!Number.isSafeInteger(index) || index < 0 || index >= count) {
    throw new DomainError('not_found', `no demo ${what} at index ${index}`);
  }
}

export function generateDemoCatalog(options: DemoCatalogOptions = {}): DemoCatalog {
  const size: DemoCatalogSize = {
    traders: options.traders ?? DEFAULT_DEMO_SIZE.traders,
    listings: options.listings ?? DEFAULT_DEMO_SIZE.listings,
    orders: options.orders ?? DEFAULT_DEMO_SIZE.orders,
  };
  const problems: ErrorDetail[] = [];
  const seed = normaliseSeed(options.seed);
  const nowMs = normaliseNow(options.now, problems);
  validateSize(size, problems);
  if (problems.length > 0) throw new DomainError('invalid_params', 'invalid demo catalog options', problems);

  const table = buildTraderTable(seed, size.traders, nowMs);
  const listingCtx: ListingContext = {
    seed, nowMs, picker: new TraderPicker(table), offset: new Rng(deriveSeed(seed, 0, 0)).next(),
  };
  const orderCtx = orderContext(listingCtx, size.listings, size.orders);
  const trader = (i: number) => traderRecord(seed, table[i] as TraderProfile);
  const listing = (i: number) => listingRecord(listingCtx, i);
  const order = (i: number) => orderRecord(orderCtx, i);

  return {
    seed,
    now: new Date(nowMs).toISOString(),
    size,
    traders: stream(size.traders, trader),
    listings: stream(size.listings, listing),
    orders: stream(size.orders, order),
    trader: (i) => (checkIndex(i, size.traders, 'trader'), trader(i)),
    listing: (i) => (checkIndex(i, size.listings, 'listing'), listing(i)),
    order: (i) => (checkIndex(i, size.orders, 'order'), order(i)),
  };
}
