/**
 * Filing a complaint (Art. 20(1)–(3), CH-1, CH-2): free, electronic, with an explanation and
 * evidence files, within the window counted from when the complainant was informed. The trader
 * proves it is theirs with the token from their statement's complaint link (or the marketplace
 * files for them with its integration key); the notifier with their notice's status token. Any
 * mismatch — unknown decision, wrong token, a notice the decision did not answer — gets the same
 * answer, so nobody learns about decisions that are not theirs. Retries return the first complaint
 * (Idempotency-Key, or the natural key: one complaint per decision and complainant).
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { complaintBasis, complaintWindow, isWithinWindow } from '../../core/complaints/window.js';
import { complaintReference } from '../../core/complaints/outcome.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/events.js';
import { appendEvents, isoMs } from '../../store/ledger.js';
import { complaint, decision, detectionHit, evidenceFile, notice, statement, trader } from '../../store/schema/index.js';
import { decodeEvidence } from '../../integrations/evidence-store.js';
import { statusToken } from '../notices/intake.js';
import { enqueue } from '../outbox/outbox.js';
import type { ComplaintDeps } from './deps.js';
import { assertComplainantNotSuspended } from './misuse.js';
import type { ComplaintInput } from './schemas.js';
import { complaintStatusToken, emailActorKey, sameToken, traderComplaintToken } from './tokens.js';

export interface ComplaintReceipt {
  id: string;
  reference: string;
  received_at: string;
  window_closes_at: string;
  status: string;
  status_url: string;
  status_token: string;
}

const NOT_YOURS = () => new DomainError('not_found', 'no decision matches this complaint link; use the link from your statement of reasons or your notice status page', [{ path: 'token', problem: 'does not match a decision you were told about' }]);

interface Complainant { role: 'affected' | 'notifier'; ref: string; key: string; informedAt: Date; email: string | null; noticeId: string | null }

async function identify(deps: ComplaintDeps, input: ComplaintInput, viaIntegration: boolean): Promise<{ d: typeof decision.$inferSelect; who: Complainant }> {
  const [d] = await deps.db.select().from(decision).where(eq(decision.id, input.decision_id));
  // Not yet in force (awaiting a second reviewer): nobody was told, so there is nothing to complain about yet.
  if (!d || d.status === 'pending_approval') throw NOT_YOURS();
  if (input.role === 'affected') {
    const owner = d.traderId ? `trader:${d.traderId}` : `${d.subjectKind}:${d.subjectId}`;
    const ok = viaIntegration ? !!input.trader_id && input.trader_id === d.traderId : sameToken(traderComplaintToken(deps.secret, d.id), input.token);
    if (!ok) throw NOT_YOURS();
    const [st] = await deps.db.select({ createdAt: statement.createdAt }).from(statement).where(eq(statement.decisionId, d.id));
    return { d, who: { role: 'affected', ref: owner, key: owner, informedAt: st?.createdAt ?? d.decidedAt, email: null, noticeId: null } };
  }
  if (!input.notice_id || !d.noticeIds.includes(input.notice_id) || !sameToken(statusToken(deps.secret, input.notice_id), input.token)) throw NOT_YOURS();
  const [n] = await deps.db.select().from(notice).where(eq(notice.id, input.notice_id));
  if (!n) throw NOT_YOURS();
  const key = n.notifierEmail ? emailActorKey(n.notifierEmail) : `notice:${n.id}`;
  return { d, who: { role: 'notifier', ref: `notice:${n.id}`, key, informedAt: n.decidedAt ?? d.decidedAt, email: n.notifierEmail, noticeId: n.id } };
}

export async function fileComplaint(deps: ComplaintDeps, actor: Actor, input: ComplaintInput, opts: { idempotencyKey?: string; viaIntegration?: boolean }): Promise<{ receipt: ComplaintReceipt; created: boolean }> {
  const { db, clock } = deps;
  if (opts.idempotencyKey) {
    const [prior] = await db.select().from(complaint).where(eq(complaint.idempotencyKey, opts.idempotencyKey));
    if (prior) return { receipt: receiptOf(deps, prior), created: false };
  }
  const { d, who } = await identify(deps, input, !!opts.viaIntegration);
  const now = clock.now();
  const [existing] = await db.select().from(complaint).where(and(eq(complaint.decisionId, d.id), eq(complaint.complainantRole, who.role), eq(complaint.complainantRef, who.ref)));
  if (existing) return { receipt: receiptOf(deps, existing), created: false };
  await assertComplainantNotSuspended(db, clock, who.key);
  let country: string | null = null;
  if (d.traderId) [{ country = null } = { country: null }] = await db.select({ country: trader.country }).from(trader).where(eq(trader.id, d.traderId));
  const window = complaintWindow(who.informedAt, deps.complaintWindowMonths, country);
  if (!isWithinWindow(window, now)) {
    // CH-1: the refusal says when the window closed.
    throw new DomainError('complaint_window_closed', `the complaint window closed on ${window.lastDay} (${isoMs(window.closesAt)}), ${deps.complaintWindowMonths} months after you were informed of the decision on ${isoMs(who.informedAt).slice(0, 10)}`,
      [{ path: 'decision_id', problem: `complaint window closed on ${window.lastDay}` }]);
  }
  const evidence = decodeEvidence(input.evidence);
  if (evidence.problems.length) throw new DomainError('invalid_body', `invalid complaint: ${evidence.problems.map((p) => `${p.path} ${p.problem}`).join('; ')}`, evidence.problems);
  const stored = evidence.files.map((f) => ({ ...f, sha256: deps.evidence.put(f.bytes) }));
  const [hit] = d.caseId ? await db.select({ ruleId: detectionHit.ruleId }).from(detectionHit).where(and(eq(detectionHit.caseId, d.caseId), eq(detectionHit.shadow, false))).limit(1) : [];
  const id = randomUUID();
  const basis = complaintBasis(d.action);
  const created = await db.transaction(async (tx) => {
    const inserted = await tx.insert(complaint).values({
      id, idempotencyKey: opts.idempotencyKey ?? null, decisionId: d.id, complainantRole: who.role, complainantRef: who.ref, complainantKey: who.key, basis,
      explanation: input.explanation, language: (input.language ?? 'en').slice(0, 2).toLowerCase(), category: d.category, detectionRule: hit?.ruleId ?? null,
      originalDecider: d.decidedBy, informedAt: who.informedAt, windowClosesAt: window.closesAt, receivedAt: now, status: 'open',
    }).onConflictDoNothing().returning({ id: complaint.id });
    if (inserted.length === 0) return false; // a concurrent retry won
    for (const f of stored) {
      await tx.insert(evidenceFile).values({ id: randomUUID(), ownerType: 'complaint', ownerId: id, sha256: f.sha256, contentType: f.contentType, bytes: f.bytes.length, fileName: f.name, createdAt: now });
    }
    // The marketplace learns a decision is contested (for its own records and the trader's view).
    await enqueue(tx, clock, { topic: 'complaint.received', subject: { type: 'decision', id: d.id }, payload: { complaint_id: id, decision_id: d.id, complainant_role: who.role, received_at: isoMs(now) } });
    await appendEvents(tx, clock, [{ type: 'complaint.received', subject: { type: 'complaint', id }, actor, payload: { complaint_id: id, decision_id: d.id, basis, complainant_role: who.role, received_at: isoMs(now) } }]);
    return true;
  });
  const [row] = await db.select().from(complaint).where(created ? eq(complaint.id, id)
    : opts.idempotencyKey ? eq(complaint.idempotencyKey, opts.idempotencyKey) : and(eq(complaint.decisionId, d.id), eq(complaint.complainantRole, who.role), eq(complaint.complainantRef, who.ref)));
  if (!row) throw new DomainError('conflict', 'the complaint could not be recorded; retry');
  return { receipt: receiptOf(deps, row), created };
}

export function receiptOf(deps: ComplaintDeps, c: typeof complaint.$inferSelect): ComplaintReceipt {
  const token = complaintStatusToken(deps.secret, c.id);
  return {
    id: c.id, reference: complaintReference(c.id), received_at: isoMs(c.receivedAt), window_closes_at: isoMs(c.windowClosesAt), status: c.status,
    status_url: `${deps.publicUrl.replace(/\/$/, '')}/complaints/status/${c.id}?token=${token}&lang=${c.language}`, status_token: token,
  };
}

/**
 * What the complaint form shows before submitting (CH-2): the decision the link is for and whether
 * the window is still open. The same refusal as filing for a link that is not the visitor's.
 */
export async function complaintContext(deps: ComplaintDeps, q: { decision_id: string; role: 'affected' | 'notifier'; token: string; notice_id?: string }) {
  const { d, who } = await identify(deps, { decision_id: q.decision_id, role: q.role, token: q.token, notice_id: q.notice_id, explanation: '' }, false);
  let country: string | null = null;
  if (d.traderId) [{ country = null } = { country: null }] = await deps.db.select({ country: trader.country }).from(trader).where(eq(trader.id, d.traderId));
  const window = complaintWindow(who.informedAt, deps.complaintWindowMonths, country);
  return {
    role: who.role,
    decision: { id: d.id, action: d.action, category: d.category, subject: { kind: d.subjectKind, id: d.subjectId }, decided_at: isoMs(d.decidedAt), status: d.status },
    informed_at: isoMs(who.informedAt), window_closes_at: isoMs(window.closesAt), window_last_day: window.lastDay, window_open: isWithinWindow(window, deps.clock.now()),
  };
}
