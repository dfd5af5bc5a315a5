/**
 * Proof of effect: Vigil decides, the marketplace enforces and confirms. The confirmation is
 * recorded once (effect_confirmed_at, a ledger event); for an order it is also the effect given to
 * the order (Art. 9(1)). The drift check finds restrictions that did not take effect in time.
 */
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/events.js';
import type { Db } from '../../store/database.js';
import { appendEvents, isoMs } from '../../store/ledger.js';
import { decision, listing } from '../../store/schema/index.js';
import { recordOrderEffect } from '../orders/intake.js';
import { enqueue } from '../outbox/outbox.js';

export async function confirmEffect(db: Db, clock: Clock, actor: Actor, id: string, appliedAt?: Date) {
  return db.transaction(async (tx) => {
    const [d] = await tx.select().from(decision).where(eq(decision.id, id)).for('update');
    if (!d) throw new DomainError('not_found', `decision ${id} not found`);
    if (d.status === 'pending_approval') throw new DomainError('invalid_state', 'the decision is awaiting a second reviewer and must not be enforced yet');
    if (d.effectConfirmedAt) return { decision_id: id, effect_confirmed_at: isoMs(d.effectConfirmedAt), already: true };
    const at = appliedAt && appliedAt <= clock.now() ? appliedAt : clock.now();
    await tx.update(decision).set({ effectConfirmedAt: at, status: d.status === 'pending_effect' ? 'effective' : d.status }).where(eq(decision.id, id));
    await appendEvents(tx, clock, [{ type: 'decision.effect_confirmed', subject: { type: 'decision', id }, actor, payload: { decision_id: id, effect_at: isoMs(at) } }]);
    if (d.orderId) await recordOrderEffect(tx, clock, actor, d.orderId, at);
    return { decision_id: id, effect_confirmed_at: isoMs(at), already: false, seconds_after_decision: Math.max(0, (at.getTime() - d.appliesFrom.getTime()) / 1000) };
  });
}

export interface DriftReport {
  checked: number;
  resent: number;
  still_visible: number;
}

/**
 * Restrictions not confirmed within the timeout are re-sent (a new webhook with the same decision id,
 * so the receiver can de-duplicate) and reported; removals the catalog still reports visible are too.
 */
export async function checkDrift(db: Db, clock: Clock, timeoutMinutes: number): Promise<DriftReport & { overdue: string[] }> {
  const now = clock.now();
  const overdue = await db.select().from(decision).where(and(eq(decision.effectRequired, true), isNull(decision.effectConfirmedAt), eq(decision.status, 'pending_effect'), lt(decision.effectDueAt, now)));
  const removedButVisible = await db.select({ d: decision }).from(decision)
    .innerJoin(listing, and(eq(decision.subjectKind, sql`'listing'`), eq(listing.id, decision.subjectId)))
    .where(and(eq(decision.status, 'effective'), sql`${decision.visibility} ?| array['DECISION_VISIBILITY_CONTENT_REMOVED','DECISION_VISIBILITY_CONTENT_DISABLED']`, eq(listing.visibility, 'visible'), lt(decision.effectConfirmedAt, listing.updatedAt)));
  let resent = 0;
  for (const d of [...overdue, ...removedButVisible.map((r) => r.d)]) {
    await db.transaction(async (tx) => {
      await enqueue(tx, clock, {
        topic: 'decision.taken', subject: { type: d.subjectKind, id: d.subjectId },
        payload: { decision_id: d.id, resent: true, visibility: d.visibility, monetary: d.monetary, provision: d.provision, account: d.account, territorial_scope: d.territorialScope, confirm_effect: true },
      });
      // The next check waits a full timeout again before re-sending.
      await tx.update(decision).set({ effectDueAt: new Date(now.getTime() + timeoutMinutes * 60_000), ...(d.status === 'effective' ? { status: 'pending_effect', effectConfirmedAt: null } : {}) }).where(eq(decision.id, d.id));
    });
    resent += 1;
  }
  return { checked: overdue.length + removedButVisible.length, resent, still_visible: removedButVisible.length, overdue: overdue.map((d) => d.id) };
}
