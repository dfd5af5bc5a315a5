/**
 * Link resolution and image reading for detection (DET-3, DET-4): network and CPU work outside the
 * API call. Each run handles a few rounds of due work, then queues its successor.
 */
import type PgBoss from 'pg-boss';
import type { AppContext } from '../context.js';
import { QUEUES } from './queues.js';

export async function runDetectionEnrich(ctx: AppContext, boss: PgBoss | null): Promise<number> {
  let total = 0;
  for (let round = 0; round < 5; round++) {
    const n = await ctx.detection.enrichment.round();
    total += n;
    if (n === 0) break;
  }
  await boss?.send(QUEUES.detectionEnrich.name, {}, { startAfter: total > 0 ? 0 : ctx.config.jobPollSeconds * 5 });
  return total;
}
