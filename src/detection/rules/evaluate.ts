import { perObject } from '../memo.js';
import type { FiredRule, ScreenVerdict } from '../../core/detection/screening.js';
import type { Finding } from '../signals/findings.js';
import type { ScreenInput } from '../types.js';
import { type CompiledCondition, compileCondition, type FindingIndex, indexByKind } from './conditions.js';
import { lowBit, mayHold, PreCheck, presenceOf } from './presence.js';
import { type PrecisionStats, ruleMayAutoAct } from './precision.js';
import type { Rule, RuleFamily, RuleOverride } from './types.js';

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
  const out: RuleOutcome[] = [];
  // Compiled first: compiling gives the keys the rules need their presence bits.
  const plan = planOf(ruleSet);
  // Most listings hold no finding a rule looks for: the kinds and term keys present settle that
  // (presence.ts) before anything else is built, so that path allocates nothing but `out`.
  const presence = presenceOf(findings);
  if (!plan.preCheck.select(presence)) return out;
  const candidates = plan.preCheck.candidates;
  let byKind: FindingIndex | undefined;
  let ms: string | undefined;
  let msKnown = false;
  for (let w = 0; w < candidates.length; w++) {
    // The candidates in rule order: lowest bit first, word by word.
    for (let m = candidates[w]!; m !== 0; m &= m - 1) {
      const r = (w << 5) + lowBit(m);
      const rule = ruleSet.rules[r]!;
      const when = plan.whens[r]!;
      if (!mayHold(when.may, presence)) continue;
      if (!msKnown) {
        ms = (options.memberState ?? input.memberState ?? '').toUpperCase() || undefined;
        msKnown = true;
      }
      if (rule.scope?.include && (!ms || !rule.scope.include.includes(ms))) continue;
      if (ms && rule.scope?.exclude?.includes(ms)) continue;
      const override = ms && rule.overrides ? overrideFor(rule.overrides, ms) : undefined;
      if (override?.disabled) continue;
      const support: Finding[] = [];
      byKind ??= indexByKind(findings);
      if (!when.holds(byKind, input, support)) continue;
      if (rule.unless && compileCondition(rule.unless).holds(byKind, input, [])) continue;
      const declared = override?.action ?? rule.action;
      const mayAct = rule.autoAct && (options.precision ? ruleMayAutoAct(options.precision.get(rule.id)) : true);
      const action: ScreenVerdict = declared === 'block' && !mayAct ? 'review' : declared;
      out.push({
        rule,
        support: distinct(support),
        fired: {
          id: rule.id, version: rule.version, category: rule.category, action, declaredAction: declared,
          shadow: override?.shadow ?? rule.shadow, score: rule.score, legalGround: rule.legalGround,
        },
      });
    }
  }
  return out;
}

/** The findings in order of first appearance, each once ([...new Set(x)] without the set for a few). */
function distinct(findings: Finding[]): Finding[] {
  if (findings.length > 16) return [...new Set(findings)];
  const out: Finding[] = [];
  for (const f of findings) if (!out.includes(f)) out.push(f);
  return out;
}

/** The first override that names the Member State. */
function overrideFor(overrides: readonly RuleOverride[], ms: string): RuleOverride | undefined {
  for (const o of overrides) if (o.memberStates.includes(ms)) return o;
  return undefined;
}

/** What evaluation needs of a rule set, built once per set. */
interface Plan {
  /** the compiled `when` of every rule */
  readonly whens: readonly CompiledCondition[];
  readonly preCheck: PreCheck;
}

const planOf = perObject((ruleSet: RuleSet): Plan => {
  const whens = ruleSet.rules.map((r) => compileCondition(r.when));
  return { whens, preCheck: new PreCheck(whens.map((w) => w.may)) };
});
