// RO-1, RO-2, TC-4: the scoring and the ladder are deterministic on fixtures.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY as P } from './default-policy.js';
import { evaluateStanding, type MeasureView, type StrikeView } from './evaluate.js';
import { strikeFor } from './policy.js';

const t0 = new Date('2026-03-01T00:00:00Z');
const day = 86_400_000;
const at = (d: number) => new Date(t0.getTime() + d * day);
const s = (seq: number, points: number, d = 0, extra: Partial<StrikeView> = {}): StrikeView => ({ seq, points, severity: points >= 12 ? 'grave' : points === 3 ? 'high' : 'medium', recordedAt: at(d), expiresAt: at(d + 365), withdrawn: false, ...extra });
const m = (id: string, measure: MeasureView['measure'], triggerSeq: number, d: number, until: Date | null = null): MeasureView => ({ id, measure, triggerSeq, at: at(d), until, status: 'active' });

describe('penalty evaluation (Art. 23(1), RO-2)', () => {
  it('gives the same strike for the same category and gravity (TC-4 consistency)', () => {
    expect(strikeFor(P, 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', false)).toEqual({ severity: 'high', points: 3, expiryDays: 365, clause: 'T-4.3' });
    expect(strikeFor(P, 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', false)).toEqual({ severity: 'medium', points: 2, expiryDays: 365, clause: 'T-4.2' });
    expect(strikeFor(P, 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', true).severity).toBe('grave');
  });

  it('stays in good standing below the warning threshold', () => {
    const e = evaluateStanding(P, [s(1, 2)], [], at(1));
    expect(e).toMatchObject({ points: 2, plan: [], state: 'good' });
  });

  it('warns first, even when the points already reach a suspension', () => {
    const e = evaluateStanding(P, [s(1, 3), s(2, 3)], [], at(1));
    expect(e.plan.map((p) => p.measure)).toEqual(['warning']);
    expect(e.plan[0]).toMatchObject({ clause: 'T-7.2', triggerSeq: 2, points: 6 });
  });

  it('suspends for a defined period only for a strike after the warning', () => {
    const warned = [m('w', 'warning', 1, 0)];
    expect(evaluateStanding(P, [s(1, 6)], warned, at(1)).plan).toEqual([]); // same strike as the warning
    const e = evaluateStanding(P, [s(1, 3), s(2, 3, 2)], warned, at(2));
    expect(e.plan).toEqual([expect.objectContaining({ measure: 'suspension', clause: 'T-7.3', until: at(32), triggerSeq: 2 })]);
    expect(e.state).toBe('suspended');
  });

  it('is idempotent: evaluating again after the measure plans nothing', () => {
    const strikes = [s(1, 3), s(2, 3, 2)];
    const measures = [m('w', 'warning', 1, 0), m('s', 'suspension', 2, 2, at(32))];
    const e = evaluateStanding(P, strikes, measures, at(3));
    expect(e.plan).toEqual([]);
    expect(e.state).toBe('suspended');
    // Served, and no new strike: still nothing to do.
    expect(evaluateStanding(P, strikes, measures, at(40)).plan).toEqual([]);
    // A new strike after the suspension ended while still over the threshold: suspended again.
    expect(evaluateStanding(P, [...strikes, s(3, 2, 41)], measures, at(41)).plan.map((p) => p.measure)).toEqual(['suspension']);
  });

  it('terminates the gravest cases at once, without a warning (declared in T-7.4)', () => {
    const e = evaluateStanding(P, [s(1, 12)], [], at(0));
    expect(e.plan).toEqual([expect.objectContaining({ measure: 'termination', immediate: true, clause: 'T-7.4' })]);
    expect(e.state).toBe('terminated');
  });

  it('terminates at the termination threshold after a warning', () => {
    const e = evaluateStanding(P, [s(1, 3), s(2, 3, 1), s(3, 3, 2), s(4, 3, 3)], [m('w', 'warning', 1, 0), m('s', 'suspension', 2, 1, at(31))], at(3));
    expect(e.plan.map((p) => p.measure)).toEqual(['termination']);
  });

  it('lets strikes expire after their window', () => {
    const e = evaluateStanding(P, [s(1, 3), s(2, 3, 1)], [], at(400));
    expect(e).toMatchObject({ points: 0, activeStrikes: 0, plan: [] });
  });

  it('lifts a suspension that withdrawn strikes alone caused, and keeps one that stands without them', () => {
    const measures = [m('w', 'warning', 1, 0), m('s', 'suspension', 2, 2, at(32))];
    const withdrawn = evaluateStanding(P, [s(1, 3), s(2, 3, 2, { withdrawn: true })], measures, at(3));
    expect(withdrawn.lift).toEqual(['s']);
    expect(withdrawn.state).toBe('warned');
    const stillOver = evaluateStanding(P, [s(1, 3), s(2, 3, 1), s(3, 3, 2, { withdrawn: true })], [m('w', 'warning', 1, 0), m('s', 'suspension', 3, 2, at(32))], at(3));
    expect(stillOver.lift).toEqual([]);
  });
});
