/**
 * Proof that a measure took effect (RO-4): Vigil decides, the marketplace enforces a suspension,
 * termination or lift and confirms it with `POST /api/v1/enforcement/actions/{id}/effects`. The
 * confirmation is recorded once (a retry answers `already: true`); what stays unconfirmed is found
 * and re-sent by reconciliation.
 */
import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/events.js';
import { LOCK_IDS, type Db } from '../../store/database.js';
import { appendEvents, isoMs } from '../../store/ledger.js';
import { enforcementAction } from '../../store/schema/index.js';

export interface EffectConfirmation {
  action_id: string;
  kind: 'measure' | 'lift';
  effect_confirmed_at: string;
  already: boolean;
  seconds_after_measure?: number;
}

export async function confirmEnforcementEffect(db: Db, clock: Clock, actor: Actor, id: string, appliedAt?: Date): Promise<EffectConfirmation> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${LOCK_IDS.ledger})`); // lock order: ledger, then the measure
    const [a] = await tx.select().from(enforcementAction).where(eq(enforcementAction.id, id)).for('update');
    if (!a) throw new DomainError('not_found', `enforcement action ${id} not found`);
    if (!a.effectRequired) throw new DomainError('invalid_state', 'a warning asks nothing of the marketplace: there is no effect to confirm', [{ path: 'id', problem: 'warning' }]);
    // A lifted measure's confirmation is of the lift (listings visible again); otherwise of the measure.
    const kind = a.status === 'lifted' ? 'lift' : 'measure';
    const done = kind === 'lift' ? a.liftConfirmedAt : a.effectConfirmedAt;
    if (done) return { action_id: id, kind, effect_confirmed_at: isoMs(done), already: true };
    const now = clock.now();
    const at = appliedAt && appliedAt <= now ? appliedAt : now;
    await tx.update(enforcementAction).set(kind === 'lift' ? { liftConfirmedAt: at } : { effectConfirmedAt: at }).where(eq(enforcementAction.id, id));
    await appendEvents(tx, clock, [{ type: 'enforcement.effect_confirmed', subject: { type: a.actorType, id: a.actorId }, actor, payload: { action_id: id, kind, effect_at: isoMs(at) } }]);
    const from = kind === 'lift' ? a.liftedAt! : a.takenAt;
    return { action_id: id, kind, effect_confirmed_at: isoMs(at), already: false, seconds_after_measure: Math.max(0, (at.getTime() - from.getTime()) / 1000) };
  });
}
