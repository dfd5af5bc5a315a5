/** Reads of the catalog with filters and cursor pagination (ordered by id, stable under inserts). */
import { and, asc, eq, gt, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../store/database.js';
import { item, listing, listingVersion, order, trader } from '../../store/schema/index.js';
import { decodeCursor, encodeCursor, type Page } from '../pagination.js';
import { presentItem, presentListing, presentListingVersion, presentOrder, presentTrader } from './presenters.js';

export interface ListingFilters {
  q?: string;
  trader_id?: string;
  visibility?: string;
  language?: string;
  brand?: string;
  category?: string;
  updated_since?: string;
  cursor?: string;
  limit?: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listListings(db: Db, f: ListingFilters): Promise<Page<ReturnType<typeof presentListing>>> {
  const limit = f.limit ?? 50;
  const after = decodeCursor<string>(f.cursor, 'string');
  const where: SQL[] = [];
  if (after) where.push(gt(listing.id, after));
  if (f.trader_id) where.push(eq(listing.traderId, f.trader_id));
  if (f.visibility) where.push(eq(listing.visibility, f.visibility));
  if (f.language) where.push(eq(listing.language, f.language));
  if (f.brand) where.push(ilike(listing.brand, escapeLike(f.brand)));
  if (f.category) where.push(sql`${listing.categoryPath} @> ${JSON.stringify([f.category])}::jsonb`);
  if (f.updated_since) where.push(gt(listing.updatedAt, new Date(f.updated_since)));
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    where.push(or(ilike(listing.title, like), ilike(listing.id, like), ilike(listing.brand, like)) as SQL);
  }
  const rows = await db.select().from(listing).where(and(...where)).orderBy(asc(listing.id)).limit(limit + 1);
  return page(rows.map(presentListing), limit, (l) => l.id);
}

export async function getListing(db: Db, id: string) {
  const [row] = await db.select().from(listing).where(eq(listing.id, id));
  return row ? presentListing(row) : null;
}

export async function listListingVersions(db: Db, id: string) {
  const rows = await db.select().from(listingVersion).where(eq(listingVersion.listingId, id)).orderBy(asc(listingVersion.version));
  return rows.map(presentListingVersion);
}

export async function listTraders(db: Db, f: { q?: string; status?: string; country?: string; cursor?: string; limit?: number }) {
  const limit = f.limit ?? 50;
  const after = decodeCursor<string>(f.cursor, 'string');
  const where: SQL[] = [];
  if (after) where.push(gt(trader.id, after));
  if (f.status) where.push(eq(trader.status, f.status));
  if (f.country) where.push(eq(trader.country, f.country));
  if (f.q) where.push(or(ilike(trader.displayName, `%${escapeLike(f.q)}%`), ilike(trader.id, `%${escapeLike(f.q)}%`)) as SQL);
  const rows = await db.select().from(trader).where(and(...where)).orderBy(asc(trader.id)).limit(limit + 1);
  return page(rows.map(presentTrader), limit, (t) => t.id);
}

export async function getTrader(db: Db, id: string) {
  const [row] = await db.select().from(trader).where(eq(trader.id, id));
  return row ? presentTrader(row) : null;
}

export async function listOrders(db: Db, f: { listing_id?: string; cursor?: string; limit?: number }) {
  const limit = f.limit ?? 50;
  const after = decodeCursor<string>(f.cursor, 'string');
  const where: SQL[] = [];
  if (after) where.push(gt(order.id, after));
  if (f.listing_id) where.push(eq(order.listingId, f.listing_id));
  const rows = await db.select().from(order).where(and(...where)).orderBy(asc(order.id)).limit(limit + 1);
  return page(rows.map(presentOrder), limit, (o) => o.id);
}

export async function getOrder(db: Db, id: string) {
  const [row] = await db.select().from(order).where(eq(order.id, id));
  return row ? presentOrder(row) : null;
}

export async function getItem(db: Db, kind: string, id: string) {
  if (kind === 'listing') {
    const l = await getListing(db, id);
    return l && { kind, id: l.id, url: l.product_url, trader_id: l.trader_id, parent: null, text: l.title, visibility: l.visibility, created_at: l.created_at, updated_at: l.updated_at };
  }
  const [row] = await db.select().from(item).where(and(eq(item.kind, kind), eq(item.externalId, id)));
  return row ? presentItem(row) : null;
}

function page<T>(rows: T[], limit: number, key: (t: T) => string): Page<T> {
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  return { items, next_cursor: more ? encodeCursor(key(items[items.length - 1]!)) : null };
}
