/** Finds restrictions the marketplace has not confirmed in time (or reports visible again), re-sends and alerts. */
import type { AppContext } from '../context.js';
import { checkDrift } from '../services/decisions/effects.js';

export async function runDecisionDrift(ctx: AppContext): Promise<void> {
  const r = await checkDrift(ctx.store.db, ctx.clock, ctx.config.effectTimeoutMinutes);
  ctx.metrics.unconfirmedEffects.set(r.checked);
  if (r.checked > 0) ctx.logger.warn({ resent: r.resent, still_visible: r.still_visible, overdue: r.overdue.slice(0, 20) }, 'ALERT: restrictions without a confirmed effect were re-sent');
}
