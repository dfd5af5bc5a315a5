import { describe, expect, it } from 'vitest';
import { caseClocks } from '../clocks/deadlines.js';
import { isDomainError } from '../errors.js';
import { escalationRecipients, escalationRecord } from './escalation.js';
import { decisionObligations, mergeDecisionFields, type DecisionInput } from './obligations.js';

const ILLEGAL = 'DECISION_GROUND_ILLEGAL_CONTENT' as const;
const TC = 'DECISION_GROUND_INCOMPATIBLE_CONTENT' as const;
const base = (over: Partial<DecisionInput>): DecisionInput => ({ source: 'art16_notice', ground: ILLEGAL, actions: ['remove'], ...over });
const code = (f: () => unknown) => {
  try { f(); } catch (e) { return isDomainError(e) ? e.code : 'other'; }
  return 'none';
};

describe('named legal edge cases', () => {
  it('Art. 17(5): an Art. 9 order owes no statement of reasons and no database record; the recipient hears of it under Art. 9(5)', () => {
    const o = decisionObligations(base({ source: 'art9_order' }));
    expect(o).toMatchObject({ statementOwed: false, statementToTrader: false, transparencyDb: false, effectConfirmation: true });
    expect(o.inform).toEqual([{ party: 'trader', article: 'Art. 9(5)' }, { party: 'issuing_authority', article: 'Art. 9(1)' }]);
    expect(o.complaintWindow).toEqual({ trader: false, notifier: false });
  });

  it('a GPSR order is an Art. 9 order too, limited to removal, disabling or a warning', () => {
    expect(decisionObligations(base({ source: 'gpsr_order', actions: ['label'] }))).toMatchObject({ statementOwed: false, effectConfirmation: false });
    expect(code(() => decisionObligations(base({ source: 'gpsr_order', actions: ['demote'] })))).toBe('invalid_state');
    expect(code(() => decisionObligations(base({ source: 'art9_order', actions: ['suspend_account'] })))).toBe('invalid_state');
    expect(code(() => decisionObligations(base({ source: 'art9_order', ground: TC })))).toBe('invalid_state');
  });

  it('Art. 17(2): deceptive high-volume commercial content gets no statement and no database record', () => {
    const o = decisionObligations(base({ deceptiveHighVolumeCommercial: true }));
    expect(o).toMatchObject({ statementOwed: false, statementToTrader: false, transparencyDb: false, effectConfirmation: true });
    expect(o.inform).toEqual([{ party: 'notifier', article: 'Art. 16(5)' }]);
    expect(o.clocks).not.toContain('statement_of_reasons');
    expect(o.clocks).not.toContain('transparency_db');
    expect(o.notes.join()).toMatch(/deceptive high-volume/);
  });

  it('Art. 17(2): without contact details the statement is drawn up and submitted, but not sent', () => {
    const o = decisionObligations(base({ source: 'own_initiative', contactDetailsKnown: false }));
    expect(o).toMatchObject({ statementOwed: true, statementToTrader: false, transparencyDb: true });
    expect(o.inform).toEqual([]);
    expect(o.clocks).toContain('transparency_db');
    expect(o.clocks).not.toContain('statement_of_reasons');
  });

  it('Art. 16(5) and Art. 20(1): the notifier hears of "no action" and can complain about it', () => {
    const o = decisionObligations(base({ actions: ['no_action'] }));
    expect(o).toMatchObject({ statementOwed: false, transparencyDb: false, effectConfirmation: false, buyerInformation: false });
    expect(o.inform).toEqual([{ party: 'notifier', article: 'Art. 16(5)' }]);
    expect(o.complaintWindow).toEqual({ trader: false, notifier: true });
  });

  it('Art. 18: a threat to life or safety adds the escalation, whatever the action', () => {
    for (const actions of [['no_action'], ['remove']] as const) {
      const o = decisionObligations(base({ actions, threatToLifeOrSafety: true }));
      expect(o.escalation).toEqual({ required: true, article: 'Art. 18(1)', requirement: 'NA-10' });
      expect(o.clocks).toContain('art18_escalation');
    }
    expect(decisionObligations(base({})).escalation.required).toBe(false);
  });

  it('the effect is confirmed for restrictions, not for a label or no action', () => {
    expect(decisionObligations(base({ actions: ['demote'] })).effectConfirmation).toBe(true);
    expect(decisionObligations(base({ actions: ['label'] })).effectConfirmation).toBe(false);
    expect(decisionObligations(base({ actions: ['label', 'monetary_restriction'] })).effectConfirmation).toBe(true);
  });

  it('Art. 32: buyers are informed for an illegal product, or a terms decision on content also illegal', () => {
    expect(decisionObligations(base({ ground: TC })).buyerInformation).toBe(false);
    expect(decisionObligations(base({ ground: TC, alsoIllegal: true })).buyerInformation).toBe(true);
    expect(decisionObligations(base({ ground: TC, alsoIllegal: true })).clocks).toContain('buyer_lookback');
    expect(decisionObligations(base({ ground: TC, actions: ['no_action'], alsoIllegal: true })).buyerInformation).toBe(false);
  });
});

describe('several actions in one decision', () => {
  it('combines the statement fields (A6 rule 2)', () => {
    const o = decisionObligations(base({ actions: ['remove', 'monetary_restriction', 'restrict_features'] }));
    expect(o.fields).toEqual({
      decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'], decision_monetary: 'DECISION_MONETARY_SUSPENSION',
      decision_provision: 'DECISION_PROVISION_PARTIAL_SUSPENSION', decision_account: null,
    });
    expect(o.cells).toHaveLength(3);
  });

  it('refuses conflicting or empty action lists', () => {
    expect(code(() => decisionObligations(base({ actions: ['suspend_account', 'terminate_account'] })))).toBe('invalid_state');
    expect(code(() => decisionObligations(base({ actions: [] })))).toBe('invalid_state');
    expect(code(() => decisionObligations(base({ actions: ['no_action', 'label'] })))).toBe('invalid_state');
    expect(mergeDecisionFields([])).toEqual({ decision_visibility: [], decision_monetary: null, decision_provision: null, decision_account: null });
  });
});

describe('obligations drive the case clocks', () => {
  it('feeds caseClocks directly', () => {
    const decidedAt = new Date('2026-03-02T10:00:00Z');
    const obligations = decisionObligations(base({ source: 'trusted_flagger_notice' }));
    const clocks = caseClocks({
      caseId: 'c1', memberState: 'FR',
      decisions: [{ id: 'd1', decidedAt, appliesFrom: decidedAt, obligations, traderInformedAt: decidedAt, notifierInformedAt: decidedAt }],
    });
    expect(clocks.map((c) => `${c.kind}${c.party ? `:${c.party}` : ''}`).sort()).toEqual([
      'complaint_window:notifier', 'complaint_window:trader', 'effect_confirmation', 'statement_of_reasons', 'transparency_db',
    ]);
    const order = decisionObligations(base({ source: 'art9_order' }));
    const orderClocks = caseClocks({ caseId: 'c2', memberState: 'FR', decisions: [{ id: 'd2', decidedAt, appliesFrom: decidedAt, obligations: order, traderInformedAt: decidedAt }] });
    expect(orderClocks.map((c) => c.kind)).toEqual(['effect_confirmation']);
  });
});

describe('Art. 18 escalation record', () => {
  it('goes to the member states concerned, or to the establishment state and Europol', () => {
    expect(escalationRecipients(['DE', 'AT', 'DE'], 'IE')).toEqual({
      article: 'Art. 18(1)', recipients: [{ kind: 'national_authority', memberState: 'DE' }, { kind: 'national_authority', memberState: 'AT' }],
    });
    expect(escalationRecipients([], 'IE')).toEqual({ article: 'Art. 18(2)', recipients: [{ kind: 'national_authority', memberState: 'IE' }, { kind: 'europol' }] });
    const rec = escalationRecord({ caseId: 'c1', suspectedAt: new Date('2026-02-01T10:00:00Z'), concerned: [], establishedIn: 'NL' });
    expect(rec).toMatchObject({ caseId: 'c1', decisionId: null, article: 'Art. 18(2)', requirement: 'NA-10' });
  });
});

describe('informed parties across several actions and sources', () => {
  it('lists each party once, however many actions', () => {
    const o = decisionObligations(base({ source: 'trusted_flagger_notice', actions: ['remove', 'suspend_account', 'monetary_restriction'] }));
    expect(o.inform).toEqual([{ party: 'trader', article: 'Art. 17(1)' }, { party: 'notifier', article: 'Art. 16(5)' }]);
    expect(o.fields.decision_account).toBe('DECISION_ACCOUNT_SUSPENDED');
  });

  it('tells nobody about own-initiative "no action" and records nothing to submit', () => {
    const o = decisionObligations(base({ source: 'own_initiative', actions: ['no_action'] }));
    expect(o).toMatchObject({ inform: [], statementOwed: false, transparencyDb: false, clocks: [], notes: [] });
  });

  it('informs the authority when an order is not given effect', () => {
    const o = decisionObligations(base({ source: 'gpsr_order', actions: ['no_action'] }));
    expect(o.inform).toEqual([{ party: 'issuing_authority', article: 'Art. 9(1)' }]);
    expect(o.clocks).toEqual(['order_effect', 'order_authority_report', 'order_recipient_informed']);
  });

  it('applies both Art. 17(2) flags together without double notes on the trader', () => {
    const o = decisionObligations(base({ deceptiveHighVolumeCommercial: true, contactDetailsKnown: false }));
    expect(o.notes).toHaveLength(1);
    expect(o.transparencyDb).toBe(false);
  });
});

describe('escalation recipients', () => {
  it('keeps the order of the member states concerned and drops repeats', () => {
    expect(escalationRecipients(['PL', 'CZ', 'PL', 'SK'], 'IE').recipients).toEqual([
      { kind: 'national_authority', memberState: 'PL' }, { kind: 'national_authority', memberState: 'CZ' },
      { kind: 'national_authority', memberState: 'SK' },
    ]);
  });

  it('records the decision it came with, if any', () => {
    const rec = escalationRecord({ caseId: 'c9', decisionId: 'd9', suspectedAt: new Date('2026-02-01T10:00:00Z'), concerned: ['FR'], establishedIn: 'IE' });
    expect(rec).toEqual({
      caseId: 'c9', decisionId: 'd9', suspectedAt: new Date('2026-02-01T10:00:00Z'), article: 'Art. 18(1)', requirement: 'NA-10',
      recipients: [{ kind: 'national_authority', memberState: 'FR' }],
    });
  });
});
