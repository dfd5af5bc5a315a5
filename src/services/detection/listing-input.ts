import type { ScreenImage, ScreenInput } from '../../detection/types.js';

/**
 * Reads one listing of the `vigil screen` NDJSON contract:
 * `{ id, title, description?, price?, currency?, brand?, category?, language?, url?, images? }`.
 * Images may be URLs or objects with OCR text, QR payloads, hash matches or recognised brands.
 * Returns the reason when the value is not a listing.
 */
export function parseListing(value: unknown): { listing: ScreenInput } | { error: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'not a JSON object' };
  const v = value as Record<string, unknown>;
  const id = typeof v['id'] === 'number' ? String(v['id']) : v['id'];
  if (typeof id !== 'string' || id === '') return { error: 'missing id' };
  if (typeof v['title'] !== 'string') return { error: `listing ${id}: missing title` };
  const str = (k: string): string | null => (typeof v[k] === 'string' ? (v[k] as string) : null);
  const price = typeof v['price'] === 'number' ? v['price'] : typeof v['price'] === 'string' && v['price'] !== '' && !Number.isNaN(Number(v['price'])) ? Number(v['price']) : null;
  const listing: ScreenInput = {
    id, title: v['title'], description: str('description'), price, currency: str('currency'), brand: str('brand'),
    category: categoryOf(v['category']), language: str('language'), url: str('url'), gtin: str('gtin'),
    memberState: str('member_state') ?? str('memberState'),
    images: Array.isArray(v['images']) ? v['images'].flatMap(imageOf) : [],
  };
  const trader = v['trader'];
  if (typeof trader === 'object' && trader !== null && typeof (trader as Record<string, unknown>)['ageDays'] === 'number') {
    listing.trader = { ageDays: (trader as { ageDays: number }).ageDays };
  }
  return { listing };
}

const categoryOf = (c: unknown): string | null =>
  typeof c === 'string' ? c : Array.isArray(c) ? c.filter((x) => typeof x === 'string').join(' > ') : null;

function imageOf(img: unknown): ScreenImage[] {
  if (typeof img === 'string') return [{ url: img }];
  if (typeof img !== 'object' || img === null) return [];
  const o = img as Record<string, unknown>;
  const text = o['ocrText'] ?? o['ocr_text'] ?? o['text'];
  const qr = o['qrPayloads'] ?? o['qr'];
  const brands = o['brands'];
  return [{
    ...(typeof o['url'] === 'string' ? { url: o['url'] } : {}),
    ...(typeof text === 'string' ? { ocrText: text } : {}),
    ...(Array.isArray(qr) ? { qrPayloads: qr.filter((q): q is string => typeof q === 'string') } : typeof qr === 'string' ? { qrPayloads: [qr] } : {}),
    ...(Array.isArray(brands) ? { brands: brands.filter((b): b is string => typeof b === 'string') } : {}),
  }];
}
