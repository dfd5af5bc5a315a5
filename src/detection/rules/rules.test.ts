import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../core/errors.js';
import type { ScreenResult } from '../../core/detection/screening.js';
import { DEFAULT_SOR } from '../lexicons/categories.js';
import type { LoadedGroup } from '../lexicons/compile.js';
import type { Finding } from '../signals/findings.js';
import { evaluateRules } from './evaluate.js';
import { AUTO_ACT_MIN_REVIEWED, ruleMayAutoAct } from './precision.js';
import { compileRuleSet, diffResults } from './rule-set.js';
import type { Rule, RuleFamily } from './types.js';
import { loadRuleFamilies, validateRuleFamily } from './validate.js';

const ground = { requirement: 'DET-2', sorCategory: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', sorKeyword: 'KEYWORD_PROHIBITED_PRODUCTS' };
const rule = (over: Partial<Rule> = {}): Rule => ({
  id: 'medicine.test', version: 1, description: 'test rule', category: 'medicine', severity: 'high', action: 'block',
  autoAct: true, shadow: false, score: 0.9, legalGround: ground,
  when: { has: { signal: 'term', category: ['medicine'], role: 'item' } }, ...over,
});
const family = (rules: Rule[], over: Partial<RuleFamily> = {}): RuleFamily => ({ family: 'medicine', description: 'd', failMode: 'closed', rules, ...over });

let gid = 0;
const term = (category: LoadedGroup['category'], extra: Partial<LoadedGroup> = {}, at = 0, field = 'title'): Finding => ({
  kind: 'term',
  hit: {
    field, pattern: 'x', normStart: at, normEnd: at + 5, start: at, end: at + 5,
    ref: { term: 'x', group: { id: gid++, file: 'f', licence: 'l', category, role: 'item', strength: 'strong', sor: DEFAULT_SOR[category], terms: ['x'], ...extra } },
  },
});

describe('validateRuleFamily', () => {
  it('accepts a well-formed family', () => {
    const r = validateRuleFamily(family([rule()]));
    expect(r.errors).toEqual([]);
    expect(r.family?.rules).toHaveLength(1);
  });
  it('reports each problem with its path and reason', () => {
    const bad = { family: 'Medicine!', description: '', failMode: 'sometimes', rules: [{ ...rule(), id: 'Bad Id', action: 'nuke', extra: 1, when: { has: { signal: 'nope' } } }] };
    const { errors } = validateRuleFamily(bad, 'medicine.json');
    const paths = errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['medicine.json.family', 'medicine.json.failMode', 'medicine.json.rules.0.id', 'medicine.json.rules.0.action', 'medicine.json.rules.0.when.has.signal', 'medicine.json.rules.0']));
    expect(errors.find((e) => e.path === 'medicine.json.rules.0')!.problem).toContain('extra');
    expect(errors.every((e) => e.problem.length > 0)).toBe(true);
  });
  it('rejects conditions with two operators, unknown categories and bad legal grounds', () => {
    const { errors } = validateRuleFamily(family([rule({
      when: { all: [{ has: { signal: 'term' } }], any: [{ has: { signal: 'term' } }] } as never,
      legalGround: { requirement: 'Art 5', sorCategory: 'X', sorKeyword: 'KEYWORD_PROHIBITED_PRODUCTS' },
    })]));
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['rules.rules.0.when', 'rules.rules.0.legalGround.requirement', 'rules.rules.0.legalGround.sorCategory']));
  });
  it('finds problems the schema cannot express', () => {
    const { errors } = validateRuleFamily(family([
      rule(), rule({ autoAct: true, action: 'review' }),
      rule({ id: 'b', overrides: [{ memberStates: ['DE'] }] }),
      rule({ id: 'c', legalGround: { ...ground, sorKeyword: 'KEYWORD_OTHER' } }),
      rule({ id: 'd', when: { not: { has: { signal: 'term' } } } }),
    ]));
    expect(errors.map((e) => e.problem)).toEqual([
      'duplicate rule id medicine.test', 'autoAct only makes sense for block or age_restrict', 'override changes nothing',
      'KEYWORD_OTHER needs a description (sorOther)', 'condition can only be met by the absence of signals',
    ]);
  });
});

describe('loadRuleFamilies', () => {
  it('parses several files', () => {
    const families = loadRuleFamilies([{ name: 'a.json', text: JSON.stringify(family([rule()])) }, { name: 'b.json', text: JSON.stringify(family([rule({ id: 'other' })], { family: 'b' })) }]);
    expect(families.map((f) => f.family)).toEqual(['medicine', 'b']);
  });
  it('throws one DomainError listing every problem, including bad JSON and ids used twice', () => {
    try {
      loadRuleFamilies([{ name: 'a.json', text: '{ nope' }, { name: 'b.json', text: JSON.stringify(family([rule()])) }, { name: 'c.json', text: JSON.stringify(family([rule()])) }]);
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e)).toBe(true);
      const details = (e as { details: { path: string; problem: string }[] }).details;
      expect(details[0]).toMatchObject({ path: 'a.json' });
      expect(details[0]!.problem).toMatch(/not valid JSON/);
      expect(details[1]).toEqual({ path: 'c.json.rules.0.id', problem: 'rule id medicine.test is also defined in b.json' });
    }
  });
});

describe('evaluateRules', () => {
  const input = { id: 'l1', title: 't' };
  const set = (rules: Rule[], fam: Partial<RuleFamily> = {}) => compileRuleSet([family(rules, fam)]);

  it('fires a rule whose condition holds and collects its supporting findings', () => {
    const f = term('medicine');
    const [o] = evaluateRules(set([rule()]), [f, term('weapon')], input);
    expect(o!.fired).toMatchObject({ id: 'medicine.test', action: 'block', declaredAction: 'block', shadow: false });
    expect(o!.support).toEqual([f]);
  });
  it('combines all / any / not', () => {
    const r = rule({ when: { all: [{ any: [{ has: { signal: 'term', category: ['medicine'] } }, { has: { signal: 'price' } }] }, { not: { has: { signal: 'term', category: ['weapon'] } } }] } });
    expect(evaluateRules(set([r]), [term('medicine')], input)).toHaveLength(1);
    expect(evaluateRules(set([r]), [term('medicine'), term('weapon')], input)).toHaveLength(0);
  });
  it('honours unless, count and tags', () => {
    expect(evaluateRules(set([rule({ unless: { has: { signal: 'term', category: ['weapon'] } } })]), [term('medicine'), term('weapon')], input)).toHaveLength(0);
    expect(evaluateRules(set([rule({ when: { has: { signal: 'term', category: ['medicine'], count: 2 } } })]), [term('medicine')], input)).toHaveLength(0);
    expect(evaluateRules(set([rule({ when: { has: { signal: 'term', tags: ['rx'] } } })]), [term('medicine', { tags: ['rx'] })], input)).toHaveLength(1);
  });
  it('ignores suppressed hits', () => {
    const f = term('medicine');
    if (f.kind === 'term') f.hit.suppressedBy = 'paperback';
    expect(evaluateRules(set([rule()]), [f], input)).toHaveLength(0);
  });
  it('never counts exclusion terms or suppressed hits, for conditions with or without a role, near ones included', () => {
    const counting = term('medicine', {}, 0);
    const suppressed = term('medicine', {}, 20);
    if (suppressed.kind === 'term') suppressed.hit.suppressedBy = 'toy';
    const exclusion = term('medicine', { role: 'exclusion' }, 8);
    const findings = [exclusion, suppressed, counting];
    const has = rule({ when: { has: { signal: 'term', category: ['medicine'] } } });
    expect(evaluateRules(set([has]), findings, input)[0]!.support).toEqual([counting]);
    const twice = rule({ when: { has: { signal: 'term', category: ['medicine'], count: 2 } } });
    expect(evaluateRules(set([twice]), findings, input)).toHaveLength(0);
    const near = rule({ when: { near: { a: { signal: 'term', category: ['medicine'] }, b: { signal: 'term', category: ['medicine'] }, chars: 50 } } });
    expect(evaluateRules(set([near]), findings, input)).toHaveLength(0);
    expect(evaluateRules(set([near]), [...findings, term('medicine', {}, 30)], input)[0]!.support).toHaveLength(2);
  });
  it('checks proximity in the original text of one field', () => {
    const r = rule({ when: { near: { a: { signal: 'term', category: ['counterfeit'] }, b: { signal: 'term', category: ['medicine'] }, chars: 10 } } });
    expect(evaluateRules(set([r]), [term('counterfeit', {}, 0), term('medicine', {}, 12)], input)).toHaveLength(1);
    expect(evaluateRules(set([r]), [term('counterfeit', {}, 0), term('medicine', {}, 40)], input)).toHaveLength(0);
    expect(evaluateRules(set([r]), [term('counterfeit', {}, 0), term('medicine', {}, 6, 'description')], input)).toHaveLength(0);
  });
  it('checks listing conditions', () => {
    const r = rule({ when: { all: [{ has: { signal: 'term' } }, { listing: { maxPrice: 5, categoryContains: ['health'], language: ['de'] } }] } });
    expect(evaluateRules(set([r]), [term('medicine')], { ...input, price: 2, category: 'Health > Pills', language: 'de' })).toHaveLength(1);
    expect(evaluateRules(set([r]), [term('medicine')], { ...input, price: 20, category: 'Health', language: 'de' })).toHaveLength(0);
    expect(evaluateRules(set([r]), [term('medicine')], { ...input, price: 2, category: 'Toys', language: 'de' })).toHaveLength(0);
  });
  it('applies Member State scope and overrides (DET-2)', () => {
    const scoped = rule({ scope: { include: ['DE', 'AT'] } });
    expect(evaluateRules(set([scoped]), [term('medicine')], { ...input, memberState: 'de' })).toHaveLength(1);
    expect(evaluateRules(set([scoped]), [term('medicine')], { ...input, memberState: 'FR' })).toHaveLength(0);
    expect(evaluateRules(set([scoped]), [term('medicine')], input)).toHaveLength(0);
    expect(evaluateRules(set([rule({ scope: { exclude: ['NL'] } })]), [term('medicine')], { ...input, memberState: 'NL' })).toHaveLength(0);
    const over = rule({ overrides: [{ memberStates: ['PL'], action: 'review' }, { memberStates: ['CZ'], disabled: true }, { memberStates: ['SK'], shadow: true }] });
    expect(evaluateRules(set([over]), [term('medicine')], { ...input, memberState: 'PL' })[0]!.fired.action).toBe('review');
    expect(evaluateRules(set([over]), [term('medicine')], { ...input, memberState: 'CZ' })).toHaveLength(0);
    expect(evaluateRules(set([over]), [term('medicine')], { ...input, memberState: 'SK' })[0]!.fired.shadow).toBe(true);
    expect(evaluateRules(set([over]), [term('medicine')], input, { memberState: 'PL' })[0]!.fired.action).toBe('review');
  });
  it('blocks only when the rule may auto-act', () => {
    expect(evaluateRules(set([rule({ autoAct: false })]), [term('medicine')], input)[0]!.fired.action).toBe('review');
    const precision = new Map([['medicine.test', { reviewedHits: 300, confirmedHits: 299 }]]);
    expect(evaluateRules(set([rule()]), [term('medicine')], input, { precision })[0]!.fired.action).toBe('block');
    expect(evaluateRules(set([rule()]), [term('medicine')], input, { precision: new Map() })[0]!.fired.action).toBe('review');
  });
});

describe('ruleMayAutoAct (DET-6)', () => {
  it('needs precision >= 0.98 over >= 200 reviewed hits', () => {
    expect(ruleMayAutoAct(undefined)).toBe(false);
    expect(ruleMayAutoAct({ reviewedHits: 199, confirmedHits: 199 })).toBe(false);
    expect(ruleMayAutoAct({ reviewedHits: AUTO_ACT_MIN_REVIEWED, confirmedHits: 196 })).toBe(true);
    expect(ruleMayAutoAct({ reviewedHits: 200, confirmedHits: 195 })).toBe(false);
  });
  it('accepts a recorded override with a reason', () => {
    expect(ruleMayAutoAct({ reviewedHits: 0, confirmedHits: 0, override: { by: 'officer-1', reason: 'court order' } })).toBe(true);
    expect(ruleMayAutoAct({ reviewedHits: 0, confirmedHits: 0, override: { by: 'officer-1', reason: '  ' } })).toBe(false);
  });
});

describe('compileRuleSet and diffResults', () => {
  it('gives the same version to the same rules and a new one when a version changes', () => {
    const a = compileRuleSet([family([rule()])]);
    expect(compileRuleSet([family([rule()])]).version).toBe(a.version);
    expect(compileRuleSet([family([rule({ version: 2 })])]).version).not.toBe(a.version);
    expect(a.version).toMatch(/^rs-[0-9a-f]{8}$/);
  });
  it('reports what a new rule set changes (backtests)', () => {
    const res = (id: string, verdict: ScreenResult['verdict'], rules: string[]): ScreenResult => ({
      id, verdict, score: 0, categories: [], signals: [], shadow: [], degraded: [], versions: { engine: '1', unicode: '17', lexicons: {}, rules: 'x' },
      rules: rules.map((r) => ({ id: r, version: 1, category: 'medicine', action: verdict, declaredAction: verdict, shadow: false, score: 1, legalGround: ground })),
    });
    const before = [res('a', 'allow', []), res('b', 'block', ['r1']), res('c', 'review', ['r2'])];
    const after = [res('a', 'review', ['r3']), res('b', 'block', ['r1']), res('c', 'review', ['r4']), res('d', 'allow', [])];
    expect(diffResults(before, after)).toEqual([
      { id: 'a', before: 'allow', after: 'review', rulesAdded: ['r3'], rulesRemoved: [] },
      { id: 'c', before: 'review', after: 'review', rulesAdded: ['r4'], rulesRemoved: ['r2'] },
    ]);
  });
});
