/**
 * Deciding a complaint (Art. 20(4)–(6), CH-3..CH-5). A reviewer claims the complaint with a lock
 * that expires; the decision is taken only by a signed-in qualified person who took no part in the
 * original decision, never by automated means alone; outcomes uphold, reverse or modify with
 * reasons. The complaint row is updated only while still open, so of two reviewers acting at once
 * exactly one wins and the other is told it was already decided. The complainant gets the
 * reasoned outcome with out-of-court settlement information (CH-4, ODS-1).
 */
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { assertReviewer, complaintOutcomeMessage, complaintReference, LEDGER_OUTCOME } from '../../core/complaints/outcome.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/events.js';
import type { Db } from '../../store/database.js';
import { appendEvents, isoMs } from '../../store/ledger.js';
import { complaint, decision, notice } from '../../store/schema/index.js';
import type { Principal } from '../auth/auth-service.js';
import { enqueue } from '../outbox/outbox.js';
import type { ComplaintDeps } from './deps.js';
import { flagMisuse } from './misuse.js';
import { applyRedress } from './redress.js';
import type { ComplaintDecisionInput } from './schemas.js';

export const COMPLAINT_CLAIM_MINUTES = 15;

const reviewerOf = (p: Principal) => `${p.kind}:${p.id}`;

export async function claimComplaint(db: Db, clock: Clock, actor: Actor, id: string, p: Principal) {
  const reviewer = reviewerOf(p);
  const now = clock.now();
  const until = new Date(now.getTime() + COMPLAINT_CLAIM_MINUTES * 60_000);
  return db.transaction(async (tx) => {
    const [c] = await tx.select().from(complaint).where(eq(complaint.id, id));
    if (!c) throw new DomainError('not_found', `complaint ${id} not found`);
    if (c.status !== 'open') throw new DomainError('invalid_state', 'the complaint is already decided');
    // CH-5 early: the original decider cannot even take the complaint.
    if (c.originalDecider === reviewer) throw new DomainError('forbidden', 'you took the original decision; another qualified reviewer must handle this complaint (CH-5)', [{ path: 'reviewer', problem: 'took the original decision' }]);
    const claimed = await tx.update(complaint).set({ claimedBy: reviewer, claimExpiresAt: until })
      .where(and(eq(complaint.id, id), eq(complaint.status, 'open'), or(isNull(complaint.claimedBy), eq(complaint.claimedBy, reviewer), lt(complaint.claimExpiresAt, now))))
      .returning({ id: complaint.id });
    if (claimed.length === 0) throw new DomainError('conflict', `the complaint is claimed by another reviewer until ${c.claimExpiresAt ? isoMs(c.claimExpiresAt) : 'later'}`);
    await appendEvents(tx, clock, [{ type: 'complaint.claimed', subject: { type: 'complaint', id }, actor, payload: { by: reviewer, until: isoMs(until) } }]);
    return { complaint_id: id, claimed_by: reviewer, claim_expires_at: isoMs(until) };
  });
}

export async function releaseComplaint(db: Db, id: string, p: Principal) {
  const r = await db.update(complaint).set({ claimedBy: null, claimExpiresAt: null }).where(and(eq(complaint.id, id), eq(complaint.claimedBy, reviewerOf(p)))).returning({ id: complaint.id });
  if (r.length === 0) throw new DomainError('conflict', 'you do not hold this complaint');
}

export async function decideComplaint(deps: ComplaintDeps, actor: Actor, p: Principal, id: string, input: ComplaintDecisionInput) {
  const reviewer = reviewerOf(p);
  if (input.outcome === 'modified' && !input.modification) {
    throw new DomainError('invalid_body', 'a modification names the restriction now in force', [{ path: 'modification', problem: 'is required when the outcome is modified' }]);
  }
  if (input.manifestly_unfounded && input.outcome !== 'upheld') {
    throw new DomainError('invalid_body', 'a complaint that changed the decision cannot be manifestly unfounded', [{ path: 'manifestly_unfounded', problem: 'only with outcome upheld' }]);
  }
  const { clock } = deps;
  return deps.db.transaction(async (tx) => {
    const [c] = await tx.select().from(complaint).where(eq(complaint.id, id)).for('update');
    if (!c) throw new DomainError('not_found', `complaint ${id} not found`);
    if (c.status !== 'open') throw new DomainError('conflict', `the complaint was already decided (${c.outcome}) at ${c.decidedAt ? isoMs(c.decidedAt) : ''}`);
    const now = clock.now();
    if (c.claimedBy && c.claimedBy !== reviewer && c.claimExpiresAt && c.claimExpiresAt > now) throw new DomainError('conflict', 'another reviewer holds this complaint');
    const [d] = await tx.select().from(decision).where(eq(decision.id, c.decisionId)).for('update');
    if (!d) throw new DomainError('not_found', 'the decision complained about no longer exists');
    assertReviewer({ reviewer, reviewerKind: actor.kind === 'human' ? p.kind : 'automated', role: p.role, originalDecider: d.decidedBy, secondReviewer: d.secondReviewer });
    const done = await tx.update(complaint).set({
      status: 'decided', outcome: input.outcome, reasons: input.reasons, modification: input.modification ?? null, decidedBy: reviewer,
      reviewerQualification: input.qualification ?? p.role, decidedAt: now, notifiedAt: now, claimedBy: null, claimExpiresAt: null,
      manifestlyUnfounded: !!input.manifestly_unfounded,
    }).where(and(eq(complaint.id, id), eq(complaint.status, 'open'))).returning({ id: complaint.id });
    if (done.length === 0) throw new DomainError('conflict', 'the complaint was already decided');
    let redress = null;
    if (input.outcome !== 'upheld') {
      redress = await applyRedress(tx, clock, actor, d, {
        source: 'complaint', sourceId: id, kind: input.outcome, reasons: input.reasons, actions: input.modification?.actions,
        noticeId: c.complainantRef.startsWith('notice:') ? c.complainantRef.slice('notice:'.length) : null,
      }, deps.effectTimeoutMinutes);
    }
    // CH-4: the reasoned outcome, with out-of-court settlement information (ODS-1).
    const msg = complaintOutcomeMessage(c.language, { reference: complaintReference(id), outcome: input.outcome, reasons: input.reasons, outOfCourtUrl: deps.outOfCourtUrl, platformName: deps.platformName });
    if (c.complainantRole === 'notifier') {
      const [n] = await tx.select({ email: notice.notifierEmail }).from(notice).where(eq(notice.id, c.complainantRef.slice('notice:'.length)));
      if (n?.email) await enqueue(tx, clock, { topic: 'mail.complaint_outcome', subject: { type: 'complaint', id }, payload: { complaint_id: id, to: n.email, subject: msg.subject, text: msg.text, language: msg.language } });
    } else if (d.traderId) {
      await enqueue(tx, clock, { topic: 'trader.complaint_outcome', subject: { type: 'trader', id: d.traderId }, payload: { complaint_id: id, decision_id: d.id, outcome: input.outcome, language: msg.language, subject: msg.subject, text: msg.text, out_of_court_url: deps.outOfCourtUrl } });
    }
    await appendEvents(tx, clock, [{ type: 'complaint.decided', subject: { type: 'complaint', id }, actor, payload: { complaint_id: id, outcome: LEDGER_OUTCOME[input.outcome], decided_at: isoMs(now), notified_at: isoMs(now) } }]);
    let misuse = null;
    if (input.manifestly_unfounded) {
      const [n] = c.complainantRole === 'notifier' ? await tx.select({ email: notice.notifierEmail }).from(notice).where(eq(notice.id, c.complainantRef.slice('notice:'.length))) : [];
      misuse = await flagMisuse(tx, clock, actor, {
        actorType: 'complainant', actorKey: c.complainantKey, refType: 'complaint', refId: id, gravity: input.manifestly_unfounded.gravity, intent: input.manifestly_unfounded.intent,
        note: input.manifestly_unfounded.note, by: reviewer, contact: { email: n?.email ?? null, traderId: c.complainantRole === 'affected' ? d.traderId : null },
      });
    }
    return { complaint_id: id, outcome: input.outcome, decided_at: isoMs(now), redress, misuse };
  });
}
