import type { ClockKind } from '../clocks/deadlines.js';
import type { DecisionGround, SourceType } from '../events.js';
import { ACTION_RULES, DECISION_ACTIONS, type DecisionAction, type StatementDecisionFields } from './actions.js';
import { DECISION_SOURCES, SOURCE_RULES, type DecisionSource, type InformedParty } from './sources.js';

export { DECISION_ACTIONS, type DecisionAction, type StatementDecisionFields } from './actions.js';
export { DECISION_SOURCES, type DecisionSource, type InformedParty } from './sources.js';

/**
 * The decision matrix: for every source × ground × action, what the law attaches to a decision.
 * It is one table (DECISION_MATRIX, 6 × 2 × 10 = 120 cells), derived once from the per-source and
 * per-action rules beside it and rendered in docs/decision-matrix.md; its tests check every cell
 * against an expectation table written independently. Flags of the individual decision
 * (deceptive high-volume commercial content, unknown contact details, Art. 18 suspicion) are
 * applied on top by decisionObligations().
 */

export const DECISION_GROUNDS: readonly DecisionGround[] = ['DECISION_GROUND_ILLEGAL_CONTENT', 'DECISION_GROUND_INCOMPATIBLE_CONTENT'];

export interface Informed {
  party: InformedParty;
  article: string;
}

export interface MatrixCell {
  source: DecisionSource;
  ground: DecisionGround;
  action: DecisionAction;
  /** False where the combination cannot arise (an order on a terms-and-conditions ground). */
  applicable: boolean;
  /** Why not, and what to record instead. */
  notApplicable?: string;
  sourceType: SourceType;
  restriction: boolean;
  /** A statement of reasons is owed to the affected recipient (Art. 17(1); SOR-1). */
  statementOwed: boolean;
  /** The article behind statementOwed, for the doc and the audit trail. */
  statementBasis: string;
  /** The statement goes to the Transparency Database (Art. 24(5); SOR-4). */
  transparencyDb: boolean;
  inform: readonly Informed[];
  /** Who can file an internal complaint (Art. 20(1); CH-1). */
  complaint: { trader: boolean; notifier: boolean };
  /** The marketplace confirms the restriction took effect (drift check). */
  effectConfirmation: boolean;
  /** Buyers of the last 6 months are told of the illegal product (Art. 32(1); RTI-1). */
  buyerInformation: boolean;
  clocks: readonly ClockKind[];
  conditionalClocks: readonly { kind: ClockKind; when: string }[];
  fields: StatementDecisionFields;
}

const ILLEGAL: DecisionGround = 'DECISION_GROUND_ILLEGAL_CONTENT';
const NO_FIELDS: StatementDecisionFields = { decision_visibility: [], decision_monetary: null, decision_provision: null, decision_account: null };

function notApplicable(source: DecisionSource, ground: DecisionGround, action: DecisionAction): string | undefined {
  const s = SOURCE_RULES[source];
  if (ground !== ILLEGAL && !s.incompatibleGround) {
    return 'an authority order concerns illegal content (Art. 9(1)); a decision on the terms and conditions is the provider\'s own: record it as own-initiative';
  }
  if (s.actions !== 'all' && !s.actions.includes(action)) {
    return source === 'gpsr_order'
      ? 'GPSR Art. 22(4) orders require removal, disabling access or an explicit warning; any further measure is an own-initiative decision'
      : 'an Art. 9 order acts against specific items of content; a measure on the account or payments is an own-initiative decision (Art. 17 applies)';
  }
  return undefined;
}

function buildCell(source: DecisionSource, ground: DecisionGround, action: DecisionAction): MatrixCell {
  const s = SOURCE_RULES[source];
  const a = ACTION_RULES[action];
  const reason = notApplicable(source, ground, action);
  if (reason) {
    return {
      source, ground, action, applicable: false, notApplicable: reason, sourceType: s.sourceType, restriction: a.restriction,
      statementOwed: false, statementBasis: 'not applicable', transparencyDb: false, inform: [],
      complaint: { trader: false, notifier: false }, effectConfirmation: false, buyerInformation: false,
      clocks: [], conditionalClocks: [], fields: NO_FIELDS,
    };
  }
  // Art. 17(1): restrictions on the ground of illegality or incompatibility with the terms;
  // Art. 17(5): not for orders under Art. 9.
  const statementOwed = a.restriction && s.art17Applies;
  const statementBasis = !a.restriction
    ? 'no restriction: Art. 17(1) does not apply'
    : s.art17Applies ? `Art. 17(1)${a.art17 ?? ''}` : 'Art. 17(5): not owed for orders under Art. 9';
  const inform: Informed[] = [];
  if (statementOwed) inform.push({ party: 'trader', article: 'Art. 17(1)' });
  // Art. 9(5): the recipient hears of the order, its reasons, redress and territorial scope.
  if (s.authority && a.restriction) inform.push({ party: 'trader', article: 'Art. 9(5)' });
  if (s.notifier) inform.push({ party: 'notifier', article: 'Art. 16(5)' });
  if (s.authority) inform.push({ party: 'issuing_authority', article: 'Art. 9(1)' });
  // Art. 20(1): the affected recipient against a restriction the provider decided; the notifier
  // against any decision on its notice, including no action.
  const complaint = { trader: statementOwed, notifier: s.notifier };
  const clocks: ClockKind[] = [...s.intakeClocks];
  if (statementOwed) clocks.push('statement_of_reasons', 'transparency_db');
  if (a.effectConfirmation) clocks.push('effect_confirmation');
  if (complaint.trader || complaint.notifier) clocks.push('complaint_window');
  // Art. 32(1) once the provider is aware an illegal product was offered; an order establishes it.
  const buyerInformation = ground === ILLEGAL && a.restriction;
  if (buyerInformation) clocks.push('buyer_lookback');
  return {
    source, ground, action, applicable: true, sourceType: s.sourceType, restriction: a.restriction, statementOwed,
    statementBasis, transparencyDb: statementOwed, inform, complaint, effectConfirmation: a.effectConfirmation,
    buyerInformation, clocks, conditionalClocks: s.conditionalClocks, fields: a.fields,
  };
}

export const DECISION_MATRIX: readonly MatrixCell[] = Object.freeze(
  DECISION_SOURCES.flatMap((source) => DECISION_GROUNDS.flatMap((ground) => DECISION_ACTIONS.map((action) => buildCell(source, ground, action)))),
);

const INDEX = new Map(DECISION_MATRIX.map((c) => [`${c.source}|${c.ground}|${c.action}`, c]));

/** The matrix cell of one combination. */
export function matrixCell(source: DecisionSource, ground: DecisionGround, action: DecisionAction): MatrixCell {
  const cell = INDEX.get(`${source}|${ground}|${action}`);
  if (!cell) throw new RangeError(`no decision matrix cell for ${source} × ${ground} × ${action}`);
  return cell;
}
