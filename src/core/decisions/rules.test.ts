import { describe, expect, it } from 'vitest';
import { CLOCK_KINDS } from '../clocks/deadlines.js';
import { ACTION_RULES, DECISION_ACTIONS } from './actions.js';
import { DECISION_GROUNDS, DECISION_MATRIX } from './matrix.js';
import { decisionObligations } from './obligations.js';
import { DECISION_SOURCES, SOURCE_RULES } from './sources.js';

describe('action rules', () => {
  it('fill at least one decision field for every restriction and none for no action (A6 rule 1)', () => {
    for (const action of DECISION_ACTIONS) {
      const f = ACTION_RULES[action].fields;
      const filled = f.decision_visibility.length + [f.decision_monetary, f.decision_provision, f.decision_account].filter((x) => x !== null).length;
      expect(filled).toBe(action === 'no_action' ? 0 : 1);
      expect(ACTION_RULES[action].restriction).toBe(action !== 'no_action');
    }
  });

  it('name the point of Art. 17(1) that matches the decision field', () => {
    for (const action of DECISION_ACTIONS) {
      const r = ACTION_RULES[action];
      const expected = r.fields.decision_visibility.length ? '(a)' : r.fields.decision_monetary ? '(b)' : r.fields.decision_provision ? '(c)' : r.fields.decision_account ? '(d)' : null;
      expect(r.art17).toBe(expected);
    }
  });

  it('map to the Art. 20(1) point of the measure: visibility (a), service (b), account (c), monetisation (d)', () => {
    expect(Object.fromEntries(DECISION_ACTIONS.map((a) => [a, ACTION_RULES[a].art20]))).toEqual({
      remove: '(a)', disable_access: '(a)', demote: '(a)', age_restrict: '(a)', label: '(a)', monetary_restriction: '(d)',
      suspend_account: '(c)', terminate_account: '(c)', restrict_features: '(b)', no_action: '(a)',
    });
  });

  it('need no effect confirmation only for a label and for no action', () => {
    expect(DECISION_ACTIONS.filter((a) => !ACTION_RULES[a].effectConfirmation)).toEqual(['label', 'no_action']);
  });
});

describe('source rules', () => {
  it('exempt exactly the orders from Art. 17 and inform the authority for them only', () => {
    for (const s of DECISION_SOURCES) {
      const order = s === 'art9_order' || s === 'gpsr_order';
      expect(SOURCE_RULES[s].art17Applies).toBe(!order);
      expect(SOURCE_RULES[s].authority).toBe(order);
      expect(SOURCE_RULES[s].incompatibleGround).toBe(!order);
    }
  });

  it('give Art. 16(5) notifier rights to Art. 16 and trusted-flagger notices only', () => {
    expect(DECISION_SOURCES.filter((s) => SOURCE_RULES[s].notifier)).toEqual(['art16_notice', 'trusted_flagger_notice']);
  });

  it('only name known clocks, and always allow no action', () => {
    for (const s of DECISION_SOURCES) {
      const r = SOURCE_RULES[s];
      for (const k of [...r.intakeClocks, ...r.conditionalClocks.map((c) => c.kind)]) expect(CLOCK_KINDS).toContain(k);
      expect(r.actions === 'all' || r.actions.includes('no_action')).toBe(true);
    }
  });
});

describe('the matrix as a whole', () => {
  it('sends to the database exactly the statements owed, and never for no action', () => {
    for (const c of DECISION_MATRIX) {
      expect(c.transparencyDb).toBe(c.statementOwed);
      if (c.action === 'no_action') expect(c.transparencyDb).toBe(false);
    }
  });

  it('has every clock of every applicable cell in the clock catalogue', () => {
    for (const c of DECISION_MATRIX) for (const k of c.clocks) expect(CLOCK_KINDS).toContain(k);
  });

  it('gives obligations for every applicable cell and refuses every other', () => {
    for (const source of DECISION_SOURCES) {
      for (const ground of DECISION_GROUNDS) {
        for (const action of DECISION_ACTIONS) {
          const cell = DECISION_MATRIX.find((c) => c.source === source && c.ground === ground && c.action === action);
          const run = () => decisionObligations({ source, ground, actions: [action] });
          if (cell?.applicable) {
            const o = run();
            expect(o.statementOwed).toBe(cell.statementOwed);
            expect(o.fields).toEqual(cell.fields);
          } else {
            expect(run).toThrow(/own/);
          }
        }
      }
    }
  });
});
