/**
 * Pure evaluation of one actor's standing under the penalty policy (Art. 23(1), RO-1, RO-2).
 *
 * Idempotent by construction: every measure records the strike sequence number that triggered it,
 * and a measure is planned only for a strike newer than the last one of its kind, so evaluating
 * the same strikes twice plans nothing the second time. A suspension or termination needs a
 * warning given for an earlier strike (RO-2), except for severities the policy declares gravest.
 */
import { DAY_MS, step, type Measure, type PenaltyPolicy, type Severity } from './policy.js';

export interface StrikeView {
  seq: number;
  points: number;
  severity: Severity;
  recordedAt: Date;
  expiresAt: Date;
  withdrawn: boolean;
}

export interface MeasureView {
  id: string;
  measure: Measure;
  triggerSeq: number;
  at: Date;
  until: Date | null;
  /** active: in force (or served); lifted: ended early because its strikes were withdrawn. */
  status: 'active' | 'lifted';
}

export interface PlannedMeasure {
  measure: Measure;
  clause: string;
  triggerSeq: number;
  points: number;
  until: Date | null;
  /** Why the ladder was skipped, when it was (gravest cases). */
  immediate: boolean;
}

export interface Evaluation {
  points: number;
  activeStrikes: number;
  level: Measure | null;
  plan: PlannedMeasure[];
  /** Measures whose strikes were withdrawn so that they no longer stand (lifted, with a webhook). */
  lift: string[];
  state: 'good' | 'warned' | 'suspended' | 'terminated';
  suspendedUntil: Date | null;
}

const isActive = (s: StrikeView, now: Date) => !s.withdrawn && s.expiresAt > now;

function pointsAt(strikes: StrikeView[], uptoSeq: number, at: Date): { points: number; severities: Set<Severity> } {
  let points = 0;
  const severities = new Set<Severity>();
  for (const s of strikes) {
    if (s.seq > uptoSeq || s.withdrawn || s.expiresAt <= at) continue;
    points += s.points;
    severities.add(s.severity);
  }
  return { points, severities };
}

function required(p: PenaltyPolicy, points: number, severities: Set<Severity>): { level: Measure | null; immediate: boolean } {
  for (const sev of severities) if (p.severities[sev].immediate_termination) return { level: 'termination', immediate: true };
  let level: Measure | null = null;
  let best = -1;
  for (const s of p.ladder) if (points >= s.at_points && s.at_points > best) { level = s.measure; best = s.at_points; }
  return { level, immediate: false };
}

export function evaluateStanding(p: PenaltyPolicy, strikes: StrikeView[], measures: MeasureView[], now: Date): Evaluation {
  const active = strikes.filter((s) => isActive(s, now));
  const latestSeq = active.reduce((m, s) => Math.max(m, s.seq), 0);
  const cur = pointsAt(strikes, Number.MAX_SAFE_INTEGER, now);
  const req = required(p, cur.points, cur.severities);

  // Lift what withdrawn strikes alone caused: re-count the strikes the measure relied on without them.
  const lift: string[] = [];
  for (const m of measures) {
    if (m.status !== 'active') continue;
    if (m.measure === 'suspension' && m.until && m.until <= now) continue; // served
    const then = pointsAt(strikes, m.triggerSeq, m.at);
    const r = required(p, then.points, then.severities);
    const rank = (x: Measure | null) => (x === null ? 0 : x === 'warning' ? 1 : x === 'suspension' ? 2 : 3);
    if (rank(r.level) < rank(m.measure)) lift.push(m.id);
  }
  const standing = measures.filter((m) => m.status === 'active' && !lift.includes(m.id));
  const last = (k: Measure) => standing.filter((m) => m.measure === k).sort((a, b) => b.triggerSeq - a.triggerSeq)[0];
  const terminated = last('termination');
  const susp = last('suspension');
  const warning = last('warning');
  const validWarning = warning && warning.at.getTime() + p.warning_valid_days * DAY_MS > now.getTime() ? warning : undefined;
  const suspendedNow = susp && susp.until && susp.until > now ? susp : undefined;

  const plan: PlannedMeasure[] = [];
  const add = (measure: Measure, immediate = false) => {
    const s = step(p, measure);
    const clause = immediate ? p.severities.grave.clause : s?.clause ?? '';
    const until = measure === 'suspension' && s?.days ? new Date(now.getTime() + s.days * DAY_MS) : null;
    plan.push({ measure, clause, triggerSeq: latestSeq, points: cur.points, until, immediate });
  };
  if (!terminated && req.level && latestSeq > 0) {
    // A measure is owed only for a strike newer than the last measure of that kind (idempotency).
    const newerThan = (m?: MeasureView) => !m || m.triggerSeq < latestSeq;
    if (req.level === 'termination' && req.immediate) {
      add('termination', true);
    } else if (!validWarning) {
      add('warning'); // RO-2: the warning comes first, whatever the points
    } else if (validWarning.triggerSeq < latestSeq) {
      if (req.level === 'termination') add('termination');
      else if (req.level === 'suspension' && !suspendedNow && newerThan(susp)) add('suspension');
    }
  }
  const planned = (k: Measure) => plan.find((x) => x.measure === k);
  const isTerminated = !!terminated || !!planned('termination');
  const until = planned('suspension')?.until ?? suspendedNow?.until ?? null;
  const state = isTerminated ? 'terminated' : until ? 'suspended' : validWarning || planned('warning') ? 'warned' : 'good';
  return { points: cur.points, activeStrikes: active.length, level: req.level, plan, lift, state, suspendedUntil: isTerminated ? null : until };
}
