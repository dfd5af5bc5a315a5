/**
 * Reconciliation against the marketplace's live state (RO-4; the AliExpress finding that penalty
 * records did not take effect). Four gaps are found and fixed, each alerted and ledgered:
 *  - unenforced: a standing, qualifying decision without its strike (a crash between the decision
 *    and its penalty, a decision written around the service), or an actor whose strikes call for a
 *    measure that was not taken → the penalty is applied now;
 *  - unconfirmed: a suspension, termination or lift the marketplace has not confirmed in time → re-sent;
 *  - still visible: a confirmed suspension or termination while the marketplace reports the actor's
 *    listings (or affiliate links) visible, or the trader active, after the confirmation → the
 *    confirmation is voided and the measure re-sent (counted as unconfirmed).
 */
import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { DAY_MS, type PenaltyPolicy } from '../../core/enforcement/policy.js';
import type { Actor, NewEvent } from '../../core/events.js';
import { LOCK_IDS, type Db } from '../../store/database.js';
import { appendEvents } from '../../store/ledger.js';
import { enforcementAction } from '../../store/schema/index.js';
import { enqueue } from '../outbox/outbox.js';
import { applyDecisionPenalties } from './apply.js';
import { evaluateActor, measurePayload, webhookTopic, type ActorRef } from './evaluate-actor.js';
import type { MeasureStatementSettings } from './measure-statement.js';
import { policyInForce } from './terms.js';

export interface ReconcileReport {
  checked: number;
  unenforced: number;
  unconfirmed: number;
  fixed: number;
}

export interface ReconcileDetail extends ReconcileReport {
  still_visible: number;
  alerts: { kind: 'unenforced' | 'unconfirmed' | 'still_visible'; actor: string; action_id: string | null; decision_id?: string }[];
}

const rows = async <T>(db: Db, q: ReturnType<typeof sql>) => ((await db.execute(q)) as unknown as { rows: T[] }).rows;

/** Decisions that stand and qualify but have no strike (and name someone who can get one). */
async function decisionsWithoutStrikes(db: Db, p: PenaltyPolicy, now: Date, limit: number): Promise<string[]> {
  // A decision older than the longest strike window could no longer count: it is not looked at.
  // A decision modified on complaint keeps its strikes (only a reversal withdraws them), so it counts.
  const since = new Date(now.getTime() - Math.max(...Object.values(p.severities).map((s) => s.expiry_days)) * DAY_MS);
  const re = `(^|\\+)(${p.qualifying_actions.map((a) => a.replace(/[^a-z_]/g, '')).join('|')})(\\+|$)`;
  const r = await rows<{ id: string }>(db, sql`
    SELECT d.id FROM decision d
    WHERE d.status IN ('effective', 'pending_effect', 'modified') AND d.reversed_at IS NULL AND d.applies_from > ${since.toISOString()}::timestamptz AND d.action ~ ${re}
      AND NOT EXISTS (SELECT 1 FROM strike s WHERE s.decision_id = d.id)
      AND (d.trader_id IS NOT NULL OR EXISTS (SELECT 1 FROM item i WHERE i.kind = d.subject_kind AND i.external_id = d.subject_id AND (i.trader_id IS NOT NULL OR i.parent_id IS NOT NULL)))
    ORDER BY d.decided_at LIMIT ${limit}`);
  return r.map((x) => x.id);
}

/** Actors whose newest active strike is newer than their newest standing measure while over the lowest threshold. */
async function actorsToEvaluate(db: Db, p: PenaltyPolicy, now: Date, limit: number): Promise<ActorRef[]> {
  const lowest = Math.min(...p.ladder.map((s) => s.at_points));
  const immediate = Object.entries(p.severities).filter(([, s]) => s.immediate_termination).map(([k]) => k);
  const r = await rows<{ actor_type: ActorRef['type']; actor_id: string }>(db, sql`
    WITH pts AS (
      SELECT actor_type, actor_id, sum(points) AS points, max(seq) AS last, bool_or(${immediate.length ? sql`severity IN (${sql.join(immediate.map((x) => sql`${x}`), sql`, `)})` : sql`false`}) AS grave
      FROM strike WHERE withdrawn_at IS NULL AND expires_at > ${now.toISOString()}::timestamptz GROUP BY actor_type, actor_id
    )
    , m AS (
      SELECT actor_type, actor_id, max(trigger_seq) AS last, bool_or(measure = 'termination') AS terminated
      FROM enforcement_action WHERE status = 'active' GROUP BY actor_type, actor_id
    )
    SELECT pts.actor_type, pts.actor_id FROM pts LEFT JOIN m ON m.actor_type = pts.actor_type AND m.actor_id = pts.actor_id
    WHERE (pts.points >= ${lowest} OR pts.grave) AND pts.last > COALESCE(m.last, 0) AND NOT COALESCE(m.terminated, false)
    LIMIT ${limit}`);
  return r.map((x) => ({ type: x.actor_type, id: x.actor_id }));
}

/** Measures in force (or lifts) whose effect the marketplace has not confirmed by their due time. */
async function overdue(db: Db, now: Date, limit: number) {
  return rows<{ id: string; lift: boolean }>(db, sql`
    SELECT id, false AS lift FROM enforcement_action
    WHERE status = 'active' AND effect_required AND effect_confirmed_at IS NULL AND effect_due_at < ${now.toISOString()}::timestamptz
      AND (until IS NULL OR until > ${now.toISOString()}::timestamptz)
    UNION ALL
    SELECT id, true AS lift FROM enforcement_action
    WHERE status = 'lifted' AND effect_required AND lift_confirmed_at IS NULL AND effect_due_at < ${now.toISOString()}::timestamptz
    LIMIT ${limit}`);
}

/** Confirmed measures contradicted by what the marketplace reported afterwards. */
async function stillVisible(db: Db, now: Date, limit: number) {
  return rows<{ id: string }>(db, sql`
    SELECT a.id FROM enforcement_action a
    WHERE a.status = 'active' AND a.effect_required AND a.effect_confirmed_at IS NOT NULL AND (a.until IS NULL OR a.until > ${now.toISOString()}::timestamptz)
      AND (
        (a.actor_type = 'trader' AND (
          EXISTS (SELECT 1 FROM listing l WHERE l.trader_id = a.actor_id AND l.visibility = 'visible' AND l.updated_at > a.effect_confirmed_at)
          OR EXISTS (SELECT 1 FROM trader t WHERE t.id = a.actor_id AND t.status = 'active' AND t.updated_at > a.effect_confirmed_at)))
        OR (a.actor_type = 'affiliate' AND EXISTS (SELECT 1 FROM item i WHERE i.kind = 'affiliate_link' AND i.trader_id = a.actor_id AND i.visibility = 'visible' AND i.updated_at > a.effect_confirmed_at))
      )
    LIMIT ${limit}`);
}

async function resend(db: Db, clock: Clock, actor: Actor, id: string, lift: boolean, kind: 'unconfirmed' | 'still_visible', timeoutMinutes: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${LOCK_IDS.ledger})`); // lock order: ledger, then the measure
    const [a] = await tx.select().from(enforcementAction).where(eq(enforcementAction.id, id)).for('update');
    if (!a) return false;
    const now = clock.now();
    // The next check waits a full timeout again before re-sending; a contradicted confirmation no longer counts.
    await tx.update(enforcementAction).set({
      effectDueAt: new Date(now.getTime() + timeoutMinutes * 60_000), resentCount: a.resentCount + 1,
      ...(kind === 'still_visible' ? { effectConfirmedAt: null } : {}),
    }).where(eq(enforcementAction.id, id));
    await enqueue(tx, clock, { topic: webhookTopic(a.measure, lift), subject: { type: a.actorType, id: a.actorId }, payload: measurePayload(a, lift, true) });
    const ev: NewEvent = { type: 'enforcement.drift_found', subject: { type: a.actorType, id: a.actorId }, actor, payload: { action_id: a.id, actor_type: a.actorType, actor_id: a.actorId, kind, resent: true } };
    await appendEvents(tx, clock, [ev]);
    return true;
  });
}

export async function reconcile(db: Db, clock: Clock, actor: Actor, timeoutMinutes: number, limit = 10_000, statement?: MeasureStatementSettings): Promise<ReconcileDetail> {
  const now = clock.now();
  const policy = await policyInForce(db);
  const out: ReconcileDetail = { checked: 0, unenforced: 0, unconfirmed: 0, fixed: 0, still_visible: 0, alerts: [] };
  // Suspensions end by themselves (RO-2: a defined period): the standing projection follows.
  await db.execute(sql`UPDATE enforcement_standing SET state = CASE WHEN warned_at IS NOT NULL THEN 'warned' ELSE 'good' END, suspended_until = NULL
    WHERE state = 'suspended' AND suspended_until <= ${now.toISOString()}::timestamptz`);
  const [{ n }] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM enforcement_standing`);
  out.checked = Number(n);

  for (const id of await decisionsWithoutStrikes(db, policy, now, limit)) {
    out.unenforced += 1;
    const r = await db.transaction(async (tx) => {
      const res = await applyDecisionPenalties(tx, clock, actor, id, timeoutMinutes, policy, statement);
      for (const a of res.actors) {
        await appendEvents(tx, clock, [{ type: 'enforcement.drift_found', subject: { type: a.type, id: a.id }, actor, payload: { action_id: null, actor_type: a.type, actor_id: a.id, kind: 'unenforced', resent: false } }]);
      }
      return res;
    });
    if (r.strikes > 0) out.fixed += 1;
    out.alerts.push({ kind: 'unenforced', actor: r.actors.map((a) => `${a.type}:${a.id}`).join(','), action_id: null, decision_id: id });
  }
  for (const a of await actorsToEvaluate(db, policy, now, limit)) {
    const ev = await db.transaction(async (tx) => {
      const e = await evaluateActor(tx, clock, actor, a, policy, timeoutMinutes, { statement });
      if (e.plan.length) await appendEvents(tx, clock, [{ type: 'enforcement.drift_found', subject: { type: a.type, id: a.id }, actor, payload: { action_id: null, actor_type: a.type, actor_id: a.id, kind: 'unenforced', resent: false } }]);
      return e;
    });
    if (ev.plan.length) {
      out.unenforced += 1;
      out.fixed += 1;
      out.alerts.push({ kind: 'unenforced', actor: `${a.type}:${a.id}`, action_id: null });
    }
  }
  for (const r of await overdue(db, now, limit)) {
    out.unconfirmed += 1;
    if (await resend(db, clock, actor, r.id, r.lift, 'unconfirmed', timeoutMinutes)) out.fixed += 1;
    out.alerts.push({ kind: 'unconfirmed', actor: '', action_id: r.id });
  }
  for (const r of await stillVisible(db, now, limit)) {
    out.unconfirmed += 1;
    out.still_visible += 1;
    if (await resend(db, clock, actor, r.id, false, 'still_visible', timeoutMinutes)) out.fixed += 1;
    out.alerts.push({ kind: 'still_visible', actor: '', action_id: r.id });
  }
  return out;
}

export const reportOf = (d: ReconcileDetail): ReconcileReport => ({ checked: d.checked, unenforced: d.unenforced, unconfirmed: d.unconfirmed, fixed: d.fixed });
