/**
 * Withdrawing a reversed decision's strikes (Art. 20(4): a complaint that succeeds reverses the
 * decision "without undue delay"; RO-1). Called by the complaints and dispute services inside the
 * transaction that records the reversal: the strikes are marked withdrawn (kept, for the record),
 * the actor's standing is evaluated again, and a suspension or termination that the withdrawn
 * strikes alone caused is lifted with a webhook to the marketplace, confirmed like any measure.
 * Idempotent: a second call withdraws nothing and changes nothing.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import type { Actor, NewEvent } from '../../core/events.js';
import { LOCK_IDS, type Db } from '../../store/database.js';
import { appendEvents, isoMs } from '../../store/ledger.js';
import { strike } from '../../store/schema/index.js';
import { evaluateActor, type ActorRef } from './evaluate-actor.js';
import { policyInForce } from './terms.js';

/** Measures planned while re-evaluating get the default confirmation timeout (VIGIL_EFFECT_TIMEOUT_MINUTES default). */
const EFFECT_TIMEOUT_MINUTES = 5;

export async function withdrawDecisionStrikes(tx: Db, clock: Clock, actor: Actor, decisionId: string, reason: string): Promise<{ withdrawn: number }> {
  const now = clock.now();
  // Same lock order as decisions and reconciliation: the ledger's, then the strikes and standing.
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${LOCK_IDS.ledger})`);
  const rows = await tx.update(strike).set({ withdrawnAt: now, withdrawnReason: reason.slice(0, 1000) })
    .where(and(eq(strike.decisionId, decisionId), isNull(strike.withdrawnAt))).returning();
  if (rows.length === 0) return { withdrawn: 0 };
  const events: NewEvent[] = rows.map((s) => ({
    type: 'strike.withdrawn', subject: { type: s.actorType, id: s.actorId }, actor,
    payload: { actor_type: s.actorType, actor_id: s.actorId, decision_id: decisionId, strike_id: s.id, withdrawn_at: isoMs(now) },
  }));
  await appendEvents(tx, clock, events);
  const policy = await policyInForce(tx);
  const actors = new Map<string, ActorRef>(rows.map((s) => [`${s.actorType}:${s.actorId}`, { type: s.actorType as ActorRef['type'], id: s.actorId }]));
  for (const a of actors.values()) await evaluateActor(tx, clock, actor, a, policy, EFFECT_TIMEOUT_MINUTES);
  return { withdrawn: rows.length };
}
