/**
 * What counts as a listing's content (a new version and a ledger event) versus its commercial
 * details (updated in place): text, images, brand, category and identifiers are content; price,
 * currency, URL and visibility are not.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { ListingInputT } from './schemas.js';

export const CONTENT_FIELDS = ['title', 'description', 'category_path', 'brand', 'gtin', 'image_urls', 'language'] as const;
export type ContentField = (typeof CONTENT_FIELDS)[number];

export interface ListingContent {
  title: string;
  description: string | null;
  category_path: string[];
  brand: string | null;
  gtin: string | null;
  image_urls: string[];
  language: string | null;
}

export function contentOf(input: ListingInputT): ListingContent {
  return {
    title: input.title,
    description: input.description ?? null,
    category_path: input.category_path ?? [],
    brand: input.brand ?? null,
    gtin: input.gtin ?? null,
    image_urls: input.image_urls ?? [],
    language: input.language ?? null,
  };
}

export const contentHash = (c: ListingContent): string => createHash('sha256').update(canonicalize(c) ?? '').digest('hex');

export function changedContentFields(a: ListingContent, b: ListingContent): ContentField[] {
  return CONTENT_FIELDS.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
}
