/**
 * The link and image jobs (DET-3, DET-4): network and CPU work kept out of the API call. Due work
 * rows (written by ingest in the listing's transaction) are claimed with a lease; the work runs
 * outside any transaction; its result is stored and the listing re-screened with the extra
 * signals in one transaction. A part that stays down (network errors after the last attempt)
 * marks the row failed, and each rule family's fail mode decides: closed families send the
 * listing to review, open ones let it pass.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { ImageSignals, ImageSignalsOptions } from '../../integrations/image-signals.js';
import type { LinkResolution } from '../../integrations/link-resolver.js';
import type { OcrEngine } from '../../integrations/ocr.js';
import { detectionEnrichment } from '../../store/schema/index.js';
import type { FetchOutcome } from './image-fetch.js';
import type { RescanDeps } from './rescan.js';
import { loadListings, type ImageResult, type LinkResult, type StoredListing } from './screen-input.js';
import { screenStoredListings } from './screening.js';

export const ENRICH_MAX_ATTEMPTS = 3;
const LEASE_MS = 120_000;
const MAX_LINKS = 5;
const MAX_IMAGES = 4;

export interface EnrichmentTools {
  resolveLink(url: string): Promise<LinkResolution>;
  fetchImage(url: string): Promise<FetchOutcome>;
  extract(bytes: Uint8Array, o: ImageSignalsOptions): Promise<ImageSignals>;
  ocr(): OcrEngine | undefined;
}

type Task = typeof detectionEnrichment.$inferSelect;
type Outcome = { status: 'done' | 'retry' | 'failed'; result: unknown; error: string | null };

export async function claimEnrichment(deps: RescanDeps, limit: number): Promise<Task[]> {
  const now = deps.clock.now();
  const r = await deps.db.execute(sql`UPDATE detection_enrichment SET attempts = attempts + 1, next_attempt_at = ${new Date(now.getTime() + LEASE_MS).toISOString()}::timestamptz
    WHERE (listing_id, kind) IN (SELECT listing_id, kind FROM detection_enrichment WHERE status = 'pending' AND next_attempt_at <= ${now.toISOString()}::timestamptz
      ORDER BY next_attempt_at LIMIT ${limit} FOR UPDATE SKIP LOCKED) RETURNING listing_id, kind, listing_version, attempts`);
  return (r as unknown as { rows: { listing_id: string; kind: string; listing_version: number; attempts: number }[] }).rows.map((x) => ({
    listingId: x.listing_id, kind: x.kind, listingVersion: x.listing_version, attempts: x.attempts, status: 'pending', nextAttemptAt: now, result: null, lastError: null, updatedAt: now,
  }));
}

/** One round: claim, work, store and re-screen. Returns how many rows were handled. */
export async function runEnrichmentRound(deps: RescanDeps, tools: EnrichmentTools, limit = 8): Promise<number> {
  await deps.runtime.refresh();
  const tasks = await claimEnrichment(deps, limit);
  for (const t of tasks) {
    const [listing] = await loadListings(deps.db, [t.listingId]);
    if (!listing || listing.version !== t.listingVersion) continue; // a newer version re-queued its own work
    let outcome: Outcome;
    try {
      outcome = t.kind === 'links' ? await resolveLinks(deps, tools, listing) : await readImages(tools, listing);
    } catch (e) {
      // An unexpected failure of the part itself counts like an outage: retried, then failed (fail mode applies).
      outcome = { status: 'retry', result: null, error: e instanceof Error ? e.message : String(e) };
    }
    const final = outcome.status === 'retry' && t.attempts >= ENRICH_MAX_ATTEMPTS ? { ...outcome, status: 'failed' as const } : outcome;
    const bank = await deps.banks.get(deps.db);
    await deps.db.transaction(async (tx) => {
      const now = deps.clock.now();
      const updated = await tx.update(detectionEnrichment).set({
        status: final.status === 'retry' ? 'pending' : final.status, result: final.result, lastError: final.error, updatedAt: now,
        nextAttemptAt: new Date(now.getTime() + (final.status === 'retry' ? 30_000 * 2 ** t.attempts : 0)),
      }).where(and(eq(detectionEnrichment.listingId, t.listingId), eq(detectionEnrichment.kind, t.kind), eq(detectionEnrichment.listingVersion, t.listingVersion))).returning({ id: detectionEnrichment.listingId });
      if (updated.length && final.status !== 'retry') {
        const [fresh] = await loadListings(tx, [t.listingId]);
        if (fresh) await screenStoredListings(tx, deps, [fresh], { reason: 'enrichment', bank });
      }
    });
  }
  return tasks.length;
}

function linksIn(deps: RescanDeps, l: StoredListing): string[] {
  const text = `${l.title}\n${l.description ?? ''}`;
  const own = deps.ownDomains.map((d) => d.toLowerCase());
  const urls = (deps.runtime.engine.linkify.match(text) ?? []).map((m) => m.url).filter((u) => /^https?:/i.test(u));
  const external = urls.filter((u) => {
    const host = new URL(u).hostname.toLowerCase();
    return !own.some((d) => host === d || host.endsWith(`.${d}`));
  });
  return [...new Set(external)].slice(0, MAX_LINKS);
}

async function resolveLinks(deps: RescanDeps, tools: EnrichmentTools, l: StoredListing): Promise<Outcome> {
  const results: LinkResult[] = [];
  let down = 0;
  for (const url of linksIn(deps, l)) {
    const r = await tools.resolveLink(url);
    if (r.error && (r.error.code === 'network' || r.error.code === 'timeout')) down++;
    results.push({ url, final_url: r.finalUrl, final_domain: r.finalDomain, hops: r.hops.length, ...(r.error ? { error: `${r.error.code}: ${r.error.message}` } : {}) });
  }
  // Every link unreachable looks like the resolver (or the network) is down, not like the links.
  if (results.length > 0 && down === results.length) return { status: 'retry', result: results, error: `${down} link(s) unreachable` };
  return { status: 'done', result: results, error: null };
}

async function readImages(tools: EnrichmentTools, l: StoredListing): Promise<Outcome> {
  const results: ImageResult[] = [];
  let down = 0;
  for (const url of l.image_urls.slice(0, MAX_IMAGES)) {
    const f = await tools.fetchImage(url);
    if (!f.ok) {
      if (!f.refused) down++;
      results.push({ url, error: f.refused ? `refused: ${f.reason.replace(/^refused:\s*/, '')}` : `unavailable: ${f.reason}` });
      continue;
    }
    const ocr = tools.ocr();
    const s = await tools.extract(f.bytes, { imageRef: url, ...(ocr ? { ocr } : {}) });
    const ocrText = s.texts.filter((t) => t.origin === 'image_ocr').map((t) => t.text).join('\n').trim();
    results.push({
      url,
      pdq: s.pdq?.usable ? { hash: s.pdq.hash, quality: s.pdq.quality, ...(s.pdq.dihedral ? { dihedral: s.pdq.dihedral } : {}), ...(s.pdq.alternate ? { alternate: s.pdq.alternate } : {}) } : null,
      ...(ocrText ? { ocr_text: ocrText } : {}),
      ...(s.qrPayloads.length ? { qr: s.qrPayloads.map((q) => q.text) } : {}),
      ...(s.errors.length ? { error: s.errors.map((e) => `${e.stage}: ${e.code}: ${e.message}`).join('; ') } : {}),
    });
  }
  if (results.length > 0 && down === results.length) return { status: 'retry', result: results, error: `${down} image(s) unreachable` };
  return { status: 'done', result: results, error: null };
}
