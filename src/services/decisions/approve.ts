/**
 * Severe actions (account suspension or termination by default) take effect only once a second,
 * senior reviewer who did not take the decision approves it (four-eyes principle; TC-4).
 */
import { and, eq } from 'drizzle-orm';
import { decisionObligations } from '../../core/decisions/obligations.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/events.js';
import { decision } from '../../store/schema/index.js';
import { getListing } from '../catalog/queries.js';
import type { DecisionFormInput } from './schemas.js';
import { caseSources } from './source.js';
import type { DecisionDeps } from './deps.js';
import { finalizeDecision } from './take.js';

export async function approveDecision(deps: DecisionDeps, actor: Actor, approver: string, id: string): Promise<{ status: string }> {
  return deps.db.transaction(async (tx) => {
    const [d] = await tx.select().from(decision).where(eq(decision.id, id)).for('update');
    if (!d) throw new DomainError('not_found', `decision ${id} not found`);
    if (d.status !== 'pending_approval') throw new DomainError('invalid_state', `decision is ${d.status}, not awaiting approval`);
    if (d.decidedBy === approver) throw new DomainError('forbidden', 'a second reviewer must approve: not the one who took the decision');
    const input = (d.facts as { input: DecisionFormInput }).input;
    const sources = await caseSources(tx, d.caseId!);
    const o = decisionObligations({
      source: sources.source, ground: d.ground as 'DECISION_GROUND_ILLEGAL_CONTENT', actions: input.actions,
      deceptiveHighVolumeCommercial: input.deceptive_high_volume, threatToLifeOrSafety: input.threat_to_life_or_safety, alsoIllegal: input.also_illegal,
    });
    const status = o.effectConfirmation ? 'pending_effect' : 'effective';
    const now = deps.clock.now();
    await tx.update(decision).set({
      secondReviewer: approver, status, appliesFrom: now, effectDueAt: o.effectConfirmation ? new Date(now.getTime() + deps.effectTimeoutMinutes * 60_000) : null,
    }).where(and(eq(decision.id, id), eq(decision.status, 'pending_approval')));
    const listing = d.subjectKind === 'listing' ? await getListing(tx, d.subjectId) : null;
    await finalizeDecision(tx, deps, actor, id, input, o, sources, listing);
    return { status };
  });
}
