/**
 * Screens a batch of stored listings inside the caller's transaction (DET-1): the explained result
 * is stored per listing version, written to the ledger as `detection.screened` by the automated
 * detection actor with the rule and model versions (X-2), and routed — all atomic with the write
 * that caused it. Ingest screens every new content version; re-screens (rescans, finished jobs,
 * third-party verdicts) store and route only results that changed.
 */
import { randomUUID } from 'node:crypto';
import { inArray, sql, type SQL } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import type { ScreenResult, ScreenSignal } from '../../core/detection/screening.js';
import type { Actor, NewEvent } from '../../core/events.js';
import type { DetectionEngine } from '../../detection/engine.js';
import { screen } from '../../detection/screen.js';
import { bulkInsertSql, bulkRowsSql, type BulkColumn } from '../../store/bulk.js';
import type { Db } from '../../store/database.js';
import { appendEvents } from '../../store/ledger.js';
import type { PendingEvents } from '../pending-events.js';
import { detectionState } from '../../store/schema/index.js';
import { type BankLookup, withRelistImages } from './hash-banks.js';
import { routeResults, type DetectionHooks, type HitRow } from './route.js';
import type { DetectionRuntime } from './runtime.js';
import { buildInput, loadExtras, type ListingExtras, type StoredListing } from './screen-input.js';

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
  /** the transaction's events not yet appended (ingest): the results' events go after them, appended by whoever flushes */
  ledger?: PendingEvents;
  /** statements of the write being screened that may still run: screening computes meanwhile and awaits them before writing */
  after?: Promise<unknown>;
}

const NO_EXTRAS: ListingExtras = { verdicts: new Map(), enrichment: new Map() };

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
  const base = deps.runtime.screenContext();
  const bank = withRelistImages(opts.bank ?? null, deps.runtime.relistImageIndex?.());
  const screenRow = (row: StoredListing, extras: ListingExtras): ScreenResult => {
    const built = buildInput(row, extras, now, bank);
    const result = screen(built.input, engine, { ...base, ...(built.unavailable.length ? { unavailable: built.unavailable } : {}) });
    if (built.linkSlots.size) result.signals = result.signals.map((s) => relabelLinkSlot(s, built.linkSlots));
    return result;
  };
  // At ingest a listing at version 1 was created by this very write, so no verdict can name it yet
  // (DET-3): those are screened at once, while the write's statements (`opts.after`) may still run.
  const extrasRead = loadExtras(tx, ingest ? rows.filter((r) => r.version > 1).map((r) => r.id) : ids, !ingest);
  extrasRead.catch(() => undefined); // awaited below; this only keeps an early throw from leaving it unhandled
  const results: (ScreenResult | undefined)[] = rows.map((row) => (ingest && row.version === 1 ? screenRow(row, NO_EXTRAS) : undefined));
  const extras = await extrasRead;
  const prev = ingest ? new Map<string, typeof detectionState.$inferSelect>()
    : new Map((await tx.select().from(detectionState).where(inArray(detectionState.listingId, ids))).map((s) => [s.listingId, s]));
  // Statements after this point may depend on the write having happened (and must see its error first if it failed).
  await opts.after;
  const actor: Actor = { kind: 'automated', id: 'detection', modelVersion: deps.runtime.modelVersion(engine, version) };
  const versions = flatVersions(engine, version);

  const out: ScreenedListing[] = [];
  const stored: { row: StoredListing; result: ScreenResult; id: string }[] = [];
  for (const [i, row] of rows.entries()) {
    const result = results[i] ?? screenRow(row, extras);
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
  // The auto-block hook may append to the ledger itself: what this transaction wrote before goes first.
  if (opts.ledger && deps.hooks.onAutoBlock && stored.some((s) => s.result.verdict === 'block')) await opts.ledger.flush();
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
  const enrichment = ingest ? enrichmentInsert(deps, engine, stored.map((s) => s.row), now) : null;
  await writeResults(tx, screeningRows, hits, enrichment);
  if (opts.ledger) opts.ledger.add(events);
  else await appendEvents(tx, deps.clock, events);
  return out;
}

/**
 * Results, the latest-result projection, hits and enrichment work in one statement: the
 * projection's columns are read from the results sent for `screening` (not sent twice), and the
 * inserts are independent of each other, so they can share one snapshot.
 */
async function writeResults(tx: Db, rows: ScreeningRow[], hits: HitRow[], enrichment: SQL | null): Promise<void> {
  const withs = [sql`s AS (INSERT INTO screening (${sql.raw(SCREENING_NAMES)}) SELECT ${sql.raw(SCREENING_NAMES)} FROM t)`];
  if (hits.length) withs.push(sql`h AS (${bulkInsertSql('detection_hit', HIT_COLUMNS, hits, sql`ON CONFLICT DO NOTHING`)})`);
  if (enrichment) withs.push(sql`e AS (${enrichment})`);
  await tx.execute(sql`WITH t AS MATERIALIZED (${bulkRowsSql(SCREENING_COLUMNS, rows)}), ${sql.join(withs, sql`, `)}
    INSERT INTO detection_state (${sql.raw(STATE_NAMES)}) SELECT ${sql.raw(STATE_FROM_SCREENING)} FROM t ${STATE_UPSERT}`);
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

/** The link and image work for new content (DET-3, DET-4), or null when no listing has a link or an image. */
function enrichmentInsert(deps: ScreeningDeps, engine: DetectionEngine, rows: StoredListing[], now: Date): SQL | null {
  const tasks: { listingId: string; kind: string; version: number }[] = [];
  for (const r of rows) {
    if (deps.enrich.images && r.image_urls.length > 0) tasks.push({ listingId: r.id, kind: 'images', version: r.version });
    const text = `${r.title}\n${r.description ?? ''}`;
    // Cheap pre-check first: fuzzy link detection costs ~0.1 ms a listing and most listings have no link.
    if (deps.enrich.links && MAYBE_LINK.test(text) && engine.linkify.test(text)) tasks.push({ listingId: r.id, kind: 'links', version: r.version });
  }
  if (tasks.length === 0) return null;
  return sql`INSERT INTO detection_enrichment (listing_id, kind, listing_version, status, attempts, next_attempt_at, updated_at)
    SELECT l, k, v, 'pending', 0, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
    FROM unnest(${sql.param(tasks.map((t) => t.listingId))}::text[], ${sql.param(tasks.map((t) => t.kind))}::text[], ${sql.param(tasks.map((t) => t.version))}::int[]) AS t(l, k, v)
    ON CONFLICT (listing_id, kind) DO UPDATE SET listing_version = excluded.listing_version, status = 'pending', attempts = 0,
      next_attempt_at = excluded.next_attempt_at, result = NULL, last_error = NULL, updated_at = excluded.updated_at`;
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
  // One engine's versions (some 560 bytes of lexicon versions) are the same object on every row of a batch.
  { name: 'versions', type: 'jsonb', get: (r) => r.result.versions, shared: true },
  { name: 'routed', type: 'text', get: (r) => r.routed },
  { name: 'case_id', type: 'uuid', get: (r) => r.caseId },
  { name: 'screened_at', type: 'timestamptz', get: (r) => r.at },
];

const SCREENING_NAMES = SCREENING_COLUMNS.map((c) => `"${c.name}"`).join(', ');

/** detection_state's columns and where each comes from in the batch's screening rows. */
const STATE_COLUMNS: [string, string][] = [
  ['listing_id', 'listing_id'], ['screening_id', 'id'], ['listing_version', 'listing_version'], ['verdict', 'verdict'],
  ['rule_ids', 'rule_ids'], ['rule_set_version', 'rule_set_version'], ['screened_at', 'screened_at'],
];
const STATE_NAMES = STATE_COLUMNS.map(([c]) => `"${c}"`).join(', ');
const STATE_FROM_SCREENING = STATE_COLUMNS.map(([, f]) => `"${f}"`).join(', ');
const STATE_UPSERT = sql.raw(`ON CONFLICT (listing_id) DO UPDATE SET ${STATE_COLUMNS.filter(([c]) => c !== 'listing_id').map(([c]) => `"${c}" = excluded."${c}"`).join(', ')}`);

const HIT_COLUMNS: BulkColumn<HitRow>[] = [
  { name: 'case_id', type: 'uuid', get: (h) => h.caseId },
  { name: 'rule_id', type: 'text', get: (h) => h.ruleId },
  { name: 'rule_version', type: 'int', get: (h) => h.ruleVersion },
  { name: 'screening_id', type: 'uuid', get: (h) => h.screeningId },
  { name: 'listing_id', type: 'text', get: (h) => h.listingId },
  { name: 'shadow', type: 'bool', get: (h) => h.shadow },
  { name: 'created_at', type: 'timestamptz', get: (h) => h.createdAt },
];
