/**
 * Chaos (RO-4): the marketplace silently drops 20 % of enforcement webhooks, fails 10 % and
 * confirms the rest after up to a minute. Without reconciliation suspensions stay without
 * effect; with it every one is re-sent and confirmed, and decision-to-confirmed-effect p95 stays
 * within the five-minute target. Loopback only, simulated time, stops by itself.
 */
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../src/core/clock.js';
import { createTestApp } from './support/app.js';
import { ENGINES } from './support/db.js';
import { runEnforcementChaos } from './support/enforcement-chaos.js';

const chaos = { actors: 24, dropRate: 0.2, failRate: 0.1, maxDelaySeconds: 60, maxMinutes: 60, seed: 7 };

describe.each(ENGINES)('enforcement under webhook chaos on %s', (engine) => {
  it('leaves suspensions without effect when nothing reconciles', async () => {
    const clock = new ManualClock(new Date('2026-05-04T08:00:00Z'));
    const t = await createTestApp(engine, { clock, env: { VIGIL_EFFECT_TIMEOUT_MINUTES: '2' } });
    try {
      const r = await runEnforcementChaos(t, clock, { ...chaos, reconcile: false, maxMinutes: 20 });
      expect(r.dropped).toBeGreaterThan(0);
      expect(r.confirmed).toBeLessThan(r.measures);
    } finally {
      await t.close();
    }
  }, 120_000);

  it('closes the gap with reconciliation: every measure confirmed, p95 within five minutes', async () => {
    const clock = new ManualClock(new Date('2026-05-04T08:00:00Z'));
    const t = await createTestApp(engine, { clock, env: { VIGIL_EFFECT_TIMEOUT_MINUTES: '2' } });
    try {
      const r = await runEnforcementChaos(t, clock, { ...chaos, reconcile: true });
      expect(r.dropped).toBeGreaterThan(0);
      expect(r.failed).toBeGreaterThan(0);
      expect(r.resent).toBeGreaterThan(0);
      expect(r.confirmed).toBe(r.measures);
      expect(r.measures).toBe(24);
      expect(r.p95Seconds).toBeLessThanOrEqual(300);
    } finally {
      await t.close();
    }
  }, 120_000);
});
