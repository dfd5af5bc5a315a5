/**
 * Listing upserts, one row or a whole import batch at a time. The marketplace's `source_version`
 * orders writes: an older version never overwrites a newer one (stale_version). Content changes
 * make a new version and a ledger event; price-only changes update in place.
 */
import { sql } from 'drizzle-orm';
import { bulkInsert, bulkRowsSql, type BulkColumn } from '../../store/bulk.js';
import type { Clock } from '../../core/clock.js';
import type { ErrorCode, ErrorDetail } from '../../core/errors.js';
import type { Actor, NewEvent } from '../../core/events.js';
import type { Db } from '../../store/database.js';
import { appendEvents } from '../../store/ledger.js';
import { listing, listingVersion, trader } from '../../store/schema/index.js';
import type { PendingEvents } from '../pending-events.js';
import { changedContentFields, contentHash, contentOf, type ListingContent } from './listing-content.js';
import type { ListingInputT } from './schemas.js';

export type UpsertStatus = 'created' | 'new_version' | 'updated' | 'unchanged';

export interface ListingWrite {
  id: string;
  input: ListingInputT;
  line?: number;
}

export type ListingWriteResult =
  | { id: string; line?: number; status: UpsertStatus; version: number }
  | { id: string; line?: number; status: 'error'; error: { code: ErrorCode; message: string; details?: ErrorDetail[] } };

type Row = typeof listing.$inferSelect;

/** A listing row as this write left it, with its trader's start date (what screening reads). */
export type WrittenListing = Row & { traderSince: Date | null };

/** The results in write order, and the created or changed rows by id. */
export interface ListingWriteBatch {
  results: ListingWriteResult[];
  written: Map<string, WrittenListing>;
  /**
   * The row writes. With `inFlight` they may still be running when `writeListings` returns, so the
   * caller can compute (screen) meanwhile; it must await this before the transaction ends.
   */
  stored: Promise<void>;
}

const rowContent = (r: Row): ListingContent => ({
  title: r.title, description: r.description, category_path: r.categoryPath, brand: r.brand, gtin: r.gtin,
  image_urls: r.imageUrls, language: r.language,
});

export async function upsertListings(tx: Db, clock: Clock, actor: Actor, writes: ListingWrite[]): Promise<ListingWriteResult[]> {
  return (await writeListings(tx, clock, actor, writes)).results;
}

/**
 * `upsertListings` that also hands back the rows it wrote, so what runs next in the transaction need
 * not read them again; with `ledger` its events are left there for the caller to append with its own;
 * with `inFlight` it returns before the row writes finish (`stored`).
 */
export async function writeListings(tx: Db, clock: Clock, actor: Actor, writes: ListingWrite[], ledger?: PendingEvents, o: { inFlight?: boolean } = {}): Promise<ListingWriteBatch> {
  if (writes.length === 0) return { results: [], written: new Map(), stored: Promise.resolve() };
  const now = clock.now();
  const traderIds = [...new Set(writes.map((w) => w.input.trader_id))];
  // Ids as one array parameter each (not one bind parameter per id).
  const traderSince = new Map((await tx.select({ id: trader.id, since: sql<Date | string | null>`COALESCE(${trader.joinedAt}, ${trader.createdAt})` }).from(trader)
    .where(sql`${trader.id} = ANY(${sql.param(traderIds)}::text[])`)).map((r) => [r.id, r.since === null ? null : new Date(r.since)]));
  const knownTraders = new Set(traderSince.keys());
  const ids = [...new Set(writes.map((w) => w.id))];
  const state = new Map<string, Row>((await tx.select().from(listing).where(sql`${listing.id} = ANY(${sql.param(ids)}::text[])`)).map((r) => [r.id, r]));

  const touched = new Map<string, Row>();
  const versions: (typeof listingVersion.$inferInsert)[] = [];
  const events: NewEvent[] = [];
  const results: ListingWriteResult[] = [];
  const fail = (w: ListingWrite, code: ErrorCode, message: string, details?: ErrorDetail[]) =>
    results.push({ id: w.id, line: w.line, status: 'error', error: { code, message, ...(details ? { details } : {}) } });

  for (const w of writes) {
    const inp = w.input;
    if (!knownTraders.has(inp.trader_id)) {
      fail(w, 'unknown_trader', `trader ${inp.trader_id} is not known; PUT /api/v1/traders/${inp.trader_id} first`, [{ path: 'trader_id', problem: 'unknown trader' }]);
      continue;
    }
    const content = contentOf(inp);
    const hash = contentHash(content);
    const commercial = { price: inp.price ?? null, currency: inp.currency ?? null, productUrl: inp.product_url ?? null, visibility: inp.visibility ?? 'visible' };
    const cur = state.get(w.id);
    if (!cur) {
      const row: Row = {
        id: w.id, traderId: inp.trader_id, sourceVersion: inp.source_version, version: 1, title: content.title,
        description: content.description, categoryPath: content.category_path, brand: content.brand, gtin: content.gtin,
        imageUrls: content.image_urls, language: content.language, ...commercial, contentHash: hash,
        listedAt: inp.created_at ? new Date(inp.created_at) : null, createdAt: now, updatedAt: now,
      };
      state.set(w.id, row);
      touched.set(w.id, row);
      versions.push(versionRow(row, now));
      events.push({
        type: 'listing.created', subject: { type: 'listing', id: w.id }, actor,
        payload: { trader_id: inp.trader_id, version: 1, source_version: inp.source_version, content_hash: hash, visibility: row.visibility, language: row.language, category_path: row.categoryPath },
      });
      results.push({ id: w.id, line: w.line, status: 'created', version: 1 });
      continue;
    }
    const sameData = cur.contentHash === hash && cur.traderId === inp.trader_id && cur.price === commercial.price &&
      cur.currency === commercial.currency && cur.productUrl === commercial.productUrl && cur.visibility === commercial.visibility;
    if (inp.source_version < cur.sourceVersion || (inp.source_version === cur.sourceVersion && !sameData)) {
      fail(w, 'stale_version', `listing ${w.id} is at source_version ${cur.sourceVersion}; version ${inp.source_version} is older or already recorded with other data`, [
        { path: 'source_version', problem: `must be greater than ${cur.sourceVersion}` },
      ]);
      continue;
    }
    if (inp.source_version === cur.sourceVersion) {
      // Same version, same data: a retried write changes nothing.
      results.push({ id: w.id, line: w.line, status: 'unchanged', version: cur.version });
      continue;
    }
    const changed = changedContentFields(rowContent(cur), content);
    const next: Row = {
      ...cur, traderId: inp.trader_id, sourceVersion: inp.source_version, title: content.title, description: content.description,
      categoryPath: content.category_path, brand: content.brand, gtin: content.gtin, imageUrls: content.image_urls, language: content.language,
      ...commercial, contentHash: hash, updatedAt: now, version: changed.length > 0 ? cur.version + 1 : cur.version,
    };
    if (changed.length > 0) {
      versions.push(versionRow(next, now));
      events.push({ type: 'listing.version_created', subject: { type: 'listing', id: w.id }, actor, payload: { version: next.version, source_version: next.sourceVersion, content_hash: hash, changed } });
    }
    if (cur.visibility !== next.visibility) {
      events.push({ type: 'item.visibility_changed', subject: { type: 'listing', id: w.id }, actor, payload: { from: cur.visibility, to: next.visibility, source_version: next.sourceVersion, reported_by: 'marketplace' } });
    }
    state.set(w.id, next);
    touched.set(w.id, next);
    results.push({ id: w.id, line: w.line, status: changed.length > 0 ? 'new_version' : 'updated', version: next.version });
  }

  const stored = writeRows(tx, [...touched.values()], versions);
  // Awaited by the caller; this only keeps a failure from being unhandled until then.
  stored.catch(() => undefined);
  if (!o.inFlight) await stored;
  if (ledger) ledger.add(events);
  else await appendEvents(tx, clock, events);
  const written = new Map<string, WrittenListing>();
  for (const [id, row] of touched) written.set(id, { ...row, traderSince: traderSince.get(row.traderId) ?? null });
  return { results, written, stored };
}

const versionRow = (r: Row, now: Date): typeof listingVersion.$inferInsert => ({
  listingId: r.id, version: r.version, sourceVersion: r.sourceVersion, title: r.title, description: r.description, categoryPath: r.categoryPath,
  brand: r.brand, gtin: r.gtin, imageUrls: r.imageUrls, language: r.language, contentHash: r.contentHash, recordedAt: now,
});

const LISTING_COLUMNS: BulkColumn<Row>[] = [
  { name: 'id', type: 'text', get: (r) => r.id },
  { name: 'trader_id', type: 'text', get: (r) => r.traderId },
  { name: 'source_version', type: 'bigint', get: (r) => r.sourceVersion },
  { name: 'version', type: 'int', get: (r) => r.version },
  { name: 'title', type: 'text', get: (r) => r.title },
  { name: 'description', type: 'text', get: (r) => r.description },
  { name: 'price', type: 'float8', get: (r) => r.price },
  { name: 'currency', type: 'text', get: (r) => r.currency },
  { name: 'category_path', type: 'jsonb', get: (r) => r.categoryPath },
  { name: 'brand', type: 'text', get: (r) => r.brand },
  { name: 'gtin', type: 'text', get: (r) => r.gtin },
  { name: 'product_url', type: 'text', get: (r) => r.productUrl },
  { name: 'image_urls', type: 'jsonb', get: (r) => r.imageUrls },
  { name: 'language', type: 'text', get: (r) => r.language },
  { name: 'visibility', type: 'text', get: (r) => r.visibility },
  { name: 'content_hash', type: 'text', get: (r) => r.contentHash },
  { name: 'listed_at', type: 'timestamptz', get: (r) => r.listedAt },
  { name: 'created_at', type: 'timestamptz', get: (r) => r.createdAt },
  { name: 'updated_at', type: 'timestamptz', get: (r) => r.updatedAt },
];

type VersionRow = typeof listingVersion.$inferInsert;
const VERSION_COLUMNS: BulkColumn<VersionRow>[] = [
  { name: 'listing_id', type: 'text', get: (v) => v.listingId },
  { name: 'version', type: 'int', get: (v) => v.version },
  { name: 'source_version', type: 'bigint', get: (v) => v.sourceVersion },
  { name: 'title', type: 'text', get: (v) => v.title },
  { name: 'description', type: 'text', get: (v) => v.description },
  { name: 'category_path', type: 'jsonb', get: (v) => v.categoryPath },
  { name: 'brand', type: 'text', get: (v) => v.brand },
  { name: 'gtin', type: 'text', get: (v) => v.gtin },
  { name: 'image_urls', type: 'jsonb', get: (v) => v.imageUrls },
  { name: 'language', type: 'text', get: (v) => v.language },
  { name: 'content_hash', type: 'text', get: (v) => v.contentHash },
  { name: 'recorded_at', type: 'timestamptz', get: (v) => v.recordedAt },
];

// Every column but id and created_at follows the newest write.
const UPSERT = sql.raw(`ON CONFLICT (id) DO UPDATE SET ${LISTING_COLUMNS.filter((c) => !['id', 'created_at', 'listed_at'].includes(c.name)).map((c) => `"${c.name}" = excluded."${c.name}"`).join(', ')}`);

const VERSIONED: BulkColumn<Row & { versioned: boolean }> = { name: 'versioned', type: 'bool', get: (r) => r.versioned };
const VERSION_FROM_ROW = VERSION_COLUMNS.map((c) => `"${c.name === 'listing_id' ? 'id' : c.name === 'recorded_at' ? 'updated_at' : c.name}"`).join(', ');

async function writeRows(tx: Db, rows: Row[], versions: VersionRow[]): Promise<void> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  // Usually each new version is the row as written (recorded when it was updated): then the content
  // goes over the wire once and one statement writes both tables. A batch that writes one listing
  // twice has an intermediate version the rows do not hold, and takes two statements.
  const fromRows = versions.length > 0 && new Set(versions.map((v) => v.listingId)).size === versions.length && versions.every((v) => sameAsRow(v, byId.get(v.listingId)));
  if (!fromRows) {
    await bulkInsert(tx, 'listing', LISTING_COLUMNS, rows, UPSERT);
    await bulkInsert(tx, 'listing_version', VERSION_COLUMNS, versions);
    return;
  }
  const versioned = new Set(versions.map((v) => v.listingId));
  const source = bulkRowsSql([...LISTING_COLUMNS, VERSIONED], rows.map((r) => ({ ...r, versioned: versioned.has(r.id) })));
  // The listing_version insert reads the batch, not the listing table: both run on one snapshot (foreign keys are checked at the end).
  await tx.execute(sql`WITH t AS MATERIALIZED (${source}),
    l AS (INSERT INTO listing (${sql.raw(LISTING_NAMES)}) SELECT ${sql.raw(LISTING_NAMES)} FROM t ${UPSERT})
    INSERT INTO listing_version (${sql.raw(VERSION_COLUMNS.map((c) => `"${c.name}"`).join(', '))}) SELECT ${sql.raw(VERSION_FROM_ROW)} FROM t WHERE versioned`);
}

/** The content hash covers every content field, so this is the version row `versionRow(r)` would make. */
const sameAsRow = (v: VersionRow, r: Row | undefined): boolean => r !== undefined && r.version === v.version && r.sourceVersion === v.sourceVersion &&
  r.contentHash === v.contentHash && r.updatedAt.getTime() === (v.recordedAt as Date).getTime();

const LISTING_NAMES = LISTING_COLUMNS.map((c) => `"${c.name}"`).join(', ');
