/**
 * The detection application service (DET-1…DET-6, CBD-4, RO-6): screening inside listing writes,
 * rule versions with four-eyes activation, backtests and rescans, the feedback loop, link and
 * image jobs, hash banks and third-party verdicts. One per process (context.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import type { Actor } from '../../core/events.js';
import { extractImageSignals } from '../../integrations/image-signals.js';
import { createLinkResolver } from '../../integrations/link-resolver.js';
import { createOcrEngine, type OcrEngine } from '../../integrations/ocr.js';
import { safeAgent } from '../../integrations/safe-http.js';
import type { RuleFamily } from '../../detection/rules/types.js';
import type { Db } from '../../store/database.js';
import { rescanRun } from '../../store/schema/index.js';
import type { ListingWriteResult } from '../catalog/listings.js';
import type { AfterWrite } from '../catalog/write-hook.js';
import { runEnrichmentRound, type EnrichmentTools } from './enrichment.js';
import * as feedback from './feedback.js';
import { fetchImage } from './image-fetch.js';
import { HashBankCache, importHashBank } from './hash-banks.js';
import { latestScreening, screeningHistory } from './queries.js';
import { claimRun, failRun, getRun, listRuns, runFor, startBacktest, type RescanDeps } from './rescan.js';
import type { DetectionHooks } from './route.js';
import * as versions from './rule-versions.js';
import { DetectionRuntime } from './runtime.js';
import { loadListings, storedFromWritten, type StoredListing } from './screen-input.js';
import { screenStoredListings } from './screening.js';
import { listVerdicts, submitVerdict, type VerdictInput } from './verdicts.js';

export interface DetectionOptions {
  ownDomains: readonly string[];
  rulesPollSeconds: number;
  links: boolean;
  images: boolean;
  rescanBatch: number;
  /** tests only: let the image job fetch from a local server */
  allowPrivateFetch?: boolean;
  onReloadError?: (version: number, error: unknown) => void;
}

export function detectionService(db: Db, clock: Clock, o: DetectionOptions) {
  const runtime = new DetectionRuntime(db, clock, { ownDomains: o.ownDomains, pollMs: o.rulesPollSeconds * 1000, ...(o.onReloadError ? { onReloadError: o.onReloadError } : {}) });
  const hooks: DetectionHooks = {};
  const banks = new HashBankCache();
  const deps: RescanDeps = { db, clock, runtime, hooks, banks, ownDomains: o.ownDomains, enrich: { links: o.links, images: o.images } };
  let ocr: OcrEngine | undefined;
  let ocrFailed = false;
  let tools: (EnrichmentTools & { close(): Promise<void> }) | null = null;
  const enrichmentTools = () => {
    if (tools) return tools;
    const resolver = createLinkResolver();
    const dispatcher = safeAgent({ allowPrivate: o.allowPrivateFetch ?? false });
    tools = {
      resolveLink: (u) => resolver.resolve(u), extract: extractImageSignals,
      fetchImage: (u) => fetchImage(u, { dispatcher, allowPrivate: o.allowPrivateFetch ?? false }),
      ocr: () => {
        if (!ocr && !ocrFailed) {
          try { ocr = createOcrEngine(); } catch { ocrFailed = true; }
        }
        return ocr;
      },
      async close() { await resolver.close(); await dispatcher.close(); },
    };
    return tools;
  };

  return {
    runtime,
    hooks,
    /** Builds the engine now (synchronously), so the first screening does not wait for the lexicons. */
    warm(): void {
      void runtime.engine;
    },
    /** Wired into catalog writes: screens created and changed listings inside the write's transaction (DET-1). */
    listingHook: {
      prepare: () => runtime.refresh(),
      async afterWrite(tx: Db, _actor: Actor, results: readonly ListingWriteResult[], batch: AfterWrite = {}) {
        // Only content changes are screened: a price-only update or an unchanged re-import keeps the earlier result.
        const ids = [...new Set(results.filter((r) => r.status === 'created' || r.status === 'new_version').map((r) => r.id))];
        if (ids.length === 0) return;
        // The rows just written, in id order as loadListings returns them; read back only if the writer did not pass them.
        const { written, ledger, stored } = batch;
        let rows: StoredListing[];
        if (written && ids.every((id) => written.has(id))) rows = ids.sort().map((id) => storedFromWritten(written.get(id)!));
        else {
          await stored;
          rows = await loadListings(tx, ids);
        }
        await screenStoredListings(tx, deps, rows, { reason: 'ingest', ...(ledger ? { ledger } : {}), ...(stored ? { after: stored } : {}) });
      },
    },
    rules: {
      importDraft: (author: string, files: versions.RuleFile[], note?: string | null) => versions.importDraft(db, clock, author, files, note),
      importDir: (author: string, dir: string, note?: string | null) =>
        versions.importDraft(db, clock, author, readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })), note),
      list: () => versions.listVersions(db),
      get: (v: number) => versions.getVersion(db, v),
      exportFiles: async (v: number) => versions.exportFiles(await versions.getVersion(db, v)),
      async diff(a: number | null, b: number) {
        await runtime.refresh();
        const from = a === null ? runtime.engine.rules.families : ((await versions.getVersion(db, a)).families as RuleFamily[]);
        return versions.diffRuleSets(from, (await versions.getVersion(db, b)).families as RuleFamily[]);
      },
      activate: (activator: string, v: number) => versions.activateVersion(db, clock, activator, v),
      backtest: (requestedBy: string, v: number) => startBacktest(db, clock, requestedBy, v),
      precision: async () => { await runtime.refresh(); return feedback.precisionReport(db, runtime.engine); },
      overrides: () => feedback.listOverrides(db),
      recordOverride: async (officer: string, ruleId: string, reason: string) => { await runtime.refresh(); return feedback.recordOverride(db, clock, officer, runtime.engine, ruleId, reason); },
      revokeOverride: (officer: string, ruleId: string) => feedback.revokeOverride(db, clock, officer, ruleId),
    },
    rescans: {
      list: (f: Parameters<typeof listRuns>[1]) => listRuns(db, f),
      get: (id: string) => getRun(db, id),
      /** Claims the next queued run and works on it for up to maxMs (the job). */
      async work(maxMs: number): Promise<'idle' | 'progress' | 'done'> {
        const run = await claimRun(db, clock);
        if (!run) return 'idle';
        try {
          return (await runFor(deps, run.id, { batchSize: o.rescanBatch, maxMs })) ? 'done' : 'progress';
        } catch (e) {
          if ((e as { code?: string }).code === 'conflict') return 'progress';
          await failRun(db, clock, run.id, e instanceof Error ? e.message : String(e));
          throw e;
        }
      },
      /** Runs one run to the end in this process (CLI, benchmarks), reporting each batch. */
      async runToEnd(id: string, onBatch?: Parameters<typeof runFor>[2]['onBatch']) {
        const now = clock.now();
        await db.update(rescanRun).set({ status: 'running', startedAt: sql`COALESCE(${rescanRun.startedAt}, ${now})`, heartbeatAt: now })
          .where(and(eq(rescanRun.id, id), inArray(rescanRun.status, ['queued', 'running'])));
        await runFor(deps, id, { batchSize: o.rescanBatch, maxMs: Number.POSITIVE_INFINITY, ...(onBatch ? { onBatch } : {}) });
        return getRun(db, id);
      },
    },
    enrichment: {
      round: (limit?: number, with_?: EnrichmentTools) => runEnrichmentRound(deps, with_ ?? enrichmentTools(), limit),
    },
    feedback: {
      label: (limit?: number) => feedback.labelDecidedHits(db, clock, limit),
    },
    verdicts: {
      submit: (by: string, listingId: string, v: VerdictInput) => submitVerdict(deps, by, listingId, v),
      list: (listingId: string) => listVerdicts(db, listingId),
    },
    screening: {
      latest: (listingId: string) => latestScreening(db, listingId),
      history: (listingId: string) => screeningHistory(db, listingId),
    },
    hashBanks: {
      import: (csv: string, source: string) => importHashBank(db, clock, csv, source),
    },
    async close() {
      await tools?.close();
      await ocr?.terminate();
    },
  };
}

export type DetectionService = ReturnType<typeof detectionService>;
