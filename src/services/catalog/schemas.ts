/** Input schemas of the catalog API and NDJSON imports (one source for validation, types and OpenAPI). */
import { Type, type Static } from 'typebox';
import { ITEM_KINDS, TRADER_STATUSES, VISIBILITY } from '../../core/catalog/types.js';

// A string enum whose static type is the union of its values.
const lit = <T extends readonly string[]>(values: T) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values] });
const isoDate = Type.String({ format: 'date-time', maxLength: 40 });
// Web addresses only: a javascript: or data: URL must never reach a reviewer's browser.
const webUrl = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2000 });

export const ExternalId = Type.String({ minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9._:~-]+$', description: "the marketplace's own id" });

export const TraderInputSchema = Type.Object(
  {
    display_name: Type.String({ minLength: 1, maxLength: 300 }),
    legal_name: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
    country: Type.Optional(Type.Union([Type.String({ pattern: '^[A-Z]{2}$' }), Type.Null()])),
    status: Type.Optional(lit(TRADER_STATUSES)),
    created_at: Type.Optional(Type.Union([isoDate, Type.Null()])),
  },
  { additionalProperties: false },
);

export const ListingInputSchema = Type.Object(
  {
    trader_id: ExternalId,
    source_version: Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER }),
    title: Type.String({ minLength: 1, maxLength: 1000 }),
    description: Type.Optional(Type.Union([Type.String({ maxLength: 100_000 }), Type.Null()])),
    price: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1e12 }), Type.Null()])),
    currency: Type.Optional(Type.Union([Type.String({ pattern: '^[A-Z]{3}$' }), Type.Null()])),
    category_path: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 12 })),
    brand: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    gtin: Type.Optional(Type.Union([Type.String({ pattern: '^[0-9]{8,14}$' }), Type.Null()])),
    product_url: Type.Optional(Type.Union([webUrl, Type.Null()])),
    image_urls: Type.Optional(Type.Array(webUrl, { maxItems: 50 })),
    language: Type.Optional(Type.Union([Type.String({ pattern: '^[a-z]{2}$' }), Type.Null()])),
    visibility: Type.Optional(lit(VISIBILITY)),
    created_at: Type.Optional(Type.Union([isoDate, Type.Null()])),
  },
  { additionalProperties: false },
);

export const OrderInputSchema = Type.Object(
  {
    listing_id: ExternalId,
    buyer_ref: Type.String({ minLength: 1, maxLength: 200, description: 'opaque reference; the marketplace keeps the contact details' }),
    ordered_at: isoDate,
  },
  { additionalProperties: false },
);

export const ItemInputSchema = Type.Object(
  {
    url: Type.Optional(Type.Union([webUrl, Type.Null()])),
    trader_id: Type.Optional(Type.Union([ExternalId, Type.Null()])),
    parent: Type.Optional(Type.Union([Type.Object({ kind: lit(ITEM_KINDS), id: ExternalId }, { additionalProperties: false }), Type.Null()])),
    text: Type.Optional(Type.Union([Type.String({ maxLength: 100_000 }), Type.Null()])),
    visibility: Type.Optional(lit(VISIBILITY)),
  },
  { additionalProperties: false },
);

export type TraderInputT = Static<typeof TraderInputSchema>;
export type ListingInputT = Static<typeof ListingInputSchema>;
export type OrderInputT = Static<typeof OrderInputSchema>;
export type ItemInputT = Static<typeof ItemInputSchema>;
