/**
 * Orders of judicial and administrative authorities (Arts. 9, 10; GPSR Art. 22(4); NA-8): intake
 * with the issuing authority, member state, legal basis and territorial scope; a deadline (GPSR:
 * 2 working days in the issuing member state's calendar); acknowledgement and the effect given,
 * each recorded in the ledger so the Art. 15(1)(a) medians come from events alone.
 */
import { randomUUID } from 'node:crypto';
import { eq, isNull, and } from 'drizzle-orm';
import { addWorkingDays } from '../../core/clocks/calendar.js';
import { isMemberState } from '../../core/clocks/member-states.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Actor, NewEvent } from '../../core/events.js';
import type { Db } from '../../store/database.js';
import { appendEvents, isoMs } from '../../store/ledger.js';
import { authorityOrder } from '../../store/schema/index.js';
import { feedCase } from '../cases/open-case.js';
import { resolveLocation } from '../notices/locations.js';

export interface OrderInput {
  kind: 'act' | 'information';
  gpsr?: boolean;
  authority: string;
  member_state: string;
  legal_basis: string;
  territorial_scope: string[];
  category?: string;
  explanation?: string;
  locations: { url?: string; item?: { kind: string; id: string } }[];
}

export async function receiveOrder(db: Db, clock: Clock, actor: Actor, input: OrderInput, idempotencyKey?: string) {
  if (idempotencyKey) {
    const [prior] = await db.select().from(authorityOrder).where(eq(authorityOrder.idempotencyKey, idempotencyKey));
    if (prior) return { order: present(prior), created: false };
  }
  if (!isMemberState(input.member_state)) throw new DomainError('invalid_body', 'unknown member state', [{ path: 'member_state', problem: 'must be an EU/EEA country code' }]);
  const now = clock.now();
  // GPSR Art. 22(4): act within 2 working days of receipt; Art. 9 orders carry the authority's own period in `explanation`.
  const dueAt = input.kind === 'act' && input.gpsr ? addWorkingDays(now, 2, input.member_state) : null;
  const id = randomUUID();
  const order = await db.transaction(async (tx) => {
    const [row] = await tx.insert(authorityOrder).values({
      id, idempotencyKey: idempotencyKey ?? null, kind: input.kind, gpsr: input.gpsr ?? false, authority: input.authority, memberState: input.member_state,
      legalBasis: input.legal_basis, territorialScope: input.territorial_scope, category: input.category ?? null, explanation: input.explanation ?? null,
      receivedAt: now, dueAt,
    }).returning();
    const events: NewEvent[] = [{
      type: 'authority_order.received', subject: { type: 'authority_order', id }, actor,
      payload: { order_id: id, kind: input.kind, member_state: input.member_state, category: input.category ?? null, item_count: input.locations.length, received_at: isoMs(now) },
    }];
    if (input.kind === 'act') {
      const seen = new Set<string>();
      for (const loc of input.locations) {
        const s = await resolveLocation(tx, loc);
        if (seen.has(`${s.kind}:${s.id}`)) continue;
        seen.add(`${s.kind}:${s.id}`);
        // An order is knowledge of the illegality from receipt (Art. 9(1)).
        const fed = await feedCase(tx, clock, actor, { subject: { kind: s.kind, id: s.id }, lane: 'authority', category: input.category ?? null, language: null, link: { kind: 'order', refId: id }, knowledgeAt: now, dueAt });
        events.push(...fed.events);
      }
    }
    await appendEvents(tx, clock, events);
    return row!;
  });
  return { order: present(order), created: true };
}

/** Tells the authority the order was received (Art. 9(1)): recorded once, with its time. */
export async function acknowledgeOrder(db: Db, clock: Clock, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const now = clock.now();
    const r = await tx.update(authorityOrder).set({ acknowledgedAt: now }).where(and(eq(authorityOrder.id, id), isNull(authorityOrder.acknowledgedAt))).returning();
    if (r.length === 0) {
      const [o] = await tx.select().from(authorityOrder).where(eq(authorityOrder.id, id));
      if (!o) throw new DomainError('not_found', `order ${id} not found`);
      return present(o);
    }
    await appendEvents(tx, clock, [{ type: 'authority_order.acknowledged', subject: { type: 'authority_order', id }, actor, payload: { order_id: id, acknowledged_at: isoMs(now) } }]);
    return present(r[0]!);
  });
}

/** Records that effect was given to the order (Art. 9(1)), once, e.g. when the marketplace confirmed the removal. */
export async function recordOrderEffect(tx: Db, clock: Clock, actor: Actor, id: string, at: Date): Promise<void> {
  const r = await tx.update(authorityOrder).set({ effectGivenAt: at }).where(and(eq(authorityOrder.id, id), isNull(authorityOrder.effectGivenAt))).returning({ id: authorityOrder.id });
  if (r.length > 0) await appendEvents(tx, clock, [{ type: 'authority_order.effect_given', subject: { type: 'authority_order', id }, actor, payload: { order_id: id, effect_at: isoMs(at) } }]);
}

export const present = (o: typeof authorityOrder.$inferSelect) => ({
  id: o.id, kind: o.kind, gpsr: o.gpsr, authority: o.authority, member_state: o.memberState, legal_basis: o.legalBasis, territorial_scope: o.territorialScope,
  category: o.category, explanation: o.explanation, received_at: isoMs(o.receivedAt), due_at: o.dueAt ? isoMs(o.dueAt) : null,
  acknowledged_at: o.acknowledgedAt ? isoMs(o.acknowledgedAt) : null, effect_given_at: o.effectGivenAt ? isoMs(o.effectGivenAt) : null,
});
