/**
 * Screens a batch of stored listings inside the caller's transaction (DET-1): the explained result
 * is stored per listing version, written to the ledger as `detection.screened` by the automated
 * detection actor with the rule and model versions (X-2), and routed — all atomic with the write
 * that caused it. Ingest screens every new content version; re-screens (rescans, finished jobs,
 * third-party verdicts) store and route only results that changed.
 */
import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import type { ScreenResult, ScreenSignal } from '../../core/detection/screening.js';
import type { Actor, NewEvent } from '../../core/events.js';
import type { DetectionEngine } from '../../detection/engine.js';
import { screen } from '../../detection/screen.js';
import { bulkInsert, type BulkColumn } from '../../store/bulk.js';
import type { Db } from '../../store/database.js';
import { appendEvents } from '../../store/ledger.js';
import { detectionHit, detectionState } from '../../store/schema/index.js';
import { type BankLookup, withRelistImages } from './hash-banks.js';
import { routeResults, type DetectionHooks, type HitRow } from './route.js';
import type { DetectionRuntime } from './runtime.js';
import { buildInput, loadExtras, type StoredListing } from './screen-input.js';

export type ScreenReason = 'ingest' | 'rescan' | 'enrichment' | 'verdict';

export interface ScreeningDeps {
  clock: Clock;
  runtime: DetectionRuntime;
  hooks: DetectionHooks;
  /** queue link resolution and image work for new content (DET-3, DET-4) */
  enrich: { links: boolean; images: boolean };
}

export interface ScreenBatchOptions {
  reason: ScreenReason;
  /** screen with this engine and database version instead of the runtime's live one (rescans) */
  engine?: DetectionEngine;
  ruleSetVersion?: number | null;
  bank?: BankLookup | null;
}

export interface ScreenedListing {
  result: ScreenResult;
  screeningId: string | null;
  changed: boolean;
  routed: string;
  caseId: string | null;
}

export async function screenStoredListings(tx: Db, deps: ScreeningDeps, rows: readonly StoredListing[], opts: ScreenBatchOptions): Promise<ScreenedListing[]> {
  if (rows.length === 0) return [];
  const now = deps.clock.now();
  const engine = opts.engine ?? deps.runtime.engine;
  const version = opts.engine ? (opts.ruleSetVersion ?? null) : deps.runtime.ruleSetVersion;
  const ids = rows.map((r) => r.id);
  const ingest = opts.reason === 'ingest';
  const extras = await loadExtras(tx, ids, !ingest);
  const prev = ingest ? new Map<string, typeof detectionState.$inferSelect>()
    : new Map((await tx.select().from(detectionState).where(inArray(detectionState.listingId, ids))).map((s) => [s.listingId, s]));
  const base = deps.runtime.screenContext();
  const actor: Actor = { kind: 'automated', id: 'detection', modelVersion: deps.runtime.modelVersion(engine, version) };
  const versions = flatVersions(engine, version);

  const bank = withRelistImages(opts.bank ?? null, deps.runtime.relistImageIndex?.());
  const out: ScreenedListing[] = [];
  const stored: { row: StoredListing; result: ScreenResult; id: string }[] = [];
  for (const row of rows) {
    const built = buildInput(row, extras, now, bank);
    const result = screen(built.input, engine, { ...base, ...(built.unavailable.length ? { unavailable: built.unavailable } : {}) });
    if (built.linkSlots.size) result.signals = result.signals.map((s) => relabelLinkSlot(s, built.linkSlots));
    const p = prev.get(row.id);
    const ruleIds = result.rules.map((r) => r.id);
    const changed = ingest || !p || p.listingVersion !== row.version || p.verdict !== result.verdict || !sameSet(p.ruleIds, ruleIds);
    if (!changed) {
      out.push({ result, screeningId: null, changed: false, routed: 'none', caseId: null });
      continue;
    }
    stored.push({ row, result, id: randomUUID() });
  }
  if (stored.length === 0) return out;

  const events: NewEvent[] = [];
  const screeningRows: ScreeningRow[] = [];
  const hits: HitRow[] = [];
  // The batch's cases, links, snapshots and webhooks in a few multi-row statements rather than
  // five or more per flagged listing; the events keep the order of routing one listing at a time.
  const routed = await routeResults(tx, deps.clock, actor, deps.hooks,
    stored.map((s) => ({ result: s.result, screeningId: s.id, listingVersion: s.row.version, language: s.row.language })));
  for (const [i, s] of stored.entries()) {
    events.push({
      type: 'detection.screened', subject: { type: 'listing', id: s.row.id }, actor,
      payload: { verdict: s.result.verdict, score: s.result.score, categories: s.result.categories, rules: s.result.rules.map((r) => r.id), versions },
    });
    const r = routed[i]!;
    events.push(...r.events);
    hits.push(...r.hits);
    screeningRows.push({ id: s.id, listingId: s.row.id, listingVersion: s.row.version, reason: opts.reason, ruleSetVersion: version, result: s.result, routed: r.routed, caseId: r.caseId, at: now });
    out.push({ result: s.result, screeningId: s.id, changed: true, routed: r.routed, caseId: r.caseId });
  }
  await bulkInsert(tx, 'screening', SCREENING_COLUMNS, screeningRows);
  await bulkInsert(tx, 'detection_state', STATE_COLUMNS, screeningRows, STATE_UPSERT);
  if (hits.length) await tx.insert(detectionHit).values(hits).onConflictDoNothing();
  await appendEvents(tx, deps.clock, events);
  if (ingest) await queueEnrichment(tx, deps, engine, stored.map((s) => s.row), now);
  return out;
}

const MAYBE_LINK = /:\/\/|www\.|[a-z0-9-]\.[a-z]{2,}/i;

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Resolved link targets travel through the library as extra payloads; name them for the reviewer. */
function relabelLinkSlot(s: ScreenSignal, slots: Map<number, number>): ScreenSignal {
  const m = s.span ? /^images\.(\d+)\.qr\.0$/.exec(s.span.field) : null;
  const k = m ? slots.get(Number(m[1])) : undefined;
  return k === undefined || !s.span ? s : { ...s, span: { ...s.span, field: `links.${k}.final_url` } };
}

const lexiconDigest = new WeakMap<object, string>();
/** The versions recorded with each result: engine, Unicode data, rule set, and one digest of all lexicon versions. */
function flatVersions(engine: DetectionEngine, version: number | null): Record<string, string> {
  let lex = lexiconDigest.get(engine.versions.lexicons);
  if (!lex) {
    const text = Object.entries(engine.versions.lexicons).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join(';');
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    lex = `lx-${(h >>> 0).toString(16).padStart(8, '0')}`;
    lexiconDigest.set(engine.versions.lexicons, lex);
  }
  return { engine: engine.versions.engine, unicode: engine.versions.unicode, rules: engine.rules.version, rule_set_version: version === null ? 'files' : String(version), lexicons: lex };
}

async function queueEnrichment(tx: Db, deps: ScreeningDeps, engine: DetectionEngine, rows: StoredListing[], now: Date): Promise<void> {
  const tasks: { listingId: string; kind: string; version: number }[] = [];
  for (const r of rows) {
    if (deps.enrich.images && r.image_urls.length > 0) tasks.push({ listingId: r.id, kind: 'images', version: r.version });
    const text = `${r.title}\n${r.description ?? ''}`;
    // Cheap pre-check first: fuzzy link detection costs ~0.1 ms a listing and most listings have no link.
    if (deps.enrich.links && MAYBE_LINK.test(text) && engine.linkify.test(text)) tasks.push({ listingId: r.id, kind: 'links', version: r.version });
  }
  if (tasks.length === 0) return;
  await tx.execute(sql`INSERT INTO detection_enrichment (listing_id, kind, listing_version, status, attempts, next_attempt_at, updated_at)
    SELECT l, k, v, 'pending', 0, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
    FROM unnest(${sql.param(tasks.map((t) => t.listingId))}::text[], ${sql.param(tasks.map((t) => t.kind))}::text[], ${sql.param(tasks.map((t) => t.version))}::int[]) AS t(l, k, v)
    ON CONFLICT (listing_id, kind) DO UPDATE SET listing_version = excluded.listing_version, status = 'pending', attempts = 0,
      next_attempt_at = excluded.next_attempt_at, result = NULL, last_error = NULL, updated_at = excluded.updated_at`);
}

interface ScreeningRow {
  id: string;
  listingId: string;
  listingVersion: number;
  reason: string;
  ruleSetVersion: number | null;
  result: ScreenResult;
  routed: string;
  caseId: string | null;
  at: Date;
}

const SCREENING_COLUMNS: BulkColumn<ScreeningRow>[] = [
  { name: 'id', type: 'uuid', get: (r) => r.id },
  { name: 'listing_id', type: 'text', get: (r) => r.listingId },
  { name: 'listing_version', type: 'int', get: (r) => r.listingVersion },
  { name: 'reason', type: 'text', get: (r) => r.reason },
  { name: 'rule_set_version', type: 'int', get: (r) => r.ruleSetVersion },
  { name: 'rules_content_version', type: 'text', get: (r) => r.result.versions.rules },
  { name: 'verdict', type: 'text', get: (r) => r.result.verdict },
  { name: 'score', type: 'float8', get: (r) => r.result.score },
  { name: 'categories', type: 'jsonb', get: (r) => r.result.categories },
  { name: 'signals', type: 'jsonb', get: (r) => r.result.signals },
  { name: 'rules', type: 'jsonb', get: (r) => r.result.rules },
  { name: 'rule_ids', type: 'jsonb', get: (r) => r.result.rules.map((x) => x.id) },
  { name: 'shadow', type: 'jsonb', get: (r) => r.result.shadow },
  { name: 'degraded', type: 'jsonb', get: (r) => r.result.degraded },
  { name: 'versions', type: 'jsonb', get: (r) => r.result.versions },
  { name: 'routed', type: 'text', get: (r) => r.routed },
  { name: 'case_id', type: 'uuid', get: (r) => r.caseId },
  { name: 'screened_at', type: 'timestamptz', get: (r) => r.at },
];

const STATE_COLUMNS: BulkColumn<ScreeningRow>[] = [
  { name: 'listing_id', type: 'text', get: (r) => r.listingId },
  { name: 'screening_id', type: 'uuid', get: (r) => r.id },
  { name: 'listing_version', type: 'int', get: (r) => r.listingVersion },
  { name: 'verdict', type: 'text', get: (r) => r.result.verdict },
  { name: 'rule_ids', type: 'jsonb', get: (r) => r.result.rules.map((x) => x.id) },
  { name: 'rule_set_version', type: 'int', get: (r) => r.ruleSetVersion },
  { name: 'screened_at', type: 'timestamptz', get: (r) => r.at },
];

const STATE_UPSERT = sql.raw(`ON CONFLICT (listing_id) DO UPDATE SET ${STATE_COLUMNS.filter((c) => c.name !== 'listing_id').map((c) => `"${c.name}" = excluded."${c.name}"`).join(', ')}`);
