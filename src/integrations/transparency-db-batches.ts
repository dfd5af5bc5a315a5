/**
 * Getting a backlog of statements into the Transparency Database (Art. 24(5), SOR-4): batches of
 * at most 100; a batch is all-or-nothing, so a rejected batch is narrowed down until only the bad
 * statements are left out — by the per-statement errors when the server gives them, by halving
 * when it does not; duplicate PUIDs mean "already stored"; 429, 5xx and timeouts back off and
 * retry, then leave the rest pending for the next run; configuration errors stop everything.
 */
import type { FieldErrors, TdbStatement } from '../core/statements/types.js';
import type { SubmitOutcome } from './transparency-db-responses.js';

export const TDB_MAX_BATCH = 100;

export type StatementStatus =
  | { status: 'stored'; uuid?: string; permalink?: string; /** The TDB already had it (a lost answer, an earlier run). */ alreadyStored: boolean }
  | { status: 'rejected'; errors: FieldErrors }
  | { status: 'pending'; reason: string; retryAfterMs?: number }
  | { status: 'config_error'; message: string };

export type BatchSender = (batch: readonly TdbStatement[]) => Promise<SubmitOutcome>;

export interface SubmitAllOptions {
  maxBatch?: number;
  /** Attempts per request for retryable failures (429, 5xx, timeout, network); default 4. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** For jitter; tests pin it. */
  random?: () => number;
}

/** Split into batches of at most `max`, keeping the first of any repeated PUID (the rest are reported, not sent). */
export function planBatches<T extends { puid: string }>(statements: readonly T[], max = TDB_MAX_BATCH): { batches: T[][]; repeated: T[] } {
  if (!Number.isInteger(max) || max < 1 || max > TDB_MAX_BATCH) throw new RangeError(`batch size must be 1–${TDB_MAX_BATCH}`);
  const seen = new Set<string>();
  const unique: T[] = [];
  const repeated: T[] = [];
  for (const s of statements) {
    if (seen.has(s.puid)) repeated.push(s);
    else { seen.add(s.puid); unique.push(s); }
  }
  const batches: T[][] = [];
  for (let i = 0; i < unique.length; i += max) batches.push(unique.slice(i, i + max));
  return { batches, repeated };
}

/** Halves of a batch (the first half gets the extra one). */
export function bisect<T>(batch: readonly T[]): [T[], T[]] {
  const mid = Math.ceil(batch.length / 2);
  return [batch.slice(0, mid), batch.slice(mid)];
}

/** Exponential backoff with jitter, never shorter than the server's Retry-After. */
export function backoffMs(attempt: number, o: { baseDelayMs?: number; maxDelayMs?: number; random?: () => number }, retryAfter?: number): number {
  const base = o.baseDelayMs ?? 1000;
  const capped = Math.min(o.maxDelayMs ?? 60_000, base * 2 ** (attempt - 1));
  const jittered = capped * (0.5 + (o.random ?? Math.random)() / 2);
  return Math.max(jittered, retryAfter ?? 0);
}

const sleepReal = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface SubmissionReport {
  /** One status per PUID sent. */
  statuses: Map<string, StatementStatus>;
  /** PUIDs given more than once: only the first was sent; a repeat is a bug upstream (A6 rule 13). */
  repeatedPuids: string[];
}

export async function submitAll(send: BatchSender, statements: readonly TdbStatement[], options: SubmitAllOptions = {}): Promise<SubmissionReport> {
  const results = new Map<string, StatementStatus>();
  const { batches, repeated } = planBatches(statements, options.maxBatch ?? TDB_MAX_BATCH);
  const work: TdbStatement[][] = [...batches];
  let halt: StatementStatus | null = null;

  while (work.length > 0) {
    const batch = work.shift()!;
    if (batch.length === 0) continue;
    if (halt) { for (const s of batch) results.set(s.puid, halt); continue; }
    const outcome = await sendWithRetry(send, batch, options);
    switch (outcome.kind) {
      case 'stored':
        batch.forEach((s, i) => {
          const echo = outcome.statements.find((x) => x.puid === s.puid) ?? outcome.statements[i];
          results.set(s.puid, { status: 'stored', uuid: echo?.uuid, permalink: echo?.permalink, alreadyStored: false });
        });
        break;
      case 'duplicate': {
        const existing = new Set(outcome.existingPuids);
        const known = batch.filter((s) => existing.has(s.puid));
        // Vigil's PUIDs are decision ids, unique forever: a PUID the TDB knows is one we stored before.
        for (const s of known) results.set(s.puid, { status: 'stored', alreadyStored: true });
        const rest = batch.filter((s) => !existing.has(s.puid));
        if (known.length === 0) work.unshift(...split(batch, results, { puid: ['The TDB reported duplicate PUIDs outside this batch.'] }));
        else if (rest.length > 0) work.unshift(rest);
        break;
      }
      case 'rejected': {
        for (const [i, errors] of outcome.errors) results.set(batch[i]!.puid, { status: 'rejected', errors });
        const rest = batch.filter((_, i) => !outcome.errors.has(i));
        if (rest.length > 0) work.unshift(rest);
        break;
      }
      case 'invalid': {
        const detail = outcome.errors && Object.keys(outcome.errors).length > 0 ? outcome.errors : { statements: [outcome.message] };
        work.unshift(...split(batch, results, detail));
        break;
      }
      case 'retry':
        halt = { status: 'pending', reason: `${outcome.reason}: ${outcome.message}`, retryAfterMs: outcome.retryAfterMs };
        for (const s of batch) results.set(s.puid, halt);
        break;
      case 'config':
        halt = { status: 'config_error', message: outcome.message };
        for (const s of batch) results.set(s.puid, halt);
        break;
    }
  }
  return { statuses: results, repeatedPuids: [...new Set(repeated.map((s) => s.puid))] };
}

/** A batch refused without per-statement detail: halve it; a single statement is the culprit. */
function split(batch: TdbStatement[], results: Map<string, StatementStatus>, errors: FieldErrors): TdbStatement[][] {
  if (batch.length === 1) {
    results.set(batch[0]!.puid, { status: 'rejected', errors });
    return [];
  }
  return bisect(batch);
}

async function sendWithRetry(send: BatchSender, batch: readonly TdbStatement[], o: SubmitAllOptions): Promise<SubmitOutcome> {
  const attempts = Math.max(1, o.maxAttempts ?? 4);
  for (let attempt = 1; ; attempt++) {
    const outcome = await send(batch);
    if (outcome.kind !== 'retry' || attempt >= attempts) return outcome;
    await (o.sleep ?? sleepReal)(backoffMs(attempt, o, outcome.retryAfterMs));
  }
}
