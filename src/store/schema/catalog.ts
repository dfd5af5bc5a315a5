import { bigint, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Traders as the marketplace knows them. Contact and identity data live in KYB side tables. */
export const trader = pgTable(
  'trader',
  {
    id: text('id').primaryKey(),
    displayName: text('display_name').notNull(),
    legalName: text('legal_name'),
    country: text('country'),
    status: text('status').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true, precision: 3 }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index('trader_status_idx').on(t.status)],
);

/**
 * Anything a buyer sees besides listings (which have their own table): store pages, reviews and
 * Q&A, ads, affiliate links, livestreams. Keyed by (kind, external id) so the marketplace's own
 * ids work for every kind.
 */
export const item = pgTable(
  'item',
  {
    kind: text('kind').notNull(),
    externalId: text('external_id').notNull(),
    url: text('url'),
    traderId: text('trader_id'),
    parentKind: text('parent_kind'),
    parentId: text('parent_id'),
    text: text('text'),
    visibility: text('visibility').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.externalId] }), index('item_trader_idx').on(t.traderId), index('item_url_idx').on(t.url)],
);

/** Current state of each listing (the projection); content history is in listing_version. */
export const listing = pgTable(
  'listing',
  {
    id: text('id').primaryKey(),
    traderId: text('trader_id').notNull().references(() => trader.id),
    sourceVersion: bigint('source_version', { mode: 'number' }).notNull(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    price: doublePrecision('price'),
    currency: text('currency'),
    categoryPath: jsonb('category_path').$type<string[]>().notNull(),
    brand: text('brand'),
    gtin: text('gtin'),
    productUrl: text('product_url'),
    imageUrls: jsonb('image_urls').$type<string[]>().notNull(),
    language: text('language'),
    visibility: text('visibility').notNull(),
    contentHash: text('content_hash').notNull(),
    listedAt: timestamp('listed_at', { withTimezone: true, precision: 3 }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    index('listing_trader_idx').on(t.traderId, t.id),
    index('listing_visibility_idx').on(t.visibility, t.id),
    index('listing_language_idx').on(t.language, t.id),
  ],
);

/** Every content version a listing had (text, images, brand, category), as the buyer saw it. */
export const listingVersion = pgTable(
  'listing_version',
  {
    listingId: text('listing_id').notNull().references(() => listing.id),
    version: integer('version').notNull(),
    sourceVersion: bigint('source_version', { mode: 'number' }).notNull(),
    title: text('title').notNull(),
    description: text('description'),
    categoryPath: jsonb('category_path').$type<string[]>().notNull(),
    brand: text('brand'),
    gtin: text('gtin'),
    imageUrls: jsonb('image_urls').$type<string[]>().notNull(),
    language: text('language'),
    contentHash: text('content_hash').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.listingId, t.version] })],
);

/** Orders, kept so buyers of an illegal product can be informed (Art. 32, RTI-1). */
export const order = pgTable(
  'order',
  {
    id: text('id').primaryKey(),
    listingId: text('listing_id').notNull().references(() => listing.id),
    buyerRef: text('buyer_ref').notNull(),
    orderedAt: timestamp('ordered_at', { withTimezone: true, precision: 3 }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index('order_listing_idx').on(t.listingId, t.orderedAt)],
);
