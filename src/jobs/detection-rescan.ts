/**
 * Rescans and backtests (DET-6): claims the next queued run (or one whose worker went quiet) and
 * works on it for a while, then queues its own successor, so a long rescan proceeds in slices that
 * each commit with the run's cursor and a deploy or crash resumes where it stopped.
 */
import type PgBoss from 'pg-boss';
import type { AppContext } from '../context.js';
import { QUEUES } from './queues.js';

const SLICE_MS = 60_000;

export async function runDetectionRescan(ctx: AppContext, boss: PgBoss | null): Promise<string> {
  const state = await ctx.detection.rescans.work(SLICE_MS);
  // More to do: continue at once; idle: look again shortly (activation only writes a queued row).
  await boss?.send(QUEUES.detectionRescan.name, {}, { startAfter: state === 'idle' ? ctx.config.jobPollSeconds * 5 : 0 });
  return state;
}
