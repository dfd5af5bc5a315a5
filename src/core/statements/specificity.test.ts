import { describe, expect, it } from 'vitest';
import { A10_1, A10_2, a101 } from '../../../test/fixtures/tdb/examples.js';
import { counterfeitDecision } from '../../../test/fixtures/tdb/decisions.js';
import { buildStatement } from './build.js';
import { lintSpecificity, specificTokens } from './specificity.js';
import type { TdbStatement } from './types.js';

const specific = buildStatement(counterfeitDecision()).statement;
const paths = (s: Partial<TdbStatement> & Pick<TdbStatement, 'decision_ground' | 'decision_facts'>, itemId?: string): string[] =>
  lintSpecificity(s, itemId === undefined ? {} : { itemId }).problems.map((p) => p.path);

describe('lintSpecificity (SOR-3, Art. 17(4))', () => {
  it('passes a statement built from structured facts', () => {
    expect(lintSpecificity(specific, { itemId: 'L-88213' })).toMatchObject({ ok: true, problems: [] });
  });

  it('rejects an explanation that only cites a policy violation, in several languages', () => {
    for (const explanation of ['Policy violation.', 'This listing violates our policies.', 'Verstoß gegen unsere Richtlinien.', 'Violation de nos règles.', 'Infracción de nuestras políticas.', 'Inappropriate content.']) {
      expect(paths({ ...specific, illegal_content_explanation: explanation }), explanation).toEqual(['illegal_content_explanation']);
    }
  });

  it('rejects a legal ground without a provision and a terms ground without a clause', () => {
    expect(paths({ ...specific, illegal_content_legal_ground: 'Illegal under trade mark law' })).toEqual(['illegal_content_legal_ground']);
    const terms = { ...(A10_2 as unknown as TdbStatement), decision_facts: specific.decision_facts };
    expect(paths(terms)).toEqual([]);
    expect(paths({ ...terms, incompatible_content_ground: 'Our Seller Terms' })).toEqual(['incompatible_content_ground']);
  });

  it('rejects facts that name no item; with an item id, that id must appear', () => {
    expect(paths(a101() as unknown as TdbStatement)).toEqual(['decision_facts']);
    expect(paths(specific, 'L-99999')).toEqual(['decision_facts']);
    expect(paths(specific, 'L-88213')).toEqual([]);
  });

  it('rejects facts below the minimum of specific words, and says how many there were', () => {
    const thin = { ...specific, decision_facts: 'Listing L-88213 removed for a policy violation after review.' };
    const r = lintSpecificity(thin);
    expect(r.ok).toBe(false);
    expect(r.specificTokens).toBe(1); // the item id only
    expect(r.problems[0]!.problem).toMatch(/has 1 specific word; at least 12/);
    expect(lintSpecificity(thin, { minSpecificTokens: 0 }).ok).toBe(true);
  });

  it('counts distinct content words, not boilerplate, dates or short words', () => {
    expect([...specificTokens('The listing was removed on 2025-09-15 after a policy violation: fake CE marking, fake logo.')].sort()).toEqual(['fake', 'logo', 'marking']);
  });

  it('A10.1, written by hand, is specific except for the item reference', () => {
    expect(lintSpecificity(A10_1 as unknown as TdbStatement).problems).toEqual([{ path: 'decision_facts', problem: 'refers to no concrete item (listing id, title)' }]);
  });
});
