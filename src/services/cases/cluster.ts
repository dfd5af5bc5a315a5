/**
 * Cluster suggestions for a case on a listing: other listings a reviewer may want to decide on in
 * the same action (`also_items`, one decision and one statement each) — the same trader's other
 * listings, listings showing the same image (same image address or the same PDQ hash from the
 * image job), and listings with near-identical text (trigram similarity of title and description).
 * Suggestions only: the reviewer picks.
 */
import { eq, sql, type SQL } from 'drizzle-orm';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../store/database.js';
import { listing, moderationCase } from '../../store/schema/index.js';

export type ClusterReason = 'same_trader' | 'same_image' | 'similar_text';

export interface ClusterCandidate {
  id: string;
  title: string;
  trader_id: string;
  visibility: string;
  reasons: ClusterReason[];
  similarity: number | null;
}

const LIMIT = 50;
/** Trigram similarity from which two texts count as near-identical. */
export const SIMILAR_TEXT = 0.8;

export async function clusterCandidates(db: Db, caseId: string): Promise<{ subject: { kind: string; id: string }; items: ClusterCandidate[] }> {
  const [c] = await db.select({ kind: moderationCase.subjectKind, id: moderationCase.subjectId }).from(moderationCase).where(eq(moderationCase.id, caseId));
  if (!c) throw new DomainError('not_found', `case ${caseId} not found`);
  if (c.kind !== 'listing') return { subject: c, items: [] };
  const [self] = await db.select().from(listing).where(eq(listing.id, c.id));
  if (!self) return { subject: c, items: [] };

  const found = new Map<string, ClusterCandidate>();
  const add = (r: { id: string; title: string; trader_id: string; visibility: string; similarity?: number | null }, reason: ClusterReason) => {
    const e = found.get(r.id) ?? { id: r.id, title: r.title, trader_id: r.trader_id, visibility: r.visibility, reasons: [], similarity: null };
    if (!e.reasons.includes(reason)) e.reasons.push(reason);
    if (r.similarity !== undefined && r.similarity !== null) e.similarity = Math.round(Number(r.similarity) * 100) / 100;
    found.set(r.id, e);
  };
  type Row = { id: string; title: string; trader_id: string; visibility: string; similarity?: number | null };
  const rows = async (q: SQL) => ((await db.execute(q)) as unknown as { rows: Row[] }).rows;

  for (const r of await rows(sql`SELECT id, title, trader_id, visibility FROM listing WHERE trader_id = ${self.traderId} AND id <> ${self.id} ORDER BY id LIMIT ${LIMIT}`)) add(r, 'same_trader');

  if (self.imageUrls.length > 0) {
    for (const r of await rows(sql`SELECT id, title, trader_id, visibility FROM listing WHERE id <> ${self.id} AND image_urls ?| ${sql.param(self.imageUrls)}::text[] ORDER BY id LIMIT ${LIMIT}`)) add(r, 'same_image');
  }
  for (const r of await rows(sql`
    WITH mine AS (
      SELECT DISTINCT img->'pdq'->>'hash' AS hash FROM detection_enrichment e, jsonb_array_elements(CASE WHEN jsonb_typeof(e.result) = 'array' THEN e.result ELSE '[]'::jsonb END) img
      WHERE e.listing_id = ${self.id} AND e.kind = 'images' AND img->'pdq'->>'hash' IS NOT NULL)
    SELECT DISTINCT l.id, l.title, l.trader_id, l.visibility
      FROM detection_enrichment e, jsonb_array_elements(CASE WHEN jsonb_typeof(e.result) = 'array' THEN e.result ELSE '[]'::jsonb END) img, listing l
     WHERE e.kind = 'images' AND e.listing_id <> ${self.id} AND l.id = e.listing_id AND img->'pdq'->>'hash' IN (SELECT hash FROM mine)
     ORDER BY l.id LIMIT ${LIMIT}`)) add(r, 'same_image');

  const text = `${self.title} ${self.description ?? ''}`.trim();
  for (const r of await rows(sql`
    SELECT id, title, trader_id, visibility, similarity(title || ' ' || coalesce(description, ''), ${text}) AS similarity
      FROM listing WHERE id <> ${self.id} AND similarity(title || ' ' || coalesce(description, ''), ${text}) >= ${SIMILAR_TEXT}
     ORDER BY similarity DESC, id LIMIT ${LIMIT}`)) add(r, 'similar_text');

  const rank = (x: ClusterCandidate) => (x.reasons.includes('same_image') ? 0 : x.reasons.includes('similar_text') ? 1 : 2) - x.reasons.length / 10;
  return { subject: c, items: [...found.values()].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id)).slice(0, LIMIT * 2) };
}
