/**
 * The second reviewer's work list (TC-4): decisions with a severe action wait here until a senior
 * reviewer who did not take them approves (`approveDecision`) or rejects them. A rejected decision
 * never takes effect: no statement, no webhook, no message to the trader or the notifiers; the
 * rejection with its reason is kept on the decision (the ledger records that it happened, not the
 * free-text reason). The case stays open and goes back to the reviewer who proposed the decision:
 * claimed in their name, and told by mail with the reason (when they are a console user).
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { rejectionMessage } from '../../core/decisions/rejection-text.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/events.js';
import { appendEvents, isoMs } from '../../store/ledger.js';
import { appUser, decision, moderationCase } from '../../store/schema/index.js';
import type { Db } from '../../store/database.js';
import { returnCaseTo } from '../cases/work.js';
import { enqueue } from '../outbox/outbox.js';
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

export interface RejectionResult {
  status: 'rejected';
  /** The reviewer the case went back to, when it could be claimed in their name. */
  returned_to: string | null;
  returned_until: string | null;
  /** Whether the proposing reviewer was sent a mail (console users only; API keys have no address). */
  notified: boolean;
}

export async function rejectDecision(deps: DecisionDeps, actor: Actor, reviewer: string, id: string, reason: string): Promise<RejectionResult> {
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
    const until = d.caseId ? await returnCaseTo(tx, deps.clock, actor, d.caseId, d.decidedBy) : null;
    const notified = await notifyProposer(tx, deps, actor, d, reason, until);
    return { status: 'rejected' as const, returned_to: until ? d.decidedBy : null, returned_until: until ? isoMs(until) : null, notified };
  });
}

/** The proposing reviewer's mail, through the outbox in the rejection's transaction, and its ledger event. */
async function notifyProposer(tx: Db, deps: DecisionDeps, actor: Actor, d: typeof decision.$inferSelect, reason: string, until: Date | null): Promise<boolean> {
  const [kind, userId] = d.decidedBy.split(':');
  if (kind !== 'user' || !userId) return false;
  const [u] = await tx.select({ email: appUser.email, disabled: appUser.disabled }).from(appUser).where(eq(appUser.id, userId));
  if (!u || u.disabled) return false;
  const caseUrl = d.caseId && deps.publicUrl ? `${deps.publicUrl.replace(/\/$/, '')}/cases/${d.caseId}` : null;
  const msg = rejectionMessage({
    decisionId: d.id, action: d.action, subject: { kind: d.subjectKind, id: d.subjectId }, reason, caseUrl, heldUntil: until ? isoMs(until) : null,
  });
  await enqueue(tx, deps.clock, {
    topic: 'mail.decision_rejected', subject: { type: 'decision', id: d.id },
    payload: { decision_id: d.id, case_id: d.caseId, to: u.email, subject: msg.subject, text: msg.text, language: msg.language },
  });
  await appendEvents(tx, deps.clock, [{
    type: 'decision.rejection_notified', subject: { type: 'decision', id: d.id }, actor,
    payload: { decision_id: d.id, case_id: d.caseId, recipient_role: 'proposing_reviewer', channel: 'mail', notified_at: isoMs(deps.clock.now()) },
  }]);
  return true;
}
