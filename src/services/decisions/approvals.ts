/**
 * The second reviewer's work list (TC-4): decisions with a severe action wait here until a senior
 * reviewer who did not take them approves (`approveDecision`) or rejects them. A rejected decision
 * never takes effect: no statement, no webhook, no notification; the case stays open for a new
 * decision, and the rejection with its reason is kept on the decision (the ledger records that
 * it happened, not the free-text reason).
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/events.js';
import { appendEvents, isoMs } from '../../store/ledger.js';
import { decision, moderationCase } from '../../store/schema/index.js';
import type { Db } from '../../store/database.js';
import type { DecisionDeps } from './deps.js';

export async function listPendingApprovals(db: Db, limit = 200) {
  const rows = await db.select({ d: decision, caseStatus: moderationCase.status }).from(decision)
    .leftJoin(moderationCase, eq(moderationCase.id, decision.caseId))
    .where(eq(decision.status, 'pending_approval')).orderBy(asc(decision.decidedAt), asc(decision.id)).limit(limit);
  return {
    items: rows.map(({ d }) => ({
      id: d.id, case_id: d.caseId, subject: { kind: d.subjectKind, id: d.subjectId }, trader_id: d.traderId, action: d.action, ground: d.ground,
      legal_ground: d.legalGround, clause: d.clauseRef, explanation: d.explanation, category: d.category, territorial_scope: d.territorialScope,
      ends_at: d.endsAt ? isoMs(d.endsAt) : null, decided_by: d.decidedBy, decided_at: isoMs(d.decidedAt),
    })),
  };
}

export async function rejectDecision(deps: DecisionDeps, actor: Actor, reviewer: string, id: string, reason: string): Promise<{ status: string }> {
  return deps.db.transaction(async (tx) => {
    const [d] = await tx.select().from(decision).where(eq(decision.id, id)).for('update');
    if (!d) throw new DomainError('not_found', `decision ${id} not found`);
    if (d.status !== 'pending_approval') throw new DomainError('invalid_state', `decision is ${d.status}, not awaiting approval`);
    if (d.decidedBy === reviewer) throw new DomainError('forbidden', 'a second reviewer must decide on approval: not the one who took the decision');
    const now = deps.clock.now();
    const rejection = { by: reviewer, at: isoMs(now), reason };
    await tx.update(decision).set({
      status: 'rejected', secondReviewer: reviewer, facts: sql`${decision.facts} || ${JSON.stringify({ rejection })}::jsonb`,
    }).where(and(eq(decision.id, id), eq(decision.status, 'pending_approval')));
    await appendEvents(tx, deps.clock, [{ type: 'decision.approval_rejected', subject: { type: 'decision', id }, actor, payload: { decision_id: id, case_id: d.caseId, rejected_at: isoMs(now) } }]);
    return { status: 'rejected' };
  });
}
