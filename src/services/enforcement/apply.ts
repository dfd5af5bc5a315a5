/**
 * The penalty follows the decision in the same transaction (Art. 23(1), RO-1, RO-4): a qualifying
 * decision records a strike for the trader — and, when the item is an affiliate link, for the
 * affiliate who published it too (DET-4) — and the policy is applied at once. A strike is unique
 * per (decision, actor), so a retried or re-run call never counts twice.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { DAY_MS, qualifies, strikeFor, type PenaltyPolicy } from '../../core/enforcement/policy.js';
import type { Actor, NewEvent } from '../../core/events.js';
import type { Db } from '../../store/database.js';
import { isoMs } from '../../store/ledger.js';
import { decision, item, listing, strike } from '../../store/schema/index.js';
import { evaluateActor, lockStanding, type ActorRef } from './evaluate-actor.js';
import type { MeasureStatementSettings } from './measure-statement.js';
import { policyInForce } from './terms.js';

type DecisionRow = typeof decision.$inferSelect;

/** Who answers for a decided item: the seller, and for an affiliate link also the affiliate. */
export async function actorsOf(tx: Db, d: Pick<DecisionRow, 'subjectKind' | 'subjectId' | 'traderId'>, policy: PenaltyPolicy): Promise<ActorRef[]> {
  const out: ActorRef[] = [];
  if (d.traderId) out.push({ type: 'trader', id: d.traderId });
  if (d.subjectKind !== 'listing') {
    const [it] = await tx.select().from(item).where(and(eq(item.kind, d.subjectKind), eq(item.externalId, d.subjectId)));
    if (it?.kind === 'affiliate_link') {
      if (it.traderId && policy.affiliate.penalised) out.push({ type: 'affiliate', id: it.traderId });
      if (it.parentKind === 'listing' && it.parentId) {
        const [l] = await tx.select({ t: listing.traderId }).from(listing).where(eq(listing.id, it.parentId));
        if (l) out.push({ type: 'trader', id: l.t });
      } else if (it.parentKind && it.parentId) {
        const [p] = await tx.select({ t: item.traderId }).from(item).where(and(eq(item.kind, it.parentKind), eq(item.externalId, it.parentId)));
        if (p?.t) out.push({ type: 'trader', id: p.t });
      }
    } else if (it?.traderId) {
      out.push({ type: 'trader', id: it.traderId });
    }
  }
  const seen = new Set<string>();
  return out.filter((a) => !seen.has(`${a.type}:${a.id}`) && !!seen.add(`${a.type}:${a.id}`));
}

interface Facts {
  input?: { threat_to_life_or_safety?: boolean; deceptive_high_volume?: boolean };
}

export interface PenaltyResult {
  strikes: number;
  measures: number;
  actors: ActorRef[];
}

/**
 * Records the strikes of one standing decision and applies the policy to each actor. Call it inside
 * the transaction that makes the decision stand (take, approve) or from reconciliation.
 */
export async function applyDecisionPenalties(tx: Db, clock: Clock, actor: Actor, decisionId: string, effectTimeoutMinutes: number, policyArg?: PenaltyPolicy, statementSettings?: MeasureStatementSettings): Promise<PenaltyResult> {
  const [d] = await tx.select().from(decision).where(eq(decision.id, decisionId));
  if (!d || d.status === 'pending_approval' || d.reversedAt) return { strikes: 0, measures: 0, actors: [] };
  const policy = policyArg ?? await policyInForce(tx);
  if (!qualifies(policy, d.action.split('+'))) return { strikes: 0, measures: 0, actors: [] };
  const facts = d.facts as Facts;
  const s = strikeFor(policy, d.category, !!facts.input?.threat_to_life_or_safety);
  const now = clock.now();
  const actors = await actorsOf(tx, d, policy);
  let strikes = 0;
  let measures = 0;
  for (const a of actors) {
    const standing = await lockStanding(tx, clock, a, policy.version);
    const [{ next }] = await tx.select({ next: sql<number>`coalesce(max(${strike.seq}), 0) + 1` }).from(strike).where(and(eq(strike.actorType, a.type), eq(strike.actorId, a.id)));
    const seq = Math.max(Number(next), standing.lastSeq + 1);
    const id = randomUUID();
    const expiresAt = new Date(now.getTime() + s.expiryDays * DAY_MS);
    const inserted = await tx.insert(strike).values({
      id, actorType: a.type, actorId: a.id, seq, decisionId: d.id, category: d.category, severity: s.severity, points: s.points,
      clauseId: s.clause, policyVersion: policy.version, recordedAt: now, expiresAt,
      intent: facts.input?.deceptive_high_volume ? 'deceptive high-volume commercial content (Art. 17(2))' : null,
    }).onConflictDoNothing().returning({ id: strike.id });
    const events: NewEvent[] = [];
    if (inserted.length) {
      strikes += 1;
      events.push({ type: 'strike.recorded', subject: { type: a.type, id: a.id }, actor, payload: {
        actor_type: a.type, actor_id: a.id, decision_id: d.id, points: s.points, severity: s.severity, strike_id: id, seq, clause_id: s.clause, expires_at: isoMs(expiresAt),
      } });
    }
    const r = await evaluateActor(tx, clock, actor, a, policy, effectTimeoutMinutes, { locked: true, events, statement: statementSettings });
    measures += r.plan.length;
  }
  return { strikes, measures, actors };
}
