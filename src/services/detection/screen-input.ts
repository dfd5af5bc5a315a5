/**
 * Builds the detection library's input from stored rows: the listing as the buyer sees it, the
 * trader's age, third-party verdicts and test purchases (DET-3), and what the link and image jobs
 * found (DET-3, DET-4). Loads a whole batch with a fixed number of queries.
 */
import { sql } from 'drizzle-orm';
import type { ScreenImage, ScreenInput, ThirdPartyVerdict } from '../../detection/types.js';
import type { Db } from '../../store/database.js';
import { detectionEnrichment, thirdPartyVerdict } from '../../store/schema/index.js';
import type { WrittenListing } from '../catalog/listings.js';
import type { BankLookup } from './hash-banks.js';

export interface StoredListing {
  id: string;
  version: number;
  title: string;
  description: string | null;
  price: number | null;
  currency: string | null;
  brand: string | null;
  gtin: string | null;
  category_path: string[];
  language: string | null;
  image_urls: string[];
  product_url: string | null;
  trader_since: Date | string | null;
}

export interface ImageResult {
  url: string;
  pdq?: { hash: string; quality: number; dihedral?: Record<string, string>; alternate?: { hash: string; quality: number } } | null;
  ocr_text?: string;
  qr?: string[];
  error?: string;
}
export interface LinkResult {
  url: string;
  final_url: string;
  final_domain: string;
  hops: number;
  error?: string;
}
export interface Enrichment {
  links?: { version: number; status: string; result: LinkResult[] | null };
  images?: { version: number; status: string; result: ImageResult[] | null };
}

export interface ListingExtras {
  verdicts: Map<string, ThirdPartyVerdict[]>;
  enrichment: Map<string, Enrichment>;
}

const DAY = 86_400_000;

/** Listings with their trader's start date, by id (one query). */
export async function loadListings(tx: Db, ids: readonly string[]): Promise<StoredListing[]> {
  if (ids.length === 0) return [];
  const r = await tx.execute(sql`SELECT l.id, l.version, l.title, l.description, l.price, l.currency, l.brand, l.gtin, l.category_path, l.language,
      l.image_urls, l.product_url, COALESCE(t.joined_at, t.created_at) AS trader_since
    FROM listing l JOIN trader t ON t.id = l.trader_id WHERE l.id = ANY(${sql.param([...ids])}::text[]) ORDER BY l.id`);
  return (r as unknown as { rows: StoredListing[] }).rows;
}

/**
 * A row the catalog write just made, as `loadListings` would read it back (the content hash
 * refuses lone surrogates, so the text is what the database holds).
 */
export function storedFromWritten(r: WrittenListing): StoredListing {
  return {
    id: r.id, version: r.version, title: r.title, description: r.description, price: r.price, currency: r.currency, brand: r.brand, gtin: r.gtin,
    category_path: r.categoryPath, language: r.language, image_urls: r.imageUrls, product_url: r.productUrl, trader_since: r.traderSince,
  };
}

/** Listings after `cursor` in id order (rescans and backtests page through the catalog). */
export async function loadListingPage(tx: Db, cursor: string | null, limit: number): Promise<StoredListing[]> {
  const r = await tx.execute(sql`SELECT l.id, l.version, l.title, l.description, l.price, l.currency, l.brand, l.gtin, l.category_path, l.language,
      l.image_urls, l.product_url, COALESCE(t.joined_at, t.created_at) AS trader_since
    FROM listing l JOIN trader t ON t.id = l.trader_id WHERE ${cursor === null ? sql`TRUE` : sql`l.id > ${cursor}`} ORDER BY l.id LIMIT ${limit}`);
  return (r as unknown as { rows: StoredListing[] }).rows;
}

export async function loadExtras(tx: Db, ids: readonly string[], withEnrichment: boolean): Promise<ListingExtras> {
  const verdicts = new Map<string, ThirdPartyVerdict[]>();
  const enrichment = new Map<string, Enrichment>();
  if (ids.length === 0) return { verdicts, enrichment };
  // One array parameter instead of one bind parameter per id.
  const vs = await tx.select().from(thirdPartyVerdict).where(sql`${thirdPartyVerdict.listingId} = ANY(${sql.param([...ids])}::text[])`);
  for (const v of vs) {
    const list = verdicts.get(v.listingId) ?? [];
    list.push({ source: v.source, verdict: v.verdict as ThirdPartyVerdict['verdict'], ...(v.confidence !== null ? { confidence: v.confidence } : {}) });
    verdicts.set(v.listingId, list);
  }
  if (withEnrichment) {
    const es = await tx.select().from(detectionEnrichment).where(sql`${detectionEnrichment.listingId} = ANY(${sql.param([...ids])}::text[])`);
    for (const e of es) {
      const cur = enrichment.get(e.listingId) ?? {};
      if (e.kind === 'links') cur.links = { version: e.listingVersion, status: e.status, result: e.result as LinkResult[] | null };
      if (e.kind === 'images') cur.images = { version: e.listingVersion, status: e.status, result: e.result as ImageResult[] | null };
      enrichment.set(e.listingId, cur);
    }
  }
  return { verdicts, enrichment };
}

export interface BuiltInput {
  input: ScreenInput;
  /** pipeline parts that failed for this listing version (fail-open/closed per family) */
  unavailable: string[];
  /** synthetic image slots that carry resolved link targets: `images.N.qr.0` → `links.K.final_url` */
  linkSlots: Map<number, number>;
}

export function buildInput(l: StoredListing, extras: ListingExtras, now: Date, bank: BankLookup | null): BuiltInput {
  const since = l.trader_since ? new Date(l.trader_since) : null;
  const images: ScreenImage[] = [];
  const unavailable: string[] = [];
  const e = extras.enrichment.get(l.id);
  const img = e?.images?.version === l.version ? e.images : undefined;
  if (img?.status === 'failed') unavailable.push('images');
  for (const r of img?.result ?? []) {
    if (r.error && !r.pdq && !r.ocr_text && !r.qr?.length) continue;
    // A removed listing screened again is not a relisting of itself (RO-6).
    const matches = r.pdq && bank ? bank.match(r.pdq).filter((m) => m.removedListingId !== l.id) : [];
    images.push({
      url: r.url, ...(r.ocr_text ? { ocrText: r.ocr_text } : {}), ...(r.qr?.length ? { qrPayloads: r.qr } : {}), ...(matches.length ? { hashMatches: matches } : {}),
    });
  }
  const links = e?.links?.version === l.version ? e.links : undefined;
  if (links?.status === 'failed') unavailable.push('link_resolver');
  const linkSlots = new Map<number, number>();
  (links?.result ?? []).forEach((r, k) => {
    // Only a target that differs from what the text says adds evidence (a shortener or a redirect chain).
    if (r.error || r.final_url === r.url) return;
    linkSlots.set(images.length, k);
    images.push({ url: `link:${r.url}`, qrPayloads: [r.final_url] });
  });
  const input: ScreenInput = {
    id: l.id, title: l.title, description: l.description, price: l.price, currency: l.currency, brand: l.brand, gtin: l.gtin,
    category: l.category_path.join(' > ') || null, language: l.language, url: l.product_url, images,
    ...(since ? { trader: { ageDays: Math.max(0, Math.floor((now.getTime() - since.getTime()) / DAY)) } } : {}),
  };
  const v = extras.verdicts.get(l.id);
  if (v?.length) input.thirdPartyVerdicts = v;
  return { input, unavailable, linkSlots };
}
