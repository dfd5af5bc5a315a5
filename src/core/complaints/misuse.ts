/**
 * Misuse of notices and complaints (Art. 23(2)–(4), RO-1..RO-3). Pure: the published policy, its
 * clause text, and the assessment that weighs the four Art. 23(3) factors — the absolute number of
 * manifestly unfounded notices or complaints in a window, their share of everything the person
 * sent, the gravity of the misuse and its consequences, and the intent where it can be identified —
 * then decides: nothing, a warning first, or (only after a warning) a suspension of processing for
 * a set period.
 */

export const MISUSE_ACTOR_TYPES = ['notifier', 'complainant'] as const;
export type MisuseActorType = (typeof MISUSE_ACTOR_TYPES)[number];
export const GRAVITIES = ['low', 'medium', 'high'] as const;
export type Gravity = (typeof GRAVITIES)[number];
export const INTENTS = ['none_identified', 'suspected', 'deliberate'] as const;
export type Intent = (typeof INTENTS)[number];

export interface MisusePolicy {
  version: string;
  /** Manifestly unfounded items are counted over this many days. */
  windowDays: number;
  /** "Frequently": at least this many in the window… */
  minUnfounded: number;
  /** …making up at least this share of everything the person sent in the window. */
  minProportion: number;
  /** Grave or deliberate misuse qualifies from this many already. */
  minUnfoundedGrave: number;
  /** A warning stays the "prior warning" of Art. 23(2) for this many days. */
  warningValidDays: number;
  /** Suspension of processing: first time, and after an earlier suspension or with deliberate intent. */
  suspensionDays: number;
  repeatSuspensionDays: number;
}

/** The policy in force; docs/complaints.md and MISUSE_POLICY_CLAUSE publish these numbers (RO-3). */
export const MISUSE_POLICY: Readonly<MisusePolicy> = Object.freeze({
  version: 'misuse-2026-11',
  windowDays: 180,
  minUnfounded: 5,
  minProportion: 0.5,
  minUnfoundedGrave: 3,
  warningValidDays: 365,
  suspensionDays: 30,
  repeatSuspensionDays: 90,
});

/** The terms-and-conditions clause published at /api/v1/policies/misuse (Art. 23(4), RO-3). */
export const MISUSE_POLICY_CLAUSE = `Misuse of notices and complaints (Art. 23(2)–(4) of the Digital Services Act)

We process every notice and complaint. If you frequently submit notices or complaints that are manifestly unfounded — for example, reporting the same lawful listing again and again, reporting a competitor's listings without any indication of illegality, or complaining about decisions with no connection to you — we may suspend the processing of your notices and complaints.

What we consider, case by case:
1. The absolute number of manifestly unfounded notices or complaints you submitted in the last 180 days. We consider misuse only from 5 such submissions (3 where the misuse is grave or deliberate).
2. Their proportion of everything you submitted in those 180 days: at least 50%.
3. The gravity of the misuse and its consequences (for example, whether lawful traders' listings were targeted repeatedly).
4. Your intent, where it can be identified (for example, notices that admit the content is lawful).

A notice or complaint is manifestly unfounded only when a reviewer finds, without detailed analysis, that it has no basis; mistakes made in good faith are not misuse.

Before any suspension we send a warning with the reasons. The warning stays in force for 365 days. If the misuse continues after the warning, we suspend the processing of your notices and complaints for 30 days, or for 90 days after an earlier suspension or where the misuse is deliberate. You are told the reasons and the end date, and you may complain about the suspension.`;

export interface MisuseFlagFact {
  at: Date;
  gravity: Gravity;
  intent: Intent;
}

export interface MisuseInput {
  now: Date;
  /** Everything the person sent in the window (notices or complaints), founded or not. */
  totalInWindow: number;
  /** Manifestly unfounded ones flagged by reviewers (any age; the window is applied here). */
  flags: MisuseFlagFact[];
  standing: { warnedAt: Date | null; suspendedUntil: Date | null; priorSuspensions: number };
}

export interface MisuseFactors {
  window_days: number;
  /** Art. 23(3)(a): absolute number of manifestly unfounded items in the window. */
  unfounded: number;
  total: number;
  /** Art. 23(3)(b): their share of the person's submissions in the window. */
  proportion: number;
  /** Art. 23(3)(c): the gravest misuse in the window. */
  gravity: Gravity;
  /** Art. 23(3)(d): the strongest intent identified. */
  intent: Intent;
}

export interface MisuseAssessment {
  factors: MisuseFactors;
  frequent: boolean;
  result: 'none' | 'warning' | 'suspension' | 'already_suspended';
  suspendedUntil: Date | null;
  reasons: string[];
  policyVersion: string;
}

const DAY = 86_400_000;
const maxOf = <T extends string>(order: readonly T[], xs: T[], fallback: T): T => xs.reduce((m, x) => (order.indexOf(x) > order.indexOf(m) ? x : m), fallback);

export function assessMisuse(i: MisuseInput, p: MisusePolicy = MISUSE_POLICY): MisuseAssessment {
  const from = i.now.getTime() - p.windowDays * DAY;
  const inWindow = i.flags.filter((f) => f.at.getTime() >= from && f.at.getTime() <= i.now.getTime());
  const unfounded = inWindow.length;
  const total = Math.max(i.totalInWindow, unfounded);
  const proportion = total === 0 ? 0 : Math.round((unfounded / total) * 10_000) / 10_000;
  const gravity = maxOf(GRAVITIES, inWindow.map((f) => f.gravity), 'low');
  const intent = maxOf(INTENTS, inWindow.map((f) => f.intent), 'none_identified');
  const factors: MisuseFactors = { window_days: p.windowDays, unfounded, total, proportion, gravity, intent };
  const graveOrDeliberate = gravity === 'high' || intent === 'deliberate';
  const threshold = graveOrDeliberate ? p.minUnfoundedGrave : p.minUnfounded;
  const frequent = unfounded >= threshold && proportion >= p.minProportion;
  const reasons = [
    `${unfounded} manifestly unfounded of ${total} in ${p.windowDays} days (threshold ${threshold}${graveOrDeliberate ? ', grave or deliberate' : ''})`,
    `proportion ${(proportion * 100).toFixed(1)}% (threshold ${p.minProportion * 100}%)`,
    `gravity ${gravity}`, `intent ${intent}`,
  ];
  const base = { factors, frequent, reasons, policyVersion: p.version };
  if (i.standing.suspendedUntil && i.standing.suspendedUntil > i.now) return { ...base, result: 'already_suspended', suspendedUntil: i.standing.suspendedUntil };
  if (!frequent) return { ...base, result: 'none', suspendedUntil: null };
  const warned = i.standing.warnedAt && i.now.getTime() - i.standing.warnedAt.getTime() <= p.warningValidDays * DAY;
  // RO-2: never a suspension without a prior warning, and a suspension always has an end date.
  if (!warned) return { ...base, result: 'warning', suspendedUntil: null };
  const days = i.standing.priorSuspensions > 0 || intent === 'deliberate' ? p.repeatSuspensionDays : p.suspensionDays;
  return { ...base, result: 'suspension', suspendedUntil: new Date(i.now.getTime() + days * DAY) };
}
