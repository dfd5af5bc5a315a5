/** Reconciles penalties with the marketplace's live state (RO-4): fixes, re-sends and alerts. */
import type { AppContext } from '../context.js';
import { SYSTEM_ACTOR } from '../core/events.js';
import { reconcile } from '../services/enforcement/reconcile.js';
import { measureStatementSettings } from '../services/enforcement/measure-statement.js';

export async function runEnforcementReconcile(ctx: AppContext): Promise<void> {
  const r = await reconcile(ctx.store.db, ctx.clock, SYSTEM_ACTOR, ctx.config.effectTimeoutMinutes, undefined, measureStatementSettings(ctx.config, ctx.secret));
  ctx.metrics.enforcementDrift.set({ kind: 'unenforced' }, r.unenforced);
  ctx.metrics.enforcementDrift.set({ kind: 'unconfirmed' }, r.unconfirmed);
  if (r.unenforced + r.unconfirmed > 0) {
    ctx.logger.warn({ checked: r.checked, unenforced: r.unenforced, unconfirmed: r.unconfirmed, still_visible: r.still_visible, fixed: r.fixed, alerts: r.alerts.slice(0, 20) }, 'ALERT: penalties without their measure or confirmed effect were fixed and re-sent');
  }
}
