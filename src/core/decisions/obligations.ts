import type { DecisionClockObligations } from '../clocks/deadlines.js';
import type { ClockKind } from '../clocks/deadlines.js';
import type { DecisionGround } from '../events.js';
import { DomainError } from '../errors.js';
import { matrixCell, type Informed, type MatrixCell } from './matrix.js';
import type { DecisionAction, StatementDecisionFields } from './actions.js';
import type { DecisionSource } from './sources.js';

/** The decision as the reviewer (or an automated rule) takes it, with the flags the law turns on. */
export interface DecisionInput {
  source: DecisionSource;
  ground: DecisionGround;
  /** One or several actions (remove the listing and freeze the payouts). */
  actions: readonly DecisionAction[];
  /**
   * Deceptive high-volume commercial content (Art. 17(2), last sentence): Art. 17(1) does not
   * apply, so no statement, no Transparency Database record. The reviewer asserts it; Vigil does
   * not infer it.
   */
  deceptiveHighVolumeCommercial?: boolean;
  /** The recipient's electronic contact details are known (Art. 17(2), first sentence). Default true. */
  contactDetailsKnown?: boolean;
  /**
   * Information giving rise to a suspicion that a criminal offence involving a threat to the life
   * or safety of a person has taken, is taking or is likely to take place (Art. 18(1); NA-10).
   */
  threatToLifeOrSafety?: boolean;
  /** A terms-and-conditions decision on content that is also illegal (incompatible_content_illegal = Yes). */
  alsoIllegal?: boolean;
}

export interface DecisionObligations extends DecisionClockObligations {
  cells: readonly MatrixCell[];
  /** A statement of reasons is drawn up (Art. 17(1)), whether or not it can be delivered. */
  statementOwed: boolean;
  inform: readonly Informed[];
  buyerInformation: boolean;
  /** Art. 18(1): inform the competent law-enforcement or judicial authority, with its own record. */
  escalation: { required: boolean; article: 'Art. 18(1)'; requirement: 'NA-10' };
  clocks: readonly ClockKind[];
  /** The statement's four decision fields for all the actions together (A6 rule 2: several may combine). */
  fields: StatementDecisionFields;
  /** Why a rule was switched off for this decision, for the audit trail. */
  notes: readonly string[];
}

/** Several actions' decision fields in one statement; two values for one single-valued field conflict. */
export function mergeDecisionFields(list: readonly StatementDecisionFields[]): StatementDecisionFields {
  const out: StatementDecisionFields = { decision_visibility: [], decision_monetary: null, decision_provision: null, decision_account: null };
  for (const f of list) {
    out.decision_visibility = [...new Set([...out.decision_visibility, ...f.decision_visibility])];
    for (const key of ['decision_monetary', 'decision_provision', 'decision_account'] as const) {
      const v = f[key];
      if (v === null) continue;
      if (out[key] !== null && out[key] !== v) throw new DomainError('invalid_state', `conflicting ${key}: ${out[key]} and ${v}`);
      Object.assign(out, { [key]: v });
    }
  }
  return out;
}

const uniq = <T>(xs: readonly T[], key: (x: T) => string): T[] => [...new Map(xs.map((x) => [key(x), x])).values()];

/**
 * What one decision owes: the union of its actions' matrix cells, then the decision's own flags.
 * Throws DomainError('invalid_state') for a combination the matrix marks not applicable.
 */
export function decisionObligations(input: DecisionInput): DecisionObligations {
  if (input.actions.length === 0) throw new DomainError('invalid_state', 'a decision needs at least one action (no_action included)');
  if (input.actions.includes('no_action') && input.actions.length > 1) {
    throw new DomainError('invalid_state', 'no_action cannot be combined with another action');
  }
  const cells = input.actions.map((a) => matrixCell(input.source, input.ground, a));
  const bad = cells.find((c) => !c.applicable);
  if (bad) throw new DomainError('invalid_state', `${bad.source} × ${bad.action}: ${bad.notApplicable ?? 'not applicable'}`);

  const notes: string[] = [];
  let statementOwed = cells.some((c) => c.statementOwed);
  let inform = uniq(cells.flatMap((c) => c.inform), (i) => `${i.party}|${i.article}`);
  let statementToTrader = statementOwed;
  if (statementOwed && input.deceptiveHighVolumeCommercial) {
    statementOwed = false;
    statementToTrader = false;
    inform = inform.filter((i) => !(i.party === 'trader' && i.article === 'Art. 17(1)'));
    notes.push('Art. 17(2): deceptive high-volume commercial content — no statement of reasons and no Transparency Database record');
  }
  if (statementToTrader && input.contactDetailsKnown === false) {
    // The statement is still drawn up and submitted: Art. 24(5) covers the decisions of
    // Art. 17(1), and transparency should not depend on whether the trader could be reached.
    statementToTrader = false;
    inform = inform.filter((i) => !(i.party === 'trader' && i.article === 'Art. 17(1)'));
    notes.push('Art. 17(2): no electronic contact details — the statement cannot be sent to the recipient');
  }
  const clocks = new Set(cells.flatMap((c) => c.clocks));
  if (!statementToTrader) clocks.delete('statement_of_reasons');
  if (!statementOwed) clocks.delete('transparency_db');
  const buyerInformation = cells.some((c) => c.buyerInformation) || (Boolean(input.alsoIllegal) && cells.some((c) => c.restriction));
  if (buyerInformation) clocks.add('buyer_lookback');
  if (input.threatToLifeOrSafety) clocks.add('art18_escalation');
  return {
    cells, statementOwed, statementToTrader, transparencyDb: statementOwed, inform,
    effectConfirmation: cells.some((c) => c.effectConfirmation),
    complaintWindow: { trader: cells.some((c) => c.complaint.trader), notifier: cells.some((c) => c.complaint.notifier) },
    buyerInformation,
    escalation: { required: Boolean(input.threatToLifeOrSafety), article: 'Art. 18(1)', requirement: 'NA-10' },
    clocks: [...clocks], fields: mergeDecisionFields(cells.map((c) => c.fields)), notes,
  };
}
