/**
 * Full-catalog rescans (queued when a rule version is activated) and backtests (a dry run of a
 * draft against the live rules, DET-6). Both page through the catalog in id order; each batch
 * commits together with the run's cursor and counters, so a run that stops (crash, deploy)
 * resumes after the last committed batch and never screens a batch twice. Several workers are
 * safe: a batch only commits if the cursor it started from is still the run's cursor.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { DetectionEngine } from '../../detection/engine.js';
import { diffResults, type ResultChange } from '../../detection/rules/rule-set.js';
import type { RuleFamily } from '../../detection/rules/types.js';
import { screen } from '../../detection/screen.js';
import type { Db } from '../../store/database.js';
import { rescanRun, ruleSetVersion } from '../../store/schema/index.js';
import { decodeCursor, encodeCursor } from '../pagination.js';
import type { HashBankCache } from './hash-banks.js';
import { activeVersion, diffRuleSets, getVersion, ruleSetFromRow, type RuleSetDiff } from './rule-versions.js';
import { baseEngine } from './runtime.js';
import { buildInput, loadExtras, loadListingPage } from './screen-input.js';
import { screenStoredListings, type ScreeningDeps } from './screening.js';

export type RescanRow = typeof rescanRun.$inferSelect;
export interface RescanDeps extends ScreeningDeps {
  db: Db;
  banks: HashBankCache;
  ownDomains: readonly string[];
}

/** A running run whose worker has not reported for this long is taken over by another worker. */
export const STALE_AFTER_MS = 120_000;
const SAMPLE = 100;

export interface BacktestSummary {
  transitions: Record<string, number>;
  rules_added: Record<string, number>;
  rules_removed: Record<string, number>;
  sample: ResultChange[];
  rule_diff?: RuleSetDiff;
}

export const presentRun = (r: RescanRow) => ({
  id: r.id, kind: r.kind, rule_set_version: r.ruleSetVersion, baseline_version: r.baselineVersion, status: r.status,
  total: r.total, processed: r.processed, changed: r.changed, progress: r.total ? Math.min(1, r.processed / r.total) : r.status === 'done' ? 1 : 0,
  cursor: r.cursor, summary: r.summary, requested_by: r.requestedBy, created_at: r.createdAt.toISOString(),
  started_at: r.startedAt?.toISOString() ?? null, finished_at: r.finishedAt?.toISOString() ?? null, error: r.error,
});

export async function startBacktest(db: Db, clock: Clock, requestedBy: string, version: number): Promise<RescanRow> {
  const target = await getVersion(db, version);
  const baseline = await activeVersion(db);
  const from = baseline ? (baseline.families as RuleFamily[]) : baseEngine([]).rules.families;
  const [row] = await db.insert(rescanRun).values({
    id: randomUUID(), kind: 'backtest', ruleSetVersion: version, baselineVersion: baseline?.version ?? null, status: 'queued', total: 0, processed: 0, changed: 0,
    summary: { transitions: {}, rules_added: {}, rules_removed: {}, sample: [], rule_diff: diffRuleSets(from, target.families as RuleFamily[]) } satisfies BacktestSummary,
    requestedBy, createdAt: clock.now(),
  }).returning();
  return row!;
}

export async function getRun(db: Db, id: string): Promise<RescanRow> {
  const [row] = await db.select().from(rescanRun).where(eq(rescanRun.id, id));
  if (!row) throw new DomainError('not_found', `rescan ${id} not found`);
  return row;
}

export async function listRuns(db: Db, f: { kind?: string; cursor?: string; limit?: number }) {
  const limit = f.limit ?? 50;
  const before = decodeCursor<string>(f.cursor, 'string');
  const rows = await db.select().from(rescanRun)
    .where(and(f.kind ? eq(rescanRun.kind, f.kind) : undefined, before ? sql`${rescanRun.createdAt} < ${new Date(before)}` : undefined))
    .orderBy(desc(rescanRun.createdAt)).limit(limit + 1);
  const items = rows.slice(0, limit).map(presentRun);
  return { items, next_cursor: rows.length > limit ? encodeCursor(items[items.length - 1]!.created_at) : null };
}

/** Takes the oldest queued run, or a running one whose worker went quiet. */
export async function claimRun(db: Db, clock: Clock): Promise<RescanRow | null> {
  const now = clock.now();
  const stale = new Date(now.getTime() - STALE_AFTER_MS);
  const r = await db.execute(sql`UPDATE rescan_run SET status = 'running', started_at = COALESCE(started_at, ${now.toISOString()}::timestamptz), heartbeat_at = ${now.toISOString()}::timestamptz
    WHERE id = (SELECT id FROM rescan_run WHERE status = 'queued' OR (status = 'running' AND heartbeat_at < ${stale.toISOString()}::timestamptz)
      ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id`);
  const id = (r as unknown as { rows: { id: string }[] }).rows[0]?.id;
  return id ? getRun(db, id) : null;
}

const engineCache = new Map<number, DetectionEngine>();
async function engineFor(deps: RescanDeps, version: number | null): Promise<DetectionEngine> {
  if (version === null) return baseEngine(deps.ownDomains);
  if (version === deps.runtime.ruleSetVersion) return deps.runtime.engine;
  let e = engineCache.get(version);
  if (!e) {
    e = deps.runtime.engineWith(ruleSetFromRow(await getVersion(deps.db, version)));
    engineCache.set(version, e);
  }
  return e;
}

/** Runs one batch of a claimed run; returns whether the run is finished. */
export async function runBatch(deps: RescanDeps, runId: string, batchSize: number): Promise<boolean> {
  const { db, clock } = deps;
  await deps.runtime.refresh();
  const run = await getRun(db, runId);
  if (run.status !== 'running') return true;
  if (run.kind === 'rescan') {
    const [v] = await db.select({ status: ruleSetVersion.status }).from(ruleSetVersion).where(eq(ruleSetVersion.version, run.ruleSetVersion));
    if (v?.status !== 'active') {
      await db.update(rescanRun).set({ status: 'cancelled', finishedAt: clock.now(), error: `version ${run.ruleSetVersion} is no longer active` }).where(eq(rescanRun.id, runId));
      return true;
    }
  }
  const total = run.total || Number(((await db.execute(sql`SELECT count(*)::int AS n FROM listing`)) as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
  const engine = await engineFor(deps, run.ruleSetVersion);
  const baseline = run.kind === 'backtest' ? await engineFor(deps, run.baselineVersion) : null;
  const bank = await deps.banks.get(db);
  return db.transaction(async (tx) => {
    const rows = await loadListingPage(tx, run.cursor, batchSize);
    let changed: number;
    let summary = run.summary as BacktestSummary | Record<string, never>;
    if (baseline) {
      const b = backtestBatch(deps, engine, baseline, rows, await loadExtras(tx, rows.map((r) => r.id), true), bank, summary as BacktestSummary);
      changed = b.changed;
      summary = b.summary;
    } else {
      const screened = await screenStoredListings(tx, deps, rows, { reason: 'rescan', engine, ruleSetVersion: run.ruleSetVersion, bank });
      changed = screened.filter((s) => s.changed).length;
    }
    const done = rows.length < batchSize;
    const now = clock.now();
    const updated = await tx.update(rescanRun).set({
      cursor: rows.length ? rows[rows.length - 1]!.id : run.cursor, processed: run.processed + rows.length, changed: run.changed + changed, total: Math.max(total, run.processed + rows.length),
      summary, heartbeatAt: now, ...(done ? { status: 'done', finishedAt: now } : {}),
    }).where(and(eq(rescanRun.id, runId), eq(rescanRun.status, 'running'), run.cursor === null ? sql`${rescanRun.cursor} IS NULL` : eq(rescanRun.cursor, run.cursor))).returning({ id: rescanRun.id });
    // Another worker advanced the run meanwhile: roll this batch back rather than screen it twice.
    if (updated.length === 0) throw new DomainError('conflict', `rescan ${runId} moved on while this batch ran`);
    return done;
  });
}

function backtestBatch(deps: RescanDeps, candidate: DetectionEngine, baseline: DetectionEngine, rows: Awaited<ReturnType<typeof loadListingPage>>,
  extras: Awaited<ReturnType<typeof loadExtras>>, bank: Awaited<ReturnType<HashBankCache['get']>>, prev: BacktestSummary) {
  const now = deps.clock.now();
  const ctx = deps.runtime.screenContext();
  const before = [];
  const after = [];
  for (const row of rows) {
    const built = buildInput(row, extras, now, bank);
    const c = { ...ctx, ...(built.unavailable.length ? { unavailable: built.unavailable } : {}) };
    before.push(screen(built.input, baseline, c));
    after.push(screen(built.input, candidate, c));
  }
  const changes = diffResults(before, after);
  const summary: BacktestSummary = { ...prev, transitions: { ...prev.transitions }, rules_added: { ...prev.rules_added }, rules_removed: { ...prev.rules_removed }, sample: [...prev.sample] };
  for (const c of changes) {
    const k = `${c.before}->${c.after}`;
    summary.transitions[k] = (summary.transitions[k] ?? 0) + 1;
    for (const r of c.rulesAdded) summary.rules_added[r] = (summary.rules_added[r] ?? 0) + 1;
    for (const r of c.rulesRemoved) summary.rules_removed[r] = (summary.rules_removed[r] ?? 0) + 1;
    if (summary.sample.length < SAMPLE) summary.sample.push(c);
  }
  return { changed: changes.length, summary };
}

/** Runs a claimed run until it is finished or `maxMs` passes (the job re-queues itself for the rest). */
export async function runFor(deps: RescanDeps, runId: string, opts: { batchSize: number; maxMs: number; onBatch?: (r: RescanRow) => void }): Promise<boolean> {
  const until = Date.now() + opts.maxMs;
  for (;;) {
    const done = await runBatch(deps, runId, opts.batchSize);
    opts.onBatch?.(await getRun(deps.db, runId));
    if (done) return true;
    if (Date.now() >= until) return false;
  }
}

export async function failRun(db: Db, clock: Clock, runId: string, error: string): Promise<void> {
  await db.update(rescanRun).set({ status: 'failed', finishedAt: clock.now(), error: error.slice(0, 1000) }).where(eq(rescanRun.id, runId));
}
