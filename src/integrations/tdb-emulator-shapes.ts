/**
 * The bodies the Transparency Database answers with (spec A7): stored statements from the single
 * and the batch endpoint differ in which arrays are sorted, how missing fields come back, and
 * whether there is a numeric id.
 */
import { TDB_STATEMENT_FIELDS } from '../core/statements/types.js';

export interface StoredMeta {
  uuid: string;
  id: number;
  createdAt: Date;
  platformName: string;
  host: string;
}

const SORTED_ARRAYS = ['decision_visibility', 'content_type', 'category_addition', 'category_specification', 'territorial_scope'] as const;
const ARRAY_FIELDS = new Set<string>(SORTED_ARRAYS);
const END_DATES = ['end_date_visibility_restriction', 'end_date_monetary_restriction', 'end_date_service_restriction', 'end_date_account_restriction'];

const uniqueSorted = (v: unknown): unknown => (Array.isArray(v) ? [...new Set(v.map(String))].sort() : v);

/** `YYYY-MM-DD HH:MM:SS` (UTC), the format of `created_at`. */
export const createdAtText = (d: Date): string => d.toISOString().slice(0, 19).replace('T', ' ');

function serverFields(m: StoredMeta, puid: unknown): Record<string, unknown> {
  return {
    uuid: m.uuid,
    created_at: createdAtText(m.createdAt),
    platform_name: m.platformName,
    puid,
    permalink: `${m.host}/statement/${m.uuid}`,
    self: `${m.host}/api/v1/statement/${m.uuid}`,
  };
}

/** Single endpoint, 201: persisted fields with arrays de-duplicated and sorted, end dates null when absent, an `id`. */
export function singleStoredShape(data: Record<string, unknown>, m: StoredMeta): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) out[k] = ARRAY_FIELDS.has(k) ? uniqueSorted(v) : v;
  if (out.decision_visibility === null || out.decision_visibility === undefined) out.decision_visibility = [];
  if (out.territorial_scope === null || out.territorial_scope === undefined) out.territorial_scope = [];
  // A6 rule 16: the main category is removed from the additional ones.
  if (Array.isArray(out.category_addition)) out.category_addition = out.category_addition.filter((c) => c !== out.category);
  for (const f of END_DATES) out[f] ??= null;
  return { ...out, id: m.id, ...serverFields(m, data.puid) };
}

/** Batch endpoint, 201 item: fields as sent, missing ones null (arrays []), content_id_ean for content_id, only territorial_scope sorted, no `id`. */
export function batchStoredShape(data: Record<string, unknown>, m: StoredMeta): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of TDB_STATEMENT_FIELDS) {
    if (f === 'content_id' || f === 'content_id_ean') continue;
    const v = data[f];
    out[f] = v === undefined ? (ARRAY_FIELDS.has(f) ? [] : null) : v;
  }
  out.territorial_scope = Array.isArray(data.territorial_scope) ? uniqueSorted(data.territorial_scope) : [];
  const cid = data.content_id as Record<string, unknown> | null | undefined;
  out.content_id_ean = cid && typeof cid === 'object' ? String(cid['EAN-13']) : null;
  return { ...out, ...serverFields(m, data.puid) };
}

/** `GET /api/v1/statement/{uuid}`: the stored statement without its PUID (A1 #4). */
export function readBackShape(stored: Record<string, unknown>): Record<string, unknown> {
  const { puid: _puid, ...rest } = stored;
  return rest;
}
