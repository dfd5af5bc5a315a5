import type { FiredRule, ScreenVerdict } from '../../core/detection/screening.js';
import type { Finding } from '../signals/findings.js';
import type { ScreenInput } from '../types.js';
import { type CompiledCondition, compileCondition, indexByKind } from './conditions.js';
import { mayHold, presenceOf } from './presence.js';
import { type PrecisionStats, ruleMayAutoAct } from './precision.js';
import type { Rule, RuleFamily } from './types.js';

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
  // Compiled first: compiling gives the keys the rules need their presence bits.
  const whens = compiledWhens(ruleSet);
  const presence = presenceOf(byKind);
  for (let r = 0; r < ruleSet.rules.length; r++) {
    const rule = ruleSet.rules[r]!;
    const when = whens[r]!;
    // Most listings hold no finding a rule looks for: a check of the kinds and term categories
    // present, without allocating anything, settles that before the full evaluation.
    if (!mayHold(when.may, presence)) continue;
    if (rule.scope?.include && (!ms || !rule.scope.include.includes(ms))) continue;
    if (ms && rule.scope?.exclude?.includes(ms)) continue;
    const override = ms ? rule.overrides?.find((o) => o.memberStates.includes(ms)) : undefined;
    if (override?.disabled) continue;
    const support: Finding[] = [];
    if (!when.holds(byKind, input, support)) continue;
    if (rule.unless && compileCondition(rule.unless).holds(byKind, input, [])) continue;
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

const whensBySet = new WeakMap<RuleSet, readonly CompiledCondition[]>();

/** The compiled `when` of every rule, looked up once per listing rather than once per rule. */
function compiledWhens(ruleSet: RuleSet): readonly CompiledCondition[] {
  let whens = whensBySet.get(ruleSet);
  if (!whens) {
    whens = ruleSet.rules.map((r) => compileCondition(r.when));
    whensBySet.set(ruleSet, whens);
  }
  return whens;
}
