/**
 * The marketplace's catalog as Vigil sees it, keyed by the marketplace's own ids.
 * Anything a buyer sees is an item (listing, store page, review or Q&A, ad, affiliate link,
 * livestream); notices and detection can target any of them.
 */
export const ITEM_KINDS = ['listing', 'store_page', 'review', 'ad', 'affiliate_link', 'livestream'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const VISIBILITY = ['visible', 'restricted', 'removed'] as const;
export type Visibility = (typeof VISIBILITY)[number];

export const TRADER_STATUSES = ['active', 'suspended', 'terminated', 'pending'] as const;
export type TraderStatus = (typeof TRADER_STATUSES)[number];

/** What the marketplace sends for a trader (PUT /api/v1/traders/{id}). No contact data here. */
export interface TraderInput {
  display_name: string;
  legal_name?: string | null;
  country?: string | null; // ISO 3166-1 alpha-2
  status?: TraderStatus;
  created_at?: string | null; // when the trader joined the marketplace (ISO 8601)
}

/** What the marketplace sends for a listing (PUT /api/v1/listings/{id}). */
export interface ListingInput {
  trader_id: string;
  source_version: number; // monotonically increasing per listing on the marketplace side
  title: string;
  description?: string | null;
  price?: number | null;
  currency?: string | null; // ISO 4217
  category_path?: string[];
  brand?: string | null;
  gtin?: string | null;
  product_url?: string | null;
  image_urls?: string[];
  language?: string | null; // ISO 639-1, lower case
  visibility?: Visibility;
  created_at?: string | null;
}

/** What the marketplace sends for an order (PUT /api/v1/orders/{id}); the buyer stays opaque (Art. 32). */
export interface OrderInput {
  listing_id: string;
  buyer_ref: string;
  ordered_at: string;
}
