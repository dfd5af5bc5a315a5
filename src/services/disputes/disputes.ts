/**
 * Out-of-court dispute settlement (Art. 21, ODS-1..ODS-4): the registry of certified bodies,
 * disputes with their 90-day deadline (180 when the body extends it), each good-faith step the
 * platform takes, refusals only on a matter already resolved, outcomes — one for the recipient is
 * executed like a complaint's reversal — and the fees and reimbursements of Art. 21(5).
 */
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { assertRefusalAllowed, disputeDueAt, disputeMetrics, feeObligations, LEDGER_DISPUTE_OUTCOME } from '../../core/disputes/ods.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/events.js';
import type { Db } from '../../store/database.js';
import { appendEvents, isoMs } from '../../store/ledger.js';
import { complaint, decision, odsBody, odsDispute, odsEngagement, odsPayment, trader } from '../../store/schema/index.js';
import type { ComplaintDeps } from '../complaints/deps.js';
import { applyRedress } from '../complaints/redress.js';
import type { DisputeInput, DisputeOutcomeInput, DisputeStepInput, OdsBodyInput } from '../complaints/schemas.js';
import type { Clock } from '../../core/clock.js';

const presentBody = (b: typeof odsBody.$inferSelect) => ({
  id: b.id, name: b.name, certified_by: b.certifiedBy, member_states: b.memberStates, languages: b.languages, url: b.url, fee_cents: b.feeCents, fee_note: b.feeNote, status: b.status,
});

export async function upsertBody(db: Db, clock: Clock, actor: Actor, b: OdsBodyInput) {
  return db.transaction(async (tx) => {
    const values = { name: b.name, certifiedBy: b.certified_by, memberStates: b.member_states, languages: b.languages, url: b.url, feeCents: b.fee_cents ?? null, feeNote: b.fee_note, status: b.status ?? 'active' };
    const [row] = await tx.insert(odsBody).values({ id: b.id, ...values, createdAt: clock.now() }).onConflictDoUpdate({ target: odsBody.id, set: values }).returning();
    await appendEvents(tx, clock, [{ type: 'ods_body.registered', subject: { type: 'ods_body', id: b.id }, actor, payload: { body_id: b.id, member_states: b.member_states, languages: b.languages, fee_cents: b.fee_cents ?? null } }]);
    return presentBody(row!);
  });
}

export async function listBodies(db: Db, activeOnly = false) {
  const rows = await db.select().from(odsBody).where(activeOnly ? eq(odsBody.status, 'active') : undefined).orderBy(asc(odsBody.name));
  return { items: rows.map(presentBody) };
}

type DisputeRow = typeof odsDispute.$inferSelect;
const presentDispute = (x: DisputeRow, now: Date) => ({
  id: x.id, body_id: x.bodyId, body_reference: x.bodyReference, decision_id: x.decisionId, complaint_id: x.complaintId, recipient_role: x.recipientRole,
  received_at: isoMs(x.receivedAt), due_at: isoMs(x.dueAt), extended: x.extended, overdue: x.status === 'open' && x.dueAt < now, status: x.status, engagement: x.engagement,
  refusal_reason: x.refusalReason, same_matter_ref: x.sameMatterRef, outcome: x.outcome, outcome_summary: x.outcomeSummary, decided_at: x.decidedAt ? isoMs(x.decidedAt) : null,
  implemented: x.implemented, implemented_at: x.implementedAt ? isoMs(x.implementedAt) : null, recipient_bad_faith: x.recipientBadFaith,
});

async function memberStateOf(tx: Db, decisionId: string): Promise<string> {
  const [r] = await tx.select({ country: trader.country }).from(decision).leftJoin(trader, eq(trader.id, decision.traderId)).where(eq(decision.id, decisionId));
  return r?.country ?? 'BE';
}

/** ODS-2: register a dispute the body notified; re-sending the same body reference returns it. */
export async function registerDispute(deps: ComplaintDeps, actor: Actor, input: DisputeInput) {
  const { db, clock } = deps;
  return db.transaction(async (tx) => {
    const [body] = await tx.select().from(odsBody).where(eq(odsBody.id, input.body_id));
    if (!body) throw new DomainError('invalid_body', 'unknown out-of-court body', [{ path: 'body_id', problem: 'is not in the registry of certified bodies' }]);
    const [d] = await tx.select({ id: decision.id }).from(decision).where(eq(decision.id, input.decision_id));
    if (!d) throw new DomainError('invalid_body', 'unknown decision', [{ path: 'decision_id', problem: 'no such decision' }]);
    if (input.complaint_id) {
      const [c] = await tx.select({ decisionId: complaint.decisionId }).from(complaint).where(eq(complaint.id, input.complaint_id));
      if (!c || c.decisionId !== input.decision_id) throw new DomainError('invalid_body', 'the complaint does not concern this decision', [{ path: 'complaint_id', problem: 'no complaint on this decision' }]);
    }
    const receivedAt = input.received_at ? new Date(input.received_at) : clock.now();
    if (receivedAt > clock.now()) throw new DomainError('invalid_body', 'received_at is in the future', [{ path: 'received_at', problem: 'must not be in the future' }]);
    const id = randomUUID();
    const dueAt = disputeDueAt(receivedAt, false, await memberStateOf(tx, input.decision_id));
    const inserted = await tx.insert(odsDispute).values({
      id, bodyId: input.body_id, bodyReference: input.body_reference, decisionId: input.decision_id, complaintId: input.complaint_id ?? null, recipientRole: input.recipient_role,
      receivedAt, dueAt, status: 'open', engagement: 'pending',
    }).onConflictDoNothing().returning();
    if (inserted.length === 0) {
      const [prior] = await tx.select().from(odsDispute).where(and(eq(odsDispute.bodyId, input.body_id), eq(odsDispute.bodyReference, input.body_reference)));
      return { dispute: presentDispute(prior!, clock.now()), created: false };
    }
    await appendEvents(tx, clock, [{ type: 'dispute.received', subject: { type: 'dispute', id }, actor, payload: { dispute_id: id, decision_id: input.decision_id, body_id: input.body_id, received_at: isoMs(receivedAt) } }]);
    return { dispute: presentDispute(inserted[0]!, clock.now()), created: true };
  });
}

/** ODS-2: record each step of good-faith engagement; refusal only on a resolved same matter; extension to 180 days. */
export async function disputeStep(deps: ComplaintDeps, actor: Actor, by: string, id: string, s: DisputeStepInput) {
  const { db, clock } = deps;
  return db.transaction(async (tx) => {
    const [x] = await tx.select().from(odsDispute).where(eq(odsDispute.id, id)).for('update');
    if (!x) throw new DomainError('not_found', `dispute ${id} not found`);
    if (x.status !== 'open') throw new DomainError('invalid_state', `the dispute is ${x.status}`);
    const set: Partial<typeof odsDispute.$inferInsert> = {};
    if (s.kind === 'refused') {
      const [same] = s.same_matter_ref ? await tx.select().from(odsDispute).where(eq(odsDispute.id, s.same_matter_ref)) : [];
      assertRefusalAllowed({ reason: s.refusal_reason, sameMatter: same ? { status: same.status, decisionId: same.decisionId } : null, decisionId: x.decisionId });
      Object.assign(set, { status: 'refused', engagement: 'refused', refusalReason: s.refusal_reason, sameMatterRef: s.same_matter_ref });
    } else if (s.kind === 'extended') {
      if (x.extended) throw new DomainError('invalid_state', 'the period was already extended to 180 days (Art. 21(4))');
      Object.assign(set, { extended: true, dueAt: disputeDueAt(x.receivedAt, true, await memberStateOf(tx, x.decisionId)) });
    } else {
      Object.assign(set, { engagement: 'engaged' });
    }
    const [row] = await tx.update(odsDispute).set(set).where(eq(odsDispute.id, id)).returning();
    const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(odsEngagement).where(eq(odsEngagement.disputeId, id)) as [{ n: number }];
    await tx.insert(odsEngagement).values({ disputeId: id, position: n, kind: s.kind, note: s.note, by, at: clock.now() });
    await appendEvents(tx, clock, [{ type: 'dispute.engagement', subject: { type: 'dispute', id }, actor, payload: { dispute_id: id, kind: s.kind, due_at: isoMs(row!.dueAt), same_matter_ref: s.same_matter_ref ?? null } }]);
    return presentDispute(row!, clock.now());
  });
}

/**
 * The body's outcome. One for the recipient is executed as a reversal (or a modification) of the
 * decision in the same transaction (implemented); fees and reimbursements owed under Art. 21(5)
 * are recorded as payments due.
 */
export async function recordDisputeOutcome(deps: ComplaintDeps, actor: Actor, id: string, o: DisputeOutcomeInput) {
  const { db, clock } = deps;
  return db.transaction(async (tx) => {
    const [x] = await tx.select().from(odsDispute).where(eq(odsDispute.id, id)).for('update');
    if (!x) throw new DomainError('not_found', `dispute ${id} not found`);
    if (x.status !== 'open') throw new DomainError('conflict', `the dispute is already ${x.status}`);
    const now = clock.now();
    const decidedAt = o.decided_at ? new Date(o.decided_at) : now;
    if (decidedAt > now || decidedAt < x.receivedAt) throw new DomainError('invalid_body', 'decided_at must lie between receipt and now', [{ path: 'decided_at', problem: 'outside the dispute' }]);
    const [body] = await tx.select().from(odsBody).where(eq(odsBody.id, x.bodyId));
    let implemented: boolean | null = null;
    let redress = null;
    if (o.outcome === 'for_recipient' || o.outcome === 'partly_for_recipient') {
      const [d] = await tx.select().from(decision).where(eq(decision.id, x.decisionId)).for('update');
      if (!d) throw new DomainError('not_found', 'the decision no longer exists');
      const kind = o.outcome === 'partly_for_recipient' && o.modification ? 'modified' : 'reversed';
      if (d.status === 'reversed') implemented = true; // already reversed (e.g. on a later complaint)
      else {
        redress = await applyRedress(tx, clock, actor, d, { source: 'dispute', sourceId: id, kind, reasons: o.summary, actions: o.modification?.actions }, deps.effectTimeoutMinutes);
        implemented = true;
      }
    }
    const [row] = await tx.update(odsDispute).set({
      status: 'decided', outcome: o.outcome, outcomeSummary: o.summary, decidedAt, implemented, implementedAt: implemented ? now : null, recipientBadFaith: !!o.recipient_bad_faith,
      engagement: x.engagement === 'pending' ? 'engaged' : x.engagement,
    }).where(eq(odsDispute.id, id)).returning();
    const events = [{ type: 'dispute.decided' as const, subject: { type: 'dispute', id }, actor, payload: { dispute_id: id, outcome: LEDGER_DISPUTE_OUTCOME[o.outcome], decided_at: isoMs(decidedAt), implemented: !!implemented } }];
    await appendEvents(tx, clock, events);
    if (implemented) await appendEvents(tx, clock, [{ type: 'dispute.implemented', subject: { type: 'dispute', id }, actor, payload: { dispute_id: id, decision_id: x.decisionId, implemented_at: isoMs(now) } }]);
    const lines = feeObligations({
      outcome: o.outcome, bodyFeeCents: o.body_fee_cents ?? body?.feeCents ?? 0, recipientExpensesCents: o.recipient_expenses_cents ?? 0,
      recipientAdvancedCents: o.recipient_advanced_cents ?? 0, recipientBadFaith: !!o.recipient_bad_faith,
    });
    const currency = o.currency ?? 'EUR';
    for (const l of lines) {
      const pid = randomUUID();
      await tx.insert(odsPayment).values({ id: pid, disputeId: id, kind: l.kind, payer: l.payer, payee: l.payee, amountCents: l.amountCents, currency, status: 'owed', dueAt: new Date(now.getTime() + 30 * 86_400_000) });
      await appendEvents(tx, clock, [{ type: 'dispute.payment', subject: { type: 'dispute', id }, actor, payload: { dispute_id: id, payment_id: pid, kind: l.kind, payer: l.payer, payee: l.payee, amount_cents: l.amountCents, currency, status: 'owed' } }]);
    }
    return { ...presentDispute(row!, now), redress, payments: lines };
  });
}

/** ODS-3: a fee paid or an expense reimbursed. */
export async function markPaymentPaid(db: Db, clock: Clock, actor: Actor, disputeId: string, paymentId: string, p: { reference: string; paid_at?: string }) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(odsPayment).where(and(eq(odsPayment.id, paymentId), eq(odsPayment.disputeId, disputeId))).for('update');
    if (!row) throw new DomainError('not_found', 'payment not found');
    if (row.status === 'paid') return { id: row.id, status: row.status, paid_at: row.paidAt ? isoMs(row.paidAt) : null, already: true };
    const paidAt = p.paid_at ? new Date(p.paid_at) : clock.now();
    await tx.update(odsPayment).set({ status: 'paid', paidAt, reference: p.reference }).where(eq(odsPayment.id, paymentId));
    await appendEvents(tx, clock, [{ type: 'dispute.payment', subject: { type: 'dispute', id: disputeId }, actor, payload: { dispute_id: disputeId, payment_id: paymentId, kind: row.kind, payer: row.payer, payee: row.payee, amount_cents: row.amountCents, currency: row.currency, status: 'paid' } }]);
    return { id: row.id, status: 'paid', paid_at: isoMs(paidAt), already: false };
  });
}

export async function listDisputes(db: Db, clock: Clock, f: { status?: string }) {
  const rows = await db.select().from(odsDispute).where(f.status ? eq(odsDispute.status, f.status) : undefined).orderBy(asc(odsDispute.dueAt)).limit(500);
  return { items: rows.map((r) => presentDispute(r, clock.now())) };
}

export async function getDispute(db: Db, clock: Clock, id: string) {
  const [x] = await db.select().from(odsDispute).where(eq(odsDispute.id, id));
  if (!x) return null;
  const [body] = await db.select().from(odsBody).where(eq(odsBody.id, x.bodyId));
  const steps = await db.select().from(odsEngagement).where(eq(odsEngagement.disputeId, id)).orderBy(asc(odsEngagement.position));
  const payments = await db.select().from(odsPayment).where(eq(odsPayment.disputeId, id)).orderBy(desc(odsPayment.kind));
  return {
    ...presentDispute(x, clock.now()), body: body ? presentBody(body) : null,
    engagement_steps: steps.map((s) => ({ kind: s.kind, note: s.note, by: s.by, at: isoMs(s.at) })),
    payments: payments.map((p) => ({ id: p.id, kind: p.kind, payer: p.payer, payee: p.payee, amount_cents: p.amountCents, currency: p.currency, status: p.status, due_at: p.dueAt ? isoMs(p.dueAt) : null, paid_at: p.paidAt ? isoMs(p.paidAt) : null, reference: p.reference })),
  };
}

/** ODS-4 (Art. 24(1)(a)) over disputes received in [from, to). */
export async function disputeMetricsReport(db: Db, clock: Clock, from?: Date, to?: Date) {
  const rows = await db.select().from(odsDispute).where(and(from ? sql`${odsDispute.receivedAt} >= ${from}` : undefined, to ? sql`${odsDispute.receivedAt} < ${to}` : undefined));
  const paid = await db.select({ payer: odsPayment.payer, status: odsPayment.status, n: sql<number>`sum(${odsPayment.amountCents})::bigint` }).from(odsPayment).groupBy(odsPayment.payer, odsPayment.status);
  return {
    from: from ? isoMs(from) : null, to: to ? isoMs(to) : null,
    ...disputeMetrics(rows.map((r) => ({ outcome: r.outcome, receivedAt: r.receivedAt, decidedAt: r.decidedAt, implemented: r.implemented, dueAt: r.dueAt, status: r.status })), clock.now()),
    payments_cents: paid.map((p) => ({ payer: p.payer, status: p.status, amount_cents: Number(p.n) })),
  };
}

/** ODS-4: open disputes past their deadline (90 or 180 days), for the overdue alert. */
export async function overdueDisputes(db: Db, clock: Clock): Promise<string[]> {
  const rows = await db.select({ id: odsDispute.id }).from(odsDispute).where(and(eq(odsDispute.status, 'open'), sql`${odsDispute.dueAt} < ${clock.now()}`));
  return rows.map((r) => r.id);
}
