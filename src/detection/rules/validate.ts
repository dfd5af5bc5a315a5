import Value from 'typebox/value';
import { DomainError, type ErrorDetail } from '../../core/errors.js';
import { RuleFamilySchema } from './schema.js';
import type { Condition, Rule, RuleFamily } from './types.js';

// Messages that only say "one branch of a union failed" repeat what a deeper error already says.
const NOISE = new Set(['anyOf', 'oneOf', 'const']);

/** Checks one parsed rule file; every problem is reported with its JSON path and reason. */
export function validateRuleFamily(value: unknown, source = 'rules'): { family: RuleFamily; errors: [] } | { family?: undefined; errors: ErrorDetail[] } {
  if (!Value.Check(RuleFamilySchema, value)) {
    const all = [...Value.Errors(RuleFamilySchema, value)];
    const useful = all.filter((e) => !NOISE.has(e.keyword) && e.keyword !== 'boolean');
    const chosen = useful.length ? useful : all;
    const seen = new Set<string>();
    const errors: ErrorDetail[] = [];
    for (const e of chosen) {
      const path = `${source}${e.instancePath.replace(/\//g, '.')}`;
      const problem = e.keyword === 'additionalProperties'
        ? `unknown property ${JSON.stringify((e.params as { additionalProperties?: string[] }).additionalProperties ?? [])}`
        : e.message;
      const key = `${path}|${problem}`;
      if (!seen.has(key)) { seen.add(key); errors.push({ path, problem }); }
    }
    return { errors };
  }
  const family = value as RuleFamily;
  const errors = semanticErrors(family, source);
  return errors.length ? { errors } : { family, errors: [] };
}

/** Rules the schema cannot express: unique ids, overrides that change something, sane near windows. */
function semanticErrors(family: RuleFamily, source: string): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  const ids = new Set<string>();
  family.rules.forEach((rule, i) => {
    const path = `${source}.rules.${i}`;
    if (ids.has(rule.id)) errors.push({ path: `${path}.id`, problem: `duplicate rule id ${rule.id}` });
    ids.add(rule.id);
    if (rule.autoAct && rule.action !== 'block' && rule.action !== 'age_restrict') {
      errors.push({ path: `${path}.autoAct`, problem: 'autoAct only makes sense for block or age_restrict' });
    }
    rule.overrides?.forEach((o, k) => {
      if (o.action === undefined && o.shadow === undefined && o.disabled === undefined) {
        errors.push({ path: `${path}.overrides.${k}`, problem: 'override changes nothing' });
      }
    });
    if (rule.legalGround.sorKeyword === 'KEYWORD_OTHER' && !rule.legalGround.sorOther) {
      errors.push({ path: `${path}.legalGround.sorOther`, problem: 'KEYWORD_OTHER needs a description (sorOther)' });
    }
    if (!hasPositive(rule.when)) errors.push({ path: `${path}.when`, problem: 'condition can only be met by the absence of signals' });
  });
  return errors;
}

function hasPositive(c: Condition): boolean {
  if ('all' in c) return c.all.some(hasPositive);
  if ('any' in c) return c.any.every(hasPositive);
  if ('not' in c) return false;
  return true;
}

/** Parses and validates several rule files at once; throws one DomainError listing every problem. */
export function loadRuleFamilies(files: readonly { name: string; text: string }[]): RuleFamily[] {
  const families: RuleFamily[] = [];
  const errors: ErrorDetail[] = [];
  const ids = new Map<string, string>();
  for (const f of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(f.text);
    } catch (e) {
      errors.push({ path: f.name, problem: `not valid JSON: ${(e as Error).message}` });
      continue;
    }
    const result = validateRuleFamily(parsed, f.name);
    if (!result.family) { errors.push(...result.errors); continue; }
    result.family.rules.forEach((r: Rule, i: number) => {
      const other = ids.get(r.id);
      if (other) errors.push({ path: `${f.name}.rules.${i}.id`, problem: `rule id ${r.id} is also defined in ${other}` });
      ids.set(r.id, f.name);
    });
    families.push(result.family);
  }
  if (errors.length) throw new DomainError('invalid_body', `rule files rejected: ${errors.length} problem(s)`, errors);
  return families;
}
