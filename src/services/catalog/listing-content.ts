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

/**
 * SHA-256 of the content's RFC 8785 canonical JSON. For this shape (strings, null, arrays of
 * strings) that is `JSON.stringify` with the keys in code-unit order, which is several times faster
 * than the general canonicaliser and gives the same bytes (tested against it).
 */
export const contentHash = (c: ListingContent): string => createHash('sha256').update(canonicalContent(c)).digest('hex');

export function canonicalContent(c: ListingContent): string {
  // RFC 8785 refuses lone surrogates (the canonicaliser throws); leave that case to it.
  if (!wellFormed(c.title) || !wellFormed(c.description) || !wellFormed(c.brand) || !wellFormed(c.gtin) || !wellFormed(c.language) ||
    !c.category_path.every(wellFormed) || !c.image_urls.every(wellFormed)) return canonicalContentSlow(c);
  return JSON.stringify({
    brand: c.brand, category_path: c.category_path, description: c.description, gtin: c.gtin, image_urls: c.image_urls, language: c.language, title: c.title,
  });
}

// ES2024's String.prototype.isWellFormed (Node 20 has it; the TypeScript lib here is ES2023).
const wellFormed = (s: string | null): boolean => s === null || (s as string & { isWellFormed(): boolean }).isWellFormed();

/** The general canonicaliser, for comparison in tests. */
export const canonicalContentSlow = (c: ListingContent): string => canonicalize(c) ?? '';

export function changedContentFields(a: ListingContent, b: ListingContent): ContentField[] {
  return CONTENT_FIELDS.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
}
