/**
 * The penalty policy (Art. 23(1), RO-1, RO-2, TC-4): what a qualifying decision costs a trader (or,
 * in a hidden-link scheme, the affiliate too; DET-4), how long a strike counts, and the ladder of
 * measures — a warning first, then a time-boxed suspension, termination for the gravest cases.
 * Every threshold names the published clause that states it (TC-1); `checkPolicyAgainstTerms`
 * refuses a policy whose numbers the clause text does not state.
 */

export const SEVERITIES = ['low', 'medium', 'high', 'grave'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ACTOR_TYPES = ['trader', 'affiliate'] as const;
export type EnforcedActorType = (typeof ACTOR_TYPES)[number];

export const MEASURES = ['warning', 'suspension', 'termination'] as const;
export type Measure = (typeof MEASURES)[number];

export interface SeverityRule {
  points: number;
  /** Days after which a strike of this severity no longer counts (RO-1 window). */
  expiry_days: number;
  /** The clause that states the points and the expiry. */
  clause: string;
  /** The gravest cases: terminate at once, without a prior warning (RO-2 exception, declared in the T&Cs). */
  immediate_termination?: boolean;
}

export interface CategoryRule {
  severity: Severity;
  /** The clause listing this category as a reason code (TC-1). */
  clause: string;
}

export interface LadderStep {
  measure: Measure;
  at_points: number;
  clause: string;
  /** Suspensions only: how long (RO-2: a reasonable, defined period). */
  days?: number;
}

export interface PenaltyPolicy {
  version: string;
  /** The terms version whose clauses this policy applies. */
  terms_version: string;
  /** Decision actions that make a decision count (a label or demotion does not). */
  qualifying_actions: string[];
  severities: Record<Severity, SeverityRule>;
  /** Severity per statement category; categories not listed use `default_category`. */
  categories: Record<string, CategoryRule>;
  default_category: CategoryRule;
  ladder: LadderStep[];
  /** How long a warning counts as the prior warning a suspension needs (RO-2). */
  warning_valid_days: number;
  /** Hidden-link and affiliate schemes: the affiliate gets the same strike as the seller (DET-4). */
  affiliate: { penalised: boolean; clause: string };
}

export const DAY_MS = 86_400_000;

export function categoryRule(p: PenaltyPolicy, category: string): CategoryRule {
  return p.categories[category] ?? p.default_category;
}

/** The strike a qualifying decision gives: deterministic on the category and the gravity flag (TC-4). */
export function strikeFor(p: PenaltyPolicy, category: string, grave: boolean): { severity: Severity; points: number; expiryDays: number; clause: string } {
  const rule = categoryRule(p, category);
  const severity: Severity = grave ? 'grave' : rule.severity;
  const s = p.severities[severity];
  return { severity, points: s.points, expiryDays: s.expiry_days, clause: rule.clause };
}

export function qualifies(p: PenaltyPolicy, actions: readonly string[]): boolean {
  return actions.some((a) => p.qualifying_actions.includes(a));
}

export function step(p: PenaltyPolicy, m: Measure): LadderStep | undefined {
  return p.ladder.find((s) => s.measure === m);
}
