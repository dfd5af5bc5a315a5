/**
 * Applies the penalty policy to one actor inside the caller's transaction (Art. 23(1), RO-1, RO-2):
 * loads the actor's strikes and measures under a row lock on their standing, runs the pure
 * evaluation, writes planned measures (unique per trigger strike, so a retry adds nothing), lifts
 * measures whose strikes were withdrawn, and queues the webhooks the marketplace must act on.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { evaluateStanding, type Evaluation, type MeasureView, type StrikeView } from '../../core/enforcement/evaluate.js';
import { measureText, type MeasureFacts } from '../../core/enforcement/notice-text.js';
import { DAY_MS, type PenaltyPolicy, type Severity } from '../../core/enforcement/policy.js';
import type { Actor, NewEvent } from '../../core/events.js';
import { LOCK_IDS, type Db } from '../../store/database.js';
import { appendEvents, isoMs } from '../../store/ledger.js';
import { enforcementAction, enforcementStanding, item, listing, measureStatement, strike } from '../../store/schema/index.js';
import { enqueue } from '../outbox/outbox.js';
import { writeMeasureStatement, type MeasureStatementSettings } from './measure-statement.js';

export interface ActorRef {
  type: 'trader' | 'affiliate';
  id: string;
}

/**
 * Creates the standing row if missing and locks it: one evaluation per actor at a time. The ledger's
 * lock is taken first, as every decision transaction takes it before reaching the penalty, so the
 * two locks are always taken in the same order (no deadlock between a decision and reconciliation).
 */
export async function lockStanding(tx: Db, clock: Clock, a: ActorRef, policyVersion: string) {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${LOCK_IDS.ledger})`);
  await tx.insert(enforcementStanding).values({ actorType: a.type, actorId: a.id, lastSeq: 0, points: 0, state: 'good', policyVersion, evaluatedAt: clock.now() }).onConflictDoNothing();
  const [row] = await tx.select().from(enforcementStanding).where(and(eq(enforcementStanding.actorType, a.type), eq(enforcementStanding.actorId, a.id))).for('update');
  return row!;
}

export const webhookTopic = (m: string, lift = false) => (lift ? 'enforcement.lifted' : `enforcement.${m}`);

/** The webhook payload for a measure (or its lift); the receiver confirms through `confirm_url` and de-duplicates on `action_id`. */
export function measurePayload(a: typeof enforcementAction.$inferSelect, lift: boolean, resent = false) {
  const decisionIds = ((a.factors as { decision_ids?: string[] }).decision_ids ?? []);
  return {
    // RO-2: the reasons and the redress, for the marketplace to deliver to the actor.
    message: measureText({ measure: a.measure as MeasureFacts['measure'], lifted: lift, points: a.points, clauseId: a.clauseId, until: a.until ? isoMs(a.until) : null, immediate: a.immediate, decisionIds }),
    decision_ids: decisionIds,
    action_id: a.id, actor_type: a.actorType, actor_id: a.actorId, measure: a.measure, lifted: lift,
    until: a.until ? isoMs(a.until) : null, clause_id: a.clauseId, points: a.points,
    // Suspended or terminated: the actor's listings (or affiliate links) must stop being visible (RO-4).
    hide_listings: !lift && a.measure !== 'warning', confirm_effect: a.effectRequired,
    confirm_url: `/api/v1/enforcement/actions/${a.id}/effects`, ...(resent ? { resent: true } : {}),
  };
}

async function activity(tx: Db, a: ActorRef): Promise<number> {
  if (a.type === 'trader') {
    const [r] = await tx.select({ n: count() }).from(listing).where(eq(listing.traderId, a.id));
    return r?.n ?? 0;
  }
  const [r] = await tx.select({ n: count() }).from(item).where(and(eq(item.kind, 'affiliate_link'), eq(item.traderId, a.id)));
  return r?.n ?? 0;
}

export interface EvaluateOptions {
  /** The caller already holds the standing row lock (lockStanding). */
  locked?: boolean;
  /** Ledger events of the caller (the strike) appended together with the measures' in one chain write. */
  events?: NewEvent[];
  /** Settings for the statements of reasons of suspensions and terminations (defaults: the configuration's). */
  statement?: MeasureStatementSettings;
}

export async function evaluateActor(tx: Db, clock: Clock, actor: Actor, a: ActorRef, policy: PenaltyPolicy, effectTimeoutMinutes: number, opts: EvaluateOptions = {}): Promise<Evaluation> {
  const now = clock.now();
  if (!opts.locked) await lockStanding(tx, clock, a, policy.version);
  const strikes = await tx.select().from(strike).where(and(eq(strike.actorType, a.type), eq(strike.actorId, a.id))).orderBy(asc(strike.seq));
  const measures = await tx.select().from(enforcementAction).where(and(eq(enforcementAction.actorType, a.type), eq(enforcementAction.actorId, a.id)));
  const sv: StrikeView[] = strikes.map((s) => ({ seq: s.seq, points: s.points, severity: s.severity as Severity, recordedAt: s.recordedAt, expiresAt: s.expiresAt, withdrawn: !!s.withdrawnAt }));
  const mv: MeasureView[] = measures.map((m) => ({ id: m.id, measure: m.measure as MeasureView['measure'], triggerSeq: m.triggerSeq, at: m.takenAt, until: m.until, status: m.status === 'lifted' ? 'lifted' : 'active' }));
  const ev = evaluateStanding(policy, sv, mv, now);
  const events: NewEvent[] = [...(opts.events ?? [])];
  let warnedAt: Date | null = null;
  for (const m of measures) if (m.measure === 'warning' && m.status === 'active' && (!warnedAt || m.takenAt > warnedAt)) warnedAt = m.takenAt;
  for (const id of ev.lift) {
    const [m] = await tx.update(enforcementAction).set({ status: 'lifted', liftedAt: now, liftReason: 'strikes_withdrawn' })
      .where(and(eq(enforcementAction.id, id), eq(enforcementAction.status, 'active'))).returning();
    if (!m) continue;
    if (m.measure === 'warning' && warnedAt?.getTime() === m.takenAt.getTime()) warnedAt = null;
    // Art. 17: the measure's statement of reasons no longer stands as issued (as a reversed decision's statement).
    if (m.measure !== 'warning') await tx.update(measureStatement).set({ redressStatus: 'reversed', redressAt: now }).where(eq(measureStatement.actionId, m.id));
    events.push({ type: 'enforcement.measure_lifted', subject: { type: a.type, id: a.id }, actor, payload: { action_id: m.id, actor_type: a.type, actor_id: a.id, measure: m.measure, reason: 'strikes_withdrawn' } });
    // A lifted warning needs nothing from the marketplace; a lifted suspension or termination must be undone there and confirmed.
    if (m.measure !== 'warning') await enqueue(tx, clock, { topic: webhookTopic(m.measure, true), subject: { type: a.type, id: a.id }, payload: measurePayload(m, true) });
  }
  if (ev.plan.length) {
    const active = sv.filter((s) => !s.withdrawn && s.expiresAt > now);
    const windowDays = Math.max(...Object.values(policy.severities).map((s) => s.expiry_days));
    const total = await activity(tx, a);
    const intents = strikes.filter((s) => !s.withdrawnAt && s.expiresAt > now && s.intent).map((s) => s.intent!);
    for (const p of ev.plan) {
      const effectRequired = p.measure !== 'warning';
      // Art. 23(3), RO-1: frequency, share of activity, gravity and intent are part of the record of every measure.
      const factors = {
        count_in_window: active.length, window_days: windowDays, total_items: total,
        decision_ids: strikes.filter((s) => !s.withdrawnAt && s.expiresAt > now).map((s) => s.decisionId),
        share_of_activity: total > 0 ? Number((active.length / total).toFixed(4)) : null,
        gravity: [...new Set(active.map((s) => s.severity))], points: p.points,
        intent: intents.length ? [...new Set(intents)] : 'not identified',
      };
      const [m] = await tx.insert(enforcementAction).values({
        id: randomUUID(), actorType: a.type, actorId: a.id, measure: p.measure, triggerSeq: p.triggerSeq, clauseId: p.clause, policyVersion: policy.version,
        points: p.points, immediate: p.immediate, factors, takenAt: now, until: p.until, status: 'active', effectRequired,
        effectDueAt: effectRequired ? new Date(now.getTime() + effectTimeoutMinutes * 60_000) : null,
      }).onConflictDoNothing().returning();
      if (!m) continue; // already taken for this strike: a retry or a re-run
      if (p.measure === 'warning') warnedAt = now;
      events.push({ type: 'enforcement.measure_taken', subject: { type: a.type, id: a.id }, actor, payload: {
        action_id: m.id, actor_type: a.type, actor_id: a.id, measure: p.measure, points: p.points, clause_id: p.clause, trigger_seq: p.triggerSeq,
        until: p.until ? isoMs(p.until) : null, immediate: p.immediate, policy_version: policy.version,
      } });
      if (p.measure !== 'warning') {
        // RO-7 counts suspensions (and terminations, the indefinite kind) by reason.
        events.push({ type: 'suspension.enacted', subject: { type: a.type, id: a.id }, actor, payload: { actor_type: a.type, actor_id: a.id, reason: 'manifestly_illegal_content', until: p.until ? isoMs(p.until) : null } });
      }
      // Art. 17(1)(c)/(d): the suspension's or termination's statement of reasons, in this transaction.
      const st = p.measure === 'warning' ? null : await writeMeasureStatement(tx, clock, m, strikes, opts.statement);
      const statementOfReasons = st ? { puid: st.statement.puid, language: st.trader.language, subject: st.trader.subject, text: st.trader.text, complaint_url: st.trader.complaintUrl } : undefined;
      await enqueue(tx, clock, { topic: webhookTopic(p.measure), subject: { type: a.type, id: a.id }, payload: { ...measurePayload(m, false), ...(statementOfReasons ? { statement_of_reasons: statementOfReasons } : {}) } });
    }
  }
  await tx.update(enforcementStanding).set({
    lastSeq: sv.reduce((m, s) => Math.max(m, s.seq), 0), points: ev.points, state: ev.state,
    warnedAt: warnedAt && warnedAt.getTime() + policy.warning_valid_days * DAY_MS > now.getTime() ? warnedAt : null,
    suspendedUntil: ev.suspendedUntil, terminatedAt: ev.state === 'terminated' ? (measures.find((m) => m.measure === 'termination' && m.status === 'active' && !ev.lift.includes(m.id))?.takenAt ?? now) : null,
    policyVersion: policy.version, evaluatedAt: now,
  }).where(and(eq(enforcementStanding.actorType, a.type), eq(enforcementStanding.actorId, a.id)));
  await appendEvents(tx, clock, events);
  return ev;
}
