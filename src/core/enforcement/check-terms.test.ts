// TC-1, TC-4: the configured policy and the published text must agree; this test fails when they do not.
import { describe, expect, it } from 'vitest';
import { STATEMENT_CATEGORY_VALUES } from '../statements/categories.js';
import { DEFAULT_TERMS } from '../terms/default-terms.js';
import { validateTerms, type TermsDocument } from '../terms/terms.js';
import { checkPolicyAgainstTerms } from './check-terms.js';
import { DEFAULT_POLICY } from './default-policy.js';
import type { PenaltyPolicy } from './policy.js';

const CODES = STATEMENT_CATEGORY_VALUES.filter((c) => c !== 'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE');
const now = new Date('2026-06-01T00:00:00Z');
const clone = <T>(x: T): T => structuredClone(x);
const withText = (doc: TermsDocument, id: string, f: (t: string) => string): TermsDocument => ({ ...doc, clauses: doc.clauses.map((c) => (c.clause_id === id ? { ...c, text: f(c.text) } : c)) });

describe('published terms versus the penalty policy (TC-1)', () => {
  it('the shipped policy and the shipped terms agree, and every reason code resolves to a published clause', () => {
    expect(validateTerms(DEFAULT_TERMS)).toEqual([]);
    expect(checkPolicyAgainstTerms(DEFAULT_POLICY, DEFAULT_TERMS, CODES, now)).toEqual([]);
  });

  it('fails when the policy changes a threshold the text states', () => {
    const p: PenaltyPolicy = clone(DEFAULT_POLICY);
    p.ladder[1]!.days = 14;
    expect(checkPolicyAgainstTerms(p, DEFAULT_TERMS, CODES, now)).toEqual([{ path: 'clauses/T-7.3', problem: 'text states days [30], the policy applies [14]' }]);
    const q: PenaltyPolicy = clone(DEFAULT_POLICY);
    q.severities.high.points = 4;
    expect(checkPolicyAgainstTerms(q, DEFAULT_TERMS, CODES, now)[0]).toMatchObject({ path: 'clauses/T-7.1' });
  });

  it('fails when the text changes a number the policy applies', () => {
    const terms = withText(DEFAULT_TERMS, 'T-7.2', (t) => t.replace('3 points', '4 points'));
    expect(checkPolicyAgainstTerms(DEFAULT_POLICY, terms, CODES, now)).toEqual([{ path: 'clauses/T-7.2', problem: 'text states points [4], the policy applies [3]' }]);
  });

  it('fails when a clause is missing, a reason code is not listed, or the terms are not in force', () => {
    const missing = { ...DEFAULT_TERMS, clauses: DEFAULT_TERMS.clauses.filter((c) => c.clause_id !== 'T-7.5') };
    expect(checkPolicyAgainstTerms(DEFAULT_POLICY, missing, CODES, now)).toContainEqual({ path: 'affiliate/clause', problem: 'clause T-7.5 is not published in terms 2026-01' });
    const unlisted = { ...DEFAULT_TERMS, clauses: DEFAULT_TERMS.clauses.map((c) => (c.clause_id === 'T-4.3' ? { ...c, reason_codes: [] } : c)) };
    expect(checkPolicyAgainstTerms(DEFAULT_POLICY, unlisted, CODES, now)).toContainEqual({ path: 'categories/STATEMENT_CATEGORY_SCAMS_AND_FRAUD', problem: 'clause T-4.3 does not list reason code STATEMENT_CATEGORY_SCAMS_AND_FRAUD' });
    expect(checkPolicyAgainstTerms(DEFAULT_POLICY, DEFAULT_TERMS, CODES, new Date('2025-12-01T00:00:00Z'))[0]).toMatchObject({ path: 'terms_version' });
  });

  it('fails when an unreferenced clause states penalty points, or the ladder has no warning (RO-2)', () => {
    const extra = withText(DEFAULT_TERMS, 'T-9', (t) => `${t} Repeated complaints cost 2 points.`);
    expect(checkPolicyAgainstTerms(DEFAULT_POLICY, extra, CODES, now)).toContainEqual({ path: 'clauses/T-9', problem: 'text states points [2], the policy applies []' });
    const p: PenaltyPolicy = clone(DEFAULT_POLICY);
    p.ladder = p.ladder.filter((s) => s.measure !== 'warning');
    expect(checkPolicyAgainstTerms(p, DEFAULT_TERMS, CODES, now)).toContainEqual({ path: 'ladder', problem: 'a warning step is required before suspension (Art. 23(1), RO-2)' });
  });
});
