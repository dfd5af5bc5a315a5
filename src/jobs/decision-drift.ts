/** Finds restrictions the marketplace has not confirmed in time (or reports visible again), re-sends and alerts. */
import type { AppContext } from '../context.js';
import { checkDrift } from '../services/decisions/effects.js';
import { checkRedressDrift } from '../services/complaints/redress.js';
import { overdueDisputes } from '../services/disputes/disputes.js';

export async function runDecisionDrift(ctx: AppContext): Promise<void> {
  const r = await checkDrift(ctx.store.db, ctx.clock, ctx.config.effectTimeoutMinutes);
  ctx.metrics.unconfirmedEffects.set(r.checked);
  if (r.checked > 0) ctx.logger.warn({ resent: r.resent, still_visible: r.still_visible, overdue: r.overdue.slice(0, 20) }, 'ALERT: restrictions without a confirmed effect were re-sent');
  // Reversals and modifications (Arts. 20, 21) are confirmed like decisions; open disputes past their deadline alert (ODS-4).
  const redress = await checkRedressDrift(ctx.store.db, ctx.clock, ctx.config.effectTimeoutMinutes);
  if (redress.resent > 0) ctx.logger.warn({ resent: redress.resent, decisions: redress.overdue.slice(0, 20) }, 'ALERT: reversals without a confirmed effect were re-sent');
  const late = await overdueDisputes(ctx.store.db, ctx.clock);
  if (late.length > 0) ctx.logger.warn({ disputes: late.slice(0, 20), count: late.length }, 'ALERT: out-of-court disputes past their deadline (Art. 21(4))');
}
