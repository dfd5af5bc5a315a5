import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../scripts/eval/corpus.js';
import { loadEngine, PROJECT_ROOT } from '../../services/detection/load-engine.js';
import { analyseOther } from '../collect-other.js';
import { analyseText } from '../collect-text.js';
import type { DetectionEngine } from '../engine.js';
import type { ScreenInput } from '../types.js';
import { compileCondition, indexByKind } from './conditions.js';
import { type Clauses, mayClauses, mayHold, presenceOf } from './presence.js';
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
      const byKind = indexByKind(findingsOf(input));
      for (const rule of engine.rules.rules) {
        const when = compileCondition(rule.when);
        const bits = presenceOf(byKind);
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
    expect(mayHold(link, presenceOf(new Map()))).toBe(false);
    const withLink = findingsOf({ id: 'x', title: 'Order at shop-pills.example.top today' });
    expect(withLink.some((f) => f.kind === 'link')).toBe(true);
    expect(mayHold(link, presenceOf(indexByKind(withLink)))).toBe(true);
  });
});
