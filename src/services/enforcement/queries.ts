/** Read models for the API and console: an actor's standing, strikes, measures and timeline; the policy in force with its clauses. */
import { and, asc, eq } from 'drizzle-orm';
import { checkPolicyAgainstTerms } from '../../core/enforcement/check-terms.js';
import type { PenaltyPolicy } from '../../core/enforcement/policy.js';
import type { TermsDocument } from '../../core/terms/terms.js';
import type { Db } from '../../store/database.js';
import { isoMs } from '../../store/ledger.js';
import { enforcementAction, enforcementStanding, strike } from '../../store/schema/index.js';
import { policyInForce, REASON_CODES_IN_USE, termsInForce } from './terms.js';

const iso = (d: Date | null) => (d ? isoMs(d) : null);

export async function actorEnforcement(db: Db, type: string, id: string) {
  const [s] = await db.select().from(enforcementStanding).where(and(eq(enforcementStanding.actorType, type), eq(enforcementStanding.actorId, id)));
  const strikes = await db.select().from(strike).where(and(eq(strike.actorType, type), eq(strike.actorId, id))).orderBy(asc(strike.seq));
  const measures = await db.select().from(enforcementAction).where(and(eq(enforcementAction.actorType, type), eq(enforcementAction.actorId, id))).orderBy(asc(enforcementAction.takenAt), asc(enforcementAction.triggerSeq));
  return {
    actor_type: type, actor_id: id,
    standing: {
      state: s?.state ?? 'good', points: s?.points ?? 0, warned_at: iso(s?.warnedAt ?? null), suspended_until: iso(s?.suspendedUntil ?? null),
      terminated_at: iso(s?.terminatedAt ?? null), policy_version: s?.policyVersion ?? null, evaluated_at: iso(s?.evaluatedAt ?? null),
    },
    strikes: strikes.map((x) => ({
      id: x.id, seq: x.seq, decision_id: x.decisionId, category: x.category, severity: x.severity, points: x.points, clause_id: x.clauseId,
      recorded_at: isoMs(x.recordedAt), expires_at: isoMs(x.expiresAt), withdrawn_at: iso(x.withdrawnAt), intent: x.intent,
    })),
    measures: measures.map((m) => ({
      id: m.id, measure: m.measure, status: m.status, clause_id: m.clauseId, points: m.points, trigger_seq: m.triggerSeq, immediate: m.immediate,
      taken_at: isoMs(m.takenAt), until: iso(m.until), effect_required: m.effectRequired, effect_confirmed_at: iso(m.effectConfirmedAt),
      resent_count: m.resentCount, lifted_at: iso(m.liftedAt), lift_confirmed_at: iso(m.liftConfirmedAt), factors: m.factors as Record<string, unknown>,
    })),
  };
}

export interface TimelineEntry {
  at: string;
  kind: 'strike' | 'strike_withdrawn' | 'warning' | 'suspension' | 'termination' | 'effect_confirmed' | 'lifted' | 'lift_confirmed' | 'resent';
  ref: string;
  detail: Record<string, unknown>;
}

/** Strikes, warnings, suspensions, terminations, lifts and confirmed effects, oldest first. */
export async function actorTimeline(db: Db, type: string, id: string): Promise<TimelineEntry[]> {
  const e = await actorEnforcement(db, type, id);
  const out: TimelineEntry[] = [];
  for (const s of e.strikes) {
    out.push({ at: s.recorded_at, kind: 'strike', ref: s.decision_id, detail: { points: s.points, severity: s.severity, category: s.category, clause_id: s.clause_id, expires_at: s.expires_at } });
    if (s.withdrawn_at) out.push({ at: s.withdrawn_at, kind: 'strike_withdrawn', ref: s.decision_id, detail: { points: s.points } });
  }
  for (const m of e.measures) {
    out.push({ at: m.taken_at, kind: m.measure as TimelineEntry['kind'], ref: m.id, detail: { points: m.points, clause_id: m.clause_id, until: m.until, immediate: m.immediate } });
    if (m.effect_confirmed_at) out.push({ at: m.effect_confirmed_at, kind: 'effect_confirmed', ref: m.id, detail: { measure: m.measure } });
    if (m.lifted_at) out.push({ at: m.lifted_at, kind: 'lifted', ref: m.id, detail: { measure: m.measure } });
    if (m.lift_confirmed_at) out.push({ at: m.lift_confirmed_at, kind: 'lift_confirmed', ref: m.id, detail: { measure: m.measure } });
  }
  const order: Record<TimelineEntry['kind'], number> = { strike: 0, strike_withdrawn: 1, warning: 2, suspension: 2, termination: 2, resent: 3, effect_confirmed: 4, lifted: 5, lift_confirmed: 6 };
  return out.sort((a, b) => a.at.localeCompare(b.at) || order[a.kind] - order[b.kind]);
}

export interface PolicyView {
  policy: PenaltyPolicy;
  terms: TermsDocument | null;
  thresholds: { kind: string; label: string; value: string; clause_id: string; clause_title: string | null; clause_text: string | null }[];
  mismatches: { path: string; problem: string }[];
}

/** The policy in force, each threshold beside the published clause that states it (TC-1). */
export async function policyView(db: Db, now: Date): Promise<PolicyView> {
  const policy = await policyInForce(db);
  const terms = await termsInForce(db, now);
  const clause = (id: string) => terms?.clauses.find((c) => c.clause_id === id) ?? null;
  const row = (kind: string, label: string, value: string, clauseId: string) => {
    const c = clause(clauseId);
    return { kind, label, value, clause_id: clauseId, clause_title: c?.title ?? null, clause_text: c?.text ?? null };
  };
  const thresholds = [
    ...Object.entries(policy.severities).map(([k, s]) => row('strike', k, `${s.points} points for ${s.expiry_days} days${s.immediate_termination ? ', immediate termination' : ''}`, s.clause)),
    ...policy.ladder.map((s) => row(s.measure, s.measure, `at ${s.at_points} points${s.days ? `, for ${s.days} days` : ''}${s.measure === 'warning' ? `, valid ${policy.warning_valid_days} days` : ''}`, s.clause)),
    row('affiliate', 'affiliate', policy.affiliate.penalised ? 'the affiliate receives the seller\'s strike' : 'not penalised', policy.affiliate.clause),
    ...Object.entries(policy.categories).map(([cat, r]) => row('category', cat, r.severity, r.clause)),
  ];
  const mismatches = terms ? checkPolicyAgainstTerms(policy, terms, REASON_CODES_IN_USE, now) : [{ path: 'terms', problem: 'no terms are published' }];
  return { policy, terms, thresholds, mismatches };
}
