import { describe, expect, it } from 'vitest';
import { complaintBasis, complaintWindow, isWithinWindow } from './window.js';
import { assertReviewer, complaintOutcomeMessage, reviewerProblems } from './outcome.js';
import { complaintMetrics } from './metrics.js';
import { assessMisuse, MISUSE_POLICY, MISUSE_POLICY_CLAUSE } from './misuse.js';
import { DEFAULT_TERMS } from '../terms/default-terms.js';

describe('complaint window (CH-1)', () => {
  it('is at least six months, ending at the end of the local day, rolled past days off', () => {
    const w = complaintWindow(new Date('2026-01-15T10:00:00Z'), 6, 'DE');
    expect(w.lastDay).toBe('2026-07-15');
    expect(w.closesAt.toISOString()).toBe('2026-07-15T21:59:59.999Z');
    expect(isWithinWindow(w, new Date('2026-07-15T21:59:59Z'))).toBe(true);
    expect(isWithinWindow(w, new Date('2026-07-15T22:00:00Z'))).toBe(false);
    // 2026-08-15 is a Saturday: the window runs to Monday 17th.
    expect(complaintWindow(new Date('2026-02-15T10:00:00Z'), 6, 'FR').lastDay).toBe('2026-08-17');
  });
  it('never shortens below six months and can be configured longer', () => {
    expect(complaintWindow(new Date('2026-01-15T10:00:00Z'), 3, 'DE').lastDay).toBe('2026-07-15');
    expect(complaintWindow(new Date('2026-01-15T10:00:00Z'), 12, 'DE').lastDay).toBe('2027-01-15');
    expect(complaintWindow(new Date('2026-01-15T10:00:00Z'), 6, 'US').memberState).toBe('BE');
  });
  it('names the Art. 20(1) point of the decision', () => {
    expect(complaintBasis('remove')).toBe('(a)');
    expect(complaintBasis('remove+suspend_account')).toBe('(a)(c)');
    expect(complaintBasis('monetary_restriction')).toBe('(d)');
  });
});

describe('complaint reviewer (CH-5)', () => {
  const base = { reviewer: 'user:2', reviewerKind: 'user' as const, role: 'senior_reviewer', originalDecider: 'user:1', secondReviewer: null };
  it('accepts a qualified person who did not decide', () => expect(reviewerProblems(base)).toEqual([]));
  it('refuses the original decider, the second reviewer, machine keys and unqualified roles', () => {
    expect(() => assertReviewer({ ...base, reviewer: 'user:1' })).toThrow(/took part/);
    expect(() => assertReviewer({ ...base, secondReviewer: 'user:2' })).toThrow(/took part/);
    expect(() => assertReviewer({ ...base, reviewerKind: 'api_key' })).toThrow(/automated/);
    expect(() => assertReviewer({ ...base, role: 'trustee' })).toThrow(/not qualified/);
  });
});

describe('complaint outcome message (CH-4, ODS-1)', () => {
  it.each(['en', 'de', 'fr', 'es'])('carries the reasons and the dispute-settlement link in %s', (lang) => {
    const m = complaintOutcomeMessage(lang, { reference: 'C-1', outcome: 'reversed', reasons: 'The invoice proves the goods are genuine.', outOfCourtUrl: 'https://ods.example/list', platformName: 'Shop' });
    expect(m.language).toBe(lang);
    expect(m.text).toContain('The invoice proves the goods are genuine.');
    expect(m.text).toContain('https://ods.example/list');
  });
});

describe('complaint metrics (CH-6)', () => {
  it('gives median time and reversal rates per category, rule and reviewer', () => {
    const at = (h: number) => new Date(Date.UTC(2026, 0, 1) + h * 3_600_000);
    const m = complaintMetrics([
      { basis: '(a)', category: 'A', rule: 'r1', reviewer: 'u1', outcome: 'reversed', receivedAt: at(0), decidedAt: at(10) },
      { basis: '(a)', category: 'A', rule: 'r1', reviewer: 'u2', outcome: 'upheld', receivedAt: at(0), decidedAt: at(20) },
      { basis: '(c)', category: 'B', rule: null, reviewer: 'u1', outcome: 'modified', receivedAt: at(0), decidedAt: at(40) },
      { basis: '(a)', category: 'B', rule: null, reviewer: null, outcome: null, receivedAt: at(0), decidedAt: null },
    ]);
    expect(m).toMatchObject({ received: 4, decided: 3, open: 1, reversed: 1, median_hours_to_decide: 20, by_basis: { '(a)': 3, '(c)': 1 } });
    expect(m.by_category).toEqual([
      { key: 'A', decided: 2, reversed: 1, modified: 0, reversal_rate: 0.5 },
      { key: 'B', decided: 1, reversed: 0, modified: 1, reversal_rate: 0 },
    ]);
    expect(m.by_rule).toEqual([{ key: 'r1', decided: 2, reversed: 1, modified: 0, reversal_rate: 0.5 }]);
    expect(m.by_reviewer.find((r) => r.key === 'u1')).toMatchObject({ decided: 2, reversed: 1 });
  });
});

describe('misuse assessment (Art. 23(2)-(3), RO-1, RO-2)', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const flags = (n: number, gravity: 'low' | 'high' = 'low', intent: 'none_identified' | 'deliberate' = 'none_identified') =>
    Array.from({ length: n }, (_, i) => ({ at: new Date(now.getTime() - (i + 1) * 86_400_000), gravity, intent }));
  const none = { warnedAt: null, suspendedUntil: null, priorSuspensions: 0 };
  it('records all four factors and does nothing below the thresholds', () => {
    const a = assessMisuse({ now, totalInWindow: 20, flags: flags(5), standing: none });
    expect(a.factors).toEqual({ window_days: 180, unfounded: 5, total: 20, proportion: 0.25, gravity: 'low', intent: 'none_identified' });
    expect(a.result).toBe('none');
  });
  it('warns first, then suspends for a set period (never a suspension without a warning)', () => {
    const first = assessMisuse({ now, totalInWindow: 6, flags: flags(5), standing: none });
    expect(first).toMatchObject({ frequent: true, result: 'warning', suspendedUntil: null });
    const second = assessMisuse({ now, totalInWindow: 6, flags: flags(5), standing: { ...none, warnedAt: new Date(now.getTime() - 86_400_000) } });
    expect(second.result).toBe('suspension');
    expect(second.suspendedUntil!.getTime() - now.getTime()).toBe(30 * 86_400_000);
  });
  it('lowers the threshold and lengthens the suspension for deliberate misuse; ignores flags outside the window', () => {
    const warned = { ...none, warnedAt: new Date(now.getTime() - 86_400_000) };
    const a = assessMisuse({ now, totalInWindow: 3, flags: flags(3, 'high', 'deliberate'), standing: warned });
    expect(a.result).toBe('suspension');
    expect(a.suspendedUntil!.getTime() - now.getTime()).toBe(90 * 86_400_000);
    const old = flags(5).map((f) => ({ ...f, at: new Date(f.at.getTime() - 200 * 86_400_000) }));
    expect(assessMisuse({ now, totalInWindow: 5, flags: old, standing: warned }).factors.unfounded).toBe(0);
  });
  it('publishes the numbers the engine uses (RO-3)', () => {
    const p = MISUSE_POLICY;
    for (const s of [`last ${p.windowDays} days`, `from ${p.minUnfounded} such`, `(${p.minUnfoundedGrave} where`, `at least ${p.minProportion * 100}%`,
      `for ${p.warningValidDays} days`, `for ${p.suspensionDays} days`, `for ${p.repeatSuspensionDays} days after`]) {
      expect(MISUSE_POLICY_CLAUSE).toContain(s);
    }
  });
  it('is a clause of the terms Vigil publishes (Art. 23(4))', () => {
    const clause = DEFAULT_TERMS.clauses.find((c) => c.clause_id === 'T-9.1');
    expect(clause?.title).toBe('Misuse of notices and complaints');
    expect(MISUSE_POLICY_CLAUSE).toContain(clause!.text);
    expect(clause!.text).toContain(`for ${MISUSE_POLICY.suspensionDays} days`);
  });
});
