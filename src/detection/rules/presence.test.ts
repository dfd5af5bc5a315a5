import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../scripts/eval/corpus.js';
import { loadEngine, PROJECT_ROOT } from '../../services/detection/load-engine.js';
import { analyseOther } from '../collect-other.js';
import { analyseText } from '../collect-text.js';
import type { DetectionEngine } from '../engine.js';
import type { Finding } from '../signals/findings.js';
import type { ScreenInput } from '../types.js';
import { compileCondition, indexByKind } from './conditions.js';
import { evaluateRules, type RuleOutcome } from './evaluate.js';
import { matchesSignal, spanOf } from './match-signal.js';
import { type Clauses, mayClauses, mayHold, PreCheck, presenceOf } from './presence.js';
import type { Condition } from './types.js';

let engine: DetectionEngine;
let listings: ScreenInput[];
beforeAll(() => {
  engine = loadEngine({ ownDomains: ['example-market.eu'] });
  listings = loadCorpus(join(PROJECT_ROOT, 'test', 'fixtures', 'detection')).map((c) => c.listing);
});

const findingsOf = (input: ScreenInput) => {
  const fields = [{ field: 'title', text: input.title, links: true }, ...(input.description ? [{ field: 'description', text: input.description, links: true }] : [])];
  const { findings, normalized } = analyseText(engine, fields, input.language);
  return [...findings, ...analyseOther(engine, input, findings, normalized, {})];
};

describe('rule pre-check (presence clauses)', () => {
  it('is necessary: on every corpus listing, a rule condition that holds has its clauses met', () => {
    let held = 0;
    let skipped = 0;
    for (const input of listings) {
      const findings = findingsOf(input);
      const byKind = indexByKind(findings);
      for (const rule of engine.rules.rules) {
        const when = compileCondition(rule.when);
        const bits = presenceOf(findings);
        const may = mayHold(when.may, bits);
        if (when.holds(byKind, input, [])) {
          held++;
          expect(may, `${rule.id} on ${input.id}`).toBe(true);
        } else if (!may) skipped++;
      }
    }
    // The check must also do its job: most (rule, listing) pairs are settled by it.
    expect(held).toBeGreaterThan(500);
    expect(skipped).toBeGreaterThan(listings.length * engine.rules.rules.length * 0.5);
  });

  const term = (category: string, extra: Record<string, unknown> = {}): Condition => ({ has: { signal: 'term', category: [category], ...extra } } as unknown as Condition);
  const clausesOf = (c: Condition): Clauses => mayClauses(c);

  it('builds conjunctions, distributes disjunctions and leaves negations unconstrained', () => {
    expect(clausesOf({ all: [term('medicine'), term('weapons')] } as unknown as Condition)).toHaveLength(2);
    expect(clausesOf({ any: [{ all: [term('medicine'), term('weapons')] }, term('adult')] } as unknown as Condition)).toHaveLength(2);
    expect(clausesOf({ not: term('medicine') } as unknown as Condition)).toHaveLength(0);
    expect(clausesOf({ any: [term('medicine'), { not: term('adult') }] } as unknown as Condition)).toHaveLength(0);
    expect(clausesOf({ has: { signal: 'link', count: 0 } } as unknown as Condition)).toHaveLength(0);
    expect(clausesOf({ near: { a: { signal: 'term', role: 'cue' }, b: { signal: 'link' }, chars: 10 } } as unknown as Condition)).toHaveLength(2);
  });

  it('meets no clause without findings, and a kind clause with a finding of that kind', () => {
    const link = clausesOf({ has: { signal: 'link' } } as unknown as Condition);
    expect(mayHold(link, presenceOf([]))).toBe(false);
    const withLink = findingsOf({ id: 'x', title: 'Order at shop-pills.example.top today' });
    expect(withLink.some((f) => f.kind === 'link')).toBe(true);
    expect(mayHold(link, presenceOf(withLink))).toBe(true);
  });

  it('pre-check candidates: exactly the rules whose clauses a plain loop over all rules finds met', () => {
    const whens = engine.rules.rules.map((r) => compileCondition(r.when));
    const preCheck = new PreCheck(whens.map((w) => w.may));
    let passed = 0;
    for (const input of listings) {
      const bits = presenceOf(findingsOf(input));
      const plain = whens.flatMap((w, r) => (mayHold(w.may, bits) ? [r] : []));
      preCheck.select(bits);
      const fast = whens.flatMap((w, r) => ((preCheck.candidates[r >>> 5]! & (1 << (r & 31))) !== 0 && mayHold(w.may, bits) ? [r] : []));
      expect(fast, input.id).toEqual(plain);
      passed += plain.length;
    }
    expect(passed).toBeGreaterThan(500);
  });

  it('pre-check: rules past bit 31, several words of bits, and rules without clauses', () => {
    // 70 rules over 3 words of rules; clauses with bits in more than one presence word.
    const clause = (...bits: number[]): Int32Array => {
      const mask = new Int32Array(8);
      for (const b of bits) mask[b >>> 5]! |= 1 << (b & 31);
      const pairs: number[] = [];
      for (let w = 0; w < 8; w++) if (mask[w] !== 0) pairs.push(w, mask[w]!);
      return Int32Array.from(pairs);
    };
    const rules: Clauses[] = Array.from({ length: 70 }, (_, r) => (r % 9 === 0 ? [] : [clause(r * 3 % 256, (r * 7 + 31) % 256), clause(r % 256)]));
    const preCheck = new PreCheck(rules);
    for (let t = 0; t < 300; t++) {
      const bits = new Int32Array(8);
      for (let k = 0; k < 6; k++) { const b = (t * 37 + k * 101) % 256; bits[b >>> 5]! |= 1 << (b & 31); }
      const plain = rules.flatMap((c, r) => (mayHold(c, bits) ? [r] : []));
      const any = preCheck.select(bits);
      const fast = rules.flatMap((c, r) => ((preCheck.candidates[r >>> 5]! & (1 << (r & 31))) !== 0 && mayHold(c, bits) ? [r] : []));
      expect(fast).toEqual(plain);
      expect(any).toBe(true); // rules without clauses are always candidates
    }
  });
});

/** A rule condition read as written: a walk of the condition tree over the findings, with matchesSignal. */
function plainHolds(c: Condition, findings: Finding[], input: ScreenInput, support: Finding[]): boolean {
  const mark = support.length;
  if ('all' in c) {
    for (const x of c.all) if (!plainHolds(x, findings, input, support)) { support.length = mark; return false; }
    return true;
  }
  if ('any' in c) {
    let ok = false;
    for (const x of c.any) if (plainHolds(x, findings, input, support)) ok = true;
    return ok;
  }
  if ('not' in c) {
    const held = plainHolds(c.not, findings, input, support);
    support.length = mark;
    return !held;
  }
  if ('has' in c) {
    for (const x of findings) if (matchesSignal(x, c.has)) support.push(x);
    if (support.length - mark >= (c.has.count ?? 1)) return true;
    support.length = mark;
    return false;
  }
  if ('near' in c) {
    const { a: ma, b: mb, chars } = c.near;
    let ok = false;
    for (const a of findings.filter((x) => matchesSignal(x, ma))) {
      for (const b of findings.filter((x) => matchesSignal(x, mb))) {
        const sa = spanOf(a);
        const sb = spanOf(b);
        if (!sa || !sb || a === b || sa.field !== sb.field) continue;
        const gap = sa.start <= sb.start ? sb.start - sa.end : sa.start - sb.end;
        if (gap <= chars) { support.push(a, b); ok = true; }
      }
    }
    return ok;
  }
  const m = c.listing;
  if (m.categoryContains && !m.categoryContains.some((x) => (input.category ?? '').toLowerCase().includes(x.toLowerCase()))) return false;
  if (m.maxPrice !== undefined && !(typeof input.price === 'number' && input.price <= m.maxPrice)) return false;
  if (m.minPrice !== undefined && !(typeof input.price === 'number' && input.price >= m.minPrice)) return false;
  if (m.language && !m.language.includes((input.language ?? '').toLowerCase())) return false;
  return true;
}

/** evaluateRules without the pre-check, the index or compiled conditions: every rule read in full, as the rule files read. */
function plainEvaluate(rules: DetectionEngine['rules'], findings: Finding[], input: ScreenInput): RuleOutcome[] {
  const ms = (input.memberState ?? '').toUpperCase() || undefined;
  const out: RuleOutcome[] = [];
  for (const rule of rules.rules) {
    if (rule.scope?.include && (!ms || !rule.scope.include.includes(ms))) continue;
    if (ms && rule.scope?.exclude?.includes(ms)) continue;
    const override = ms ? rule.overrides?.find((o) => o.memberStates.includes(ms)) : undefined;
    if (override?.disabled) continue;
    const support: Finding[] = [];
    if (!plainHolds(rule.when, findings, input, support)) continue;
    if (rule.unless && plainHolds(rule.unless, findings, input, [])) continue;
    const declared = override?.action ?? rule.action;
    const action = declared === 'block' && !rule.autoAct ? 'review' : declared;
    out.push({ rule, support: [...new Set(support)], fired: { id: rule.id, version: rule.version, category: rule.category, action, declaredAction: declared,
      shadow: override?.shadow ?? rule.shadow, score: rule.score, legalGround: rule.legalGround } });
  }
  return out;
}

describe('evaluateRules with the pre-check', () => {
  it('fires the same rules with the same support as a full evaluation of every rule', () => {
    let fired = 0;
    for (const input of listings) {
      for (const memberState of [input.memberState, 'DE', 'FR']) {
        const listing = { ...input, memberState };
        const findings = findingsOf(listing);
        const fast = evaluateRules(engine.rules, findings, listing);
        expect(fast, input.id).toEqual(plainEvaluate(engine.rules, findings, listing));
        fired += fast.length;
      }
    }
    expect(fired).toBeGreaterThan(500);
  });
});
