/**
 * Streamed NDJSON imports (HTTP `listings:import` and `vigil import`). Lines are validated one by
 * one, written in batches of one transaction each, and a line's result is only reported after its
 * batch committed: an acknowledged line is never lost. Re-running a file is idempotent because
 * writes are keyed by id and ordered by source_version.
 */
import type { Clock } from '../../core/clock.js';
import { DomainError, isDomainError, type ErrorCode, type ErrorDetail } from '../../core/errors.js';
import type { Actor } from '../../core/events.js';
import type { Db } from '../../store/database.js';
import { PendingEvents } from '../pending-events.js';
import { validator } from '../validation.js';
import { writeListings, type ListingWrite } from './listings.js';
import { upsertOrder } from './orders.js';
import { ExternalId, ListingInputSchema, OrderInputSchema, TraderInputSchema } from './schemas.js';
import { upsertTrader } from './traders.js';
import type { ListingWriteHook } from './write-hook.js';

export type ImportKind = 'listings' | 'traders' | 'orders';

export type LineResult =
  | { line: number; id: string; status: 'created' | 'new_version' | 'updated' | 'unchanged'; version?: number }
  | { line: number; id: string | null; status: 'error'; error: { code: ErrorCode; message: string; details?: ErrorDetail[] } };

export interface ImportSummary {
  lines: number;
  created: number;
  new_version: number;
  updated: number;
  unchanged: number;
  errors: number;
}

const idCheck = validator(ExternalId);
const schemas = { listings: validator(ListingInputSchema), traders: validator(TraderInputSchema), orders: validator(OrderInputSchema) };

type Parsed = { ok: true; line: number; id: string; input: Record<string, unknown> } | { ok: false; result: LineResult };

/** Parses and validates one line; every problem is named with its field. */
export function parseLine(kind: ImportKind, text: string, line: number): Parsed | null {
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, result: { line, id: null, status: 'error', error: { code: 'invalid_body', message: `line ${line} is not valid JSON: ${(e as Error).message}` } } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, result: { line, id: null, status: 'error', error: { code: 'invalid_body', message: `line ${line} must be a JSON object` } } };
  }
  const { id, ...input } = value as Record<string, unknown>;
  const problems = [...(idCheck.check(id) ? [] : [{ path: 'id', problem: 'must be the marketplace id (1-128 of A-Z a-z 0-9 . _ : ~ -)' }]), ...schemas[kind].problems(input)];
  if (problems.length > 0) {
    return {
      ok: false,
      result: { line, id: typeof id === 'string' ? id : null, status: 'error', error: { code: 'invalid_body', message: `line ${line}: ${problems.map((p) => `${p.path} ${p.problem}`).join('; ')}`, details: problems } },
    };
  }
  return { ok: true, line, id: id as string, input };
}

/** Writes one batch of parsed lines in a single transaction and returns results in line order. */
export async function writeBatch(db: Db, clock: Clock, actor: Actor, kind: ImportKind, batch: Parsed[], hook?: ListingWriteHook, overlapWrites = false): Promise<LineResult[]> {
  const good = batch.filter((p): p is Extract<Parsed, { ok: true }> => p.ok);
  const bad = batch.filter((p): p is Extract<Parsed, { ok: false }> => !p.ok).map((p) => p.result);
  let written: LineResult[] = [];
  if (good.length > 0) {
    if (kind === 'listings') await hook?.prepare();
    written = await db.transaction(async (tx) => {
      if (kind === 'listings') {
        const writes: ListingWrite[] = good.map((g) => ({ id: g.id, line: g.line, input: g.input as ListingWrite['input'] }));
        // The batch's ledger events (the writes', then screening's) are appended together.
        const ledger = new PendingEvents(tx, clock);
        const { results, written, stored } = await writeListings(tx, clock, actor, writes, ledger, { inFlight: overlapWrites });
        // Screening of the batch's new content commits with it (DET-1).
        await hook?.afterWrite(tx, actor, results, { written, ledger, stored });
        await stored;
        await ledger.flush();
        return results.map((r) => ({ ...r, line: r.line ?? 0 }) as LineResult);
      }
      const out: LineResult[] = [];
      for (const g of good) {
        try {
          const r = kind === 'traders'
            ? await upsertTrader(tx, clock, actor, g.id, g.input as Parameters<typeof upsertTrader>[4])
            : await upsertOrder(tx, clock, actor, g.id, g.input as Parameters<typeof upsertOrder>[4]);
          out.push({ line: g.line, id: g.id, status: r.status });
        } catch (e) {
          // Domain checks run before any SQL write of the row, so the transaction is still usable.
          if (!isDomainError(e)) throw e;
          out.push({ line: g.line, id: g.id, status: 'error', error: { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) } });
        }
      }
      return out;
    });
  }
  return [...written, ...bad].sort((a, b) => a.line - b.line);
}

export interface ImportOptions {
  batchSize?: number;
  /** Lines up to and including this one were acknowledged in an earlier run and are skipped. */
  skipThrough?: number;
  onResults?: (results: LineResult[]) => void | Promise<void>;
  /** runs inside each listings batch's transaction (screening) */
  hook?: ListingWriteHook;
  /**
   * Let the hook compute while the batch's rows are written. Worth it only where the database runs
   * in another process (PostgreSQL); PGlite executes on this thread, and there it measured no gain.
   */
  overlapWrites?: boolean;
}

/** Consumes an async stream of lines, committing every `batchSize` lines. */
export async function importLines(db: Db, clock: Clock, actor: Actor, kind: ImportKind, lines: AsyncIterable<string>, opts: ImportOptions = {}): Promise<ImportSummary> {
  const size = opts.batchSize ?? 500;
  const summary: ImportSummary = { lines: 0, created: 0, new_version: 0, updated: 0, unchanged: 0, errors: 0 };
  let batch: Parsed[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const results = await writeBatch(db, clock, actor, kind, batch, opts.hook, opts.overlapWrites ?? false);
    batch = [];
    for (const r of results) summary[r.status === 'error' ? 'errors' : r.status] += 1;
    await opts.onResults?.(results);
  };
  let n = 0;
  for await (const text of lines) {
    n += 1;
    if (opts.skipThrough !== undefined && n <= opts.skipThrough) continue;
    const parsed = parseLine(kind, text, n);
    if (!parsed) continue;
    summary.lines += 1;
    batch.push(parsed);
    if (batch.length >= size) await flush();
  }
  await flush();
  return summary;
}

export function throwIfError(r: LineResult): void {
  if (r.status === 'error') throw new DomainError(r.error.code, r.error.message, r.error.details);
}
