/**
 * Decision to confirmed effect for penalty measures (RO-4 target: p95 ≤ 5 minutes), measured on
 * simulated time through the real outbox, HTTP confirmation API and reconciliation, against a
 * loopback marketplace (test/support/enforcement-chaos.ts). Three runs per engine in one go:
 *   clean      — no faults (the baseline);
 *   chaos      — webhooks silently dropped, failed (503) and delayed, reconciliation every minute;
 *   unhealed   — the same chaos without reconciliation (what a penalty record without
 *                reconciliation leaves behind).
 *
 *   npx tsx bench/enforcement-effect.ts [--actors 200] [--drop 0.05] [--fail 0.05] [--delay 60] [--engines pglite,postgres]
 */
import { ManualClock } from '../src/core/clock.js';
import { createTestApp } from '../test/support/app.js';
import type { EngineName } from '../test/support/db.js';
import { runEnforcementChaos, type ChaosOptions } from '../test/support/enforcement-chaos.js';
import { argNumber, argString } from './args.js';

const engines = argString('engines', process.env.DATABASE_URL ? 'pglite,postgres' : 'pglite').split(',') as EngineName[];
const base: Omit<ChaosOptions, 'reconcile'> = {
  actors: argNumber('actors', 200), dropRate: argNumber('drop', 0.05), failRate: argNumber('fail', 0.05),
  maxDelaySeconds: argNumber('delay', 60), maxMinutes: 90, seed: 11,
};

for (const engine of engines) {
  const run = async (name: string, o: ChaosOptions) => {
    const clock = new ManualClock(new Date('2026-05-04T08:00:00Z'));
    const t = await createTestApp(engine, { clock, env: { VIGIL_EFFECT_TIMEOUT_MINUTES: '2' } });
    const t0 = performance.now();
    try {
      const r = await runEnforcementChaos(t, clock, o);
      console.log(`${engine} ${name}: ${r.confirmed}/${r.measures} measures confirmed; p50 ${r.p50Seconds.toFixed(0)} s, p95 ${r.p95Seconds.toFixed(0)} s (target ≤ 300 s); `
        + `${r.dropped} dropped, ${r.failed} failed, ${r.resent} re-sent by reconciliation; ${r.simulatedMinutes} simulated min in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      return r;
    } finally {
      await t.close();
    }
  };
  const clean = await run('clean', { ...base, dropRate: 0, failRate: 0, reconcile: true });
  const chaos = await run('chaos', { ...base, reconcile: true });
  const unhealed = await run('unhealed', { ...base, reconcile: false, maxMinutes: 30 });
  console.log(`${engine}: p95 under chaos = ${(chaos.p95Seconds / clean.p95Seconds).toFixed(2)}× the clean p95; without reconciliation ${unhealed.measures - unhealed.confirmed} of ${unhealed.measures} measures never took effect (${((1 - unhealed.confirmed / unhealed.measures) * 100).toFixed(1)} %)`);
}
