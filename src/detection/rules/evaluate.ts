import type { FiredRule, ScreenVerdict } from '../../core/detection/screening.js';
import type { Finding } from '../signals/findings.js';
import type { ScreenInput } from '../types.js';
import { matchesSignal, spanOf } from './match-signal.js';
import { type PrecisionStats, ruleMayAutoAct } from './precision.js';
import type { Condition, ListingMatch, Rule, RuleFamily, SignalMatch } from './types.js';

export interface RuleSet {
  readonly families: readonly RuleFamily[];
  readonly rules: readonly Rule[];
  /** content version of the whole set, recorded with every automated decision */
  readonly version: string;
}

export interface EvaluateOptions {
  memberState?: string | null;
  /** measured precision per rule id; when given, a block needs ruleMayAutoAct */
  precision?: ReadonlyMap<string, PrecisionStats>;
}

export interface RuleOutcome {
  fired: FiredRule;
  rule: Rule;
  support: Finding[];
}

/** Evaluates every rule in scope for the listing's Member State against the findings. */
export function evaluateRules(ruleSet: RuleSet, findings: readonly Finding[], input: ScreenInput, options: EvaluateOptions = {}): RuleOutcome[] {
  const ms = (options.memberState ?? input.memberState ?? '').toUpperCase() || undefined;
  const out: RuleOutcome[] = [];
  const byKind = indexByKind(findings);
  const presence = presenceOf(byKind);
  for (const rule of ruleSet.rules) {
    // Most listings hold no finding a rule looks for: a walk over its conditions without
    // allocating anything settles that before the full evaluation.
    if (!mayHold(rule.when, presence)) continue;
    if (rule.scope?.include && (!ms || !rule.scope.include.includes(ms))) continue;
    if (ms && rule.scope?.exclude?.includes(ms)) continue;
    const override = ms ? rule.overrides?.find((o) => o.memberStates.includes(ms)) : undefined;
    if (override?.disabled) continue;
    const support: Finding[] = [];
    if (!holds(rule.when, byKind, input, support)) continue;
    if (rule.unless && holds(rule.unless, byKind, input, [])) continue;
    const declared = override?.action ?? rule.action;
    const mayAct = rule.autoAct && (options.precision ? ruleMayAutoAct(options.precision.get(rule.id)) : true);
    const action: ScreenVerdict = declared === 'block' && !mayAct ? 'review' : declared;
    out.push({
      rule,
      support: [...new Set(support)],
      fired: {
        id: rule.id, version: rule.version, category: rule.category, action, declaredAction: declared,
        shadow: override?.shadow ?? rule.shadow, score: rule.score, legalGround: rule.legalGround,
      },
    });
  }
  return out;
}

type FindingIndex = ReadonlyMap<string, readonly Finding[]>;
const NONE: readonly Finding[] = [];

/** Rules look findings up by kind: most listings have a handful of terms and nothing else. */
function indexByKind(findings: readonly Finding[]): FindingIndex {
  const index = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = index.get(f.kind);
    if (list) list.push(f); else index.set(f.kind, [f]);
  }
  return index;
}

/** Finding kinds present, and the categories of the terms that rules may count. */
interface Presence {
  readonly kinds: FindingIndex;
  readonly termCategories: ReadonlySet<string>;
}

function presenceOf(byKind: FindingIndex): Presence {
  const termCategories = new Set<string>();
  for (const f of byKind.get('term') ?? NONE) {
    if (f.kind === 'term' && !f.hit.suppressedBy && f.hit.ref.group.role !== 'exclusion') termCategories.add(f.hit.ref.group.category);
  }
  return { kinds: byKind, termCategories };
}

/** A necessary condition for holds(): false only when no finding can satisfy the condition. */
function mayHold(c: Condition, p: Presence): boolean {
  if ('all' in c) return c.all.every((x) => mayHold(x, p));
  if ('any' in c) return c.any.some((x) => mayHold(x, p));
  if ('has' in c) return (c.has.count ?? 1) < 1 || present(c.has, p);
  if ('near' in c) return present(c.near.a, p) && present(c.near.b, p);
  return true; // not, listing: decided by the full evaluation
}

function present(m: SignalMatch, p: Presence): boolean {
  if (!p.kinds.has(m.signal)) return false;
  if (m.signal !== 'term') return true;
  return m.category ? m.category.some((c) => p.termCategories.has(c)) : p.termCategories.size > 0;
}

function holds(c: Condition, findings: FindingIndex, input: ScreenInput, support: Finding[]): boolean {
  if ('all' in c) {
    const local: Finding[] = [];
    if (!c.all.every((x) => holds(x, findings, input, local))) return false;
    support.push(...local);
    return true;
  }
  if ('any' in c) {
    let ok = false;
    for (const x of c.any) if (holds(x, findings, input, support)) ok = true;
    return ok;
  }
  if ('not' in c) return !holds(c.not, findings, input, []);
  if ('has' in c) {
    const found = (findings.get(c.has.signal) ?? NONE).filter((f) => matchesSignal(f, c.has));
    if (found.length < (c.has.count ?? 1)) return false;
    support.push(...found);
    return true;
  }
  if ('near' in c) {
    const as = (findings.get(c.near.a.signal) ?? NONE).filter((f) => matchesSignal(f, c.near.a));
    const bs = (findings.get(c.near.b.signal) ?? NONE).filter((f) => matchesSignal(f, c.near.b));
    let ok = false;
    for (const a of as) {
      const sa = spanOf(a);
      for (const b of bs) {
        const sb = spanOf(b);
        if (!sa || !sb || a === b || sa.field !== sb.field) continue;
        const gap = sa.start <= sb.start ? sb.start - sa.end : sa.start - sb.end;
        if (gap <= c.near.chars) { support.push(a, b); ok = true; }
      }
    }
    return ok;
  }
  return listingHolds(c.listing, input);
}

function listingHolds(m: ListingMatch, input: ScreenInput): boolean {
  if (m.categoryContains && !m.categoryContains.some((s) => (input.category ?? '').toLowerCase().includes(s.toLowerCase()))) return false;
  if (m.maxPrice !== undefined && !(typeof input.price === 'number' && input.price <= m.maxPrice)) return false;
  if (m.minPrice !== undefined && !(typeof input.price === 'number' && input.price >= m.minPrice)) return false;
  if (m.language && !m.language.includes((input.language ?? '').toLowerCase())) return false;
  return true;
}
