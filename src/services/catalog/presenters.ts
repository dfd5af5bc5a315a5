/** The API's view of catalog rows (snake_case, ISO timestamps). */
import type { item, listing, listingVersion, order, trader } from '../../store/schema/index.js';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export const presentTrader = (t: typeof trader.$inferSelect) => ({
  id: t.id, display_name: t.displayName, legal_name: t.legalName, country: t.country, status: t.status,
  joined_at: iso(t.joinedAt), created_at: iso(t.createdAt), updated_at: iso(t.updatedAt),
});

export const presentListing = (l: typeof listing.$inferSelect) => ({
  id: l.id, trader_id: l.traderId, source_version: l.sourceVersion, version: l.version, title: l.title, description: l.description,
  price: l.price, currency: l.currency, category_path: l.categoryPath, brand: l.brand, gtin: l.gtin, product_url: l.productUrl,
  image_urls: l.imageUrls, language: l.language, visibility: l.visibility, listed_at: iso(l.listedAt), created_at: iso(l.createdAt),
  updated_at: iso(l.updatedAt),
});

export const presentListingVersion = (v: typeof listingVersion.$inferSelect) => ({
  version: v.version, source_version: v.sourceVersion, title: v.title, description: v.description, category_path: v.categoryPath,
  brand: v.brand, gtin: v.gtin, image_urls: v.imageUrls, language: v.language, content_hash: v.contentHash, recorded_at: iso(v.recordedAt),
});

export const presentOrder = (o: typeof order.$inferSelect) => ({
  id: o.id, listing_id: o.listingId, buyer_ref: o.buyerRef, ordered_at: iso(o.orderedAt), created_at: iso(o.createdAt),
});

export const presentItem = (i: typeof item.$inferSelect) => ({
  kind: i.kind, id: i.externalId, url: i.url, trader_id: i.traderId, parent: i.parentKind ? { kind: i.parentKind, id: i.parentId } : null,
  text: i.text, visibility: i.visibility, created_at: iso(i.createdAt), updated_at: iso(i.updatedAt),
});

export type ListingView = ReturnType<typeof presentListing>;
export type TraderView = ReturnType<typeof presentTrader>;
