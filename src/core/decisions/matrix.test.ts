import { describe, expect, it } from 'vitest';
import { DECISION_ACTIONS, DECISION_MATRIX, DECISION_SOURCES, matrixCell, type MatrixCell } from './matrix.js';

/**
 * The decision matrix, written out independently of the implementation: 6 sources × 2 grounds ×
 * 10 actions. Each cell is "FLAGS | INFORMED | COMPLAINT | CLOCKS" or "x" (cannot arise).
 *   FLAGS     SoR = statement of reasons owed (Art. 17(1)); TDB = Transparency Database (Art. 24(5));
 *             EFF = effect to confirm; B = buyers to inform (Art. 32)
 *   INFORMED  T17 = trader under Art. 17(1); T95 = trader under Art. 9(5); N = notifier (Art. 16(5));
 *             A = issuing authority (Art. 9(1))
 *   COMPLAINT CT = trader, CN = notifier (Art. 20(1))
 *   CLOCKS    rc receipt_confirmation, nd notice_decision, tf trusted_flagger_decision, oe order_effect,
 *             oar order_authority_report, ori order_recipient_informed, sor statement_of_reasons,
 *             tdb transparency_db, eff effect_confirmation, cw complaint_window, bl buyer_lookback
 */
const ACTIONS = ['remove', 'disable_access', 'demote', 'age_restrict', 'label', 'monetary_restriction',
  'suspend_account', 'terminate_account', 'restrict_features', 'no_action'] as const;

const EXPECTED: Record<string, { illegal: readonly string[]; tc: readonly string[] }> = {
  art16_notice: {
    illegal: [
      'SoR TDB EFF B | T17 N | CT CN | rc nd sor tdb eff cw bl', 'SoR TDB EFF B | T17 N | CT CN | rc nd sor tdb eff cw bl',
      'SoR TDB EFF B | T17 N | CT CN | rc nd sor tdb eff cw bl', 'SoR TDB EFF B | T17 N | CT CN | rc nd sor tdb eff cw bl',
      'SoR TDB B | T17 N | CT CN | rc nd sor tdb cw bl', 'SoR TDB EFF B | T17 N | CT CN | rc nd sor tdb eff cw bl',
      'SoR TDB EFF B | T17 N | CT CN | rc nd sor tdb eff cw bl', 'SoR TDB EFF B | T17 N | CT CN | rc nd sor tdb eff cw bl',
      'SoR TDB EFF B | T17 N | CT CN | rc nd sor tdb eff cw bl', ' | N | CN | rc nd cw',
    ],
    tc: [
      'SoR TDB EFF | T17 N | CT CN | rc nd sor tdb eff cw', 'SoR TDB EFF | T17 N | CT CN | rc nd sor tdb eff cw',
      'SoR TDB EFF | T17 N | CT CN | rc nd sor tdb eff cw', 'SoR TDB EFF | T17 N | CT CN | rc nd sor tdb eff cw',
      'SoR TDB | T17 N | CT CN | rc nd sor tdb cw', 'SoR TDB EFF | T17 N | CT CN | rc nd sor tdb eff cw',
      'SoR TDB EFF | T17 N | CT CN | rc nd sor tdb eff cw', 'SoR TDB EFF | T17 N | CT CN | rc nd sor tdb eff cw',
      'SoR TDB EFF | T17 N | CT CN | rc nd sor tdb eff cw', ' | N | CN | rc nd cw',
    ],
  },
  trusted_flagger_notice: {
    illegal: [
      'SoR TDB EFF B | T17 N | CT CN | rc tf sor tdb eff cw bl', 'SoR TDB EFF B | T17 N | CT CN | rc tf sor tdb eff cw bl',
      'SoR TDB EFF B | T17 N | CT CN | rc tf sor tdb eff cw bl', 'SoR TDB EFF B | T17 N | CT CN | rc tf sor tdb eff cw bl',
      'SoR TDB B | T17 N | CT CN | rc tf sor tdb cw bl', 'SoR TDB EFF B | T17 N | CT CN | rc tf sor tdb eff cw bl',
      'SoR TDB EFF B | T17 N | CT CN | rc tf sor tdb eff cw bl', 'SoR TDB EFF B | T17 N | CT CN | rc tf sor tdb eff cw bl',
      'SoR TDB EFF B | T17 N | CT CN | rc tf sor tdb eff cw bl', ' | N | CN | rc tf cw',
    ],
    tc: [
      'SoR TDB EFF | T17 N | CT CN | rc tf sor tdb eff cw', 'SoR TDB EFF | T17 N | CT CN | rc tf sor tdb eff cw',
      'SoR TDB EFF | T17 N | CT CN | rc tf sor tdb eff cw', 'SoR TDB EFF | T17 N | CT CN | rc tf sor tdb eff cw',
      'SoR TDB | T17 N | CT CN | rc tf sor tdb cw', 'SoR TDB EFF | T17 N | CT CN | rc tf sor tdb eff cw',
      'SoR TDB EFF | T17 N | CT CN | rc tf sor tdb eff cw', 'SoR TDB EFF | T17 N | CT CN | rc tf sor tdb eff cw',
      'SoR TDB EFF | T17 N | CT CN | rc tf sor tdb eff cw', ' | N | CN | rc tf cw',
    ],
  },
  art9_order: {
    illegal: [
      'EFF B | T95 A | | oe oar ori eff bl', 'EFF B | T95 A | | oe oar ori eff bl', 'EFF B | T95 A | | oe oar ori eff bl',
      'EFF B | T95 A | | oe oar ori eff bl', 'B | T95 A | | oe oar ori bl', 'x', 'x', 'x', 'x', ' | A | | oe oar ori',
    ],
    tc: ['x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x'],
  },
  gpsr_order: {
    illegal: [
      'EFF B | T95 A | | oe oar ori eff bl', 'EFF B | T95 A | | oe oar ori eff bl', 'x', 'x', 'B | T95 A | | oe oar ori bl',
      'x', 'x', 'x', 'x', ' | A | | oe oar ori',
    ],
    tc: ['x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x'],
  },
  own_initiative: {
    illegal: [
      'SoR TDB EFF B | T17 | CT | sor tdb eff cw bl', 'SoR TDB EFF B | T17 | CT | sor tdb eff cw bl',
      'SoR TDB EFF B | T17 | CT | sor tdb eff cw bl', 'SoR TDB EFF B | T17 | CT | sor tdb eff cw bl',
      'SoR TDB B | T17 | CT | sor tdb cw bl', 'SoR TDB EFF B | T17 | CT | sor tdb eff cw bl',
      'SoR TDB EFF B | T17 | CT | sor tdb eff cw bl', 'SoR TDB EFF B | T17 | CT | sor tdb eff cw bl',
      'SoR TDB EFF B | T17 | CT | sor tdb eff cw bl', ' | | | ',
    ],
    tc: [
      'SoR TDB EFF | T17 | CT | sor tdb eff cw', 'SoR TDB EFF | T17 | CT | sor tdb eff cw',
      'SoR TDB EFF | T17 | CT | sor tdb eff cw', 'SoR TDB EFF | T17 | CT | sor tdb eff cw',
      'SoR TDB | T17 | CT | sor tdb cw', 'SoR TDB EFF | T17 | CT | sor tdb eff cw',
      'SoR TDB EFF | T17 | CT | sor tdb eff cw', 'SoR TDB EFF | T17 | CT | sor tdb eff cw',
      'SoR TDB EFF | T17 | CT | sor tdb eff cw', ' | | | ',
    ],
  },
  other_notification: {
    illegal: [
      'SoR TDB EFF B | T17 | CT | nd sor tdb eff cw bl', 'SoR TDB EFF B | T17 | CT | nd sor tdb eff cw bl',
      'SoR TDB EFF B | T17 | CT | nd sor tdb eff cw bl', 'SoR TDB EFF B | T17 | CT | nd sor tdb eff cw bl',
      'SoR TDB B | T17 | CT | nd sor tdb cw bl', 'SoR TDB EFF B | T17 | CT | nd sor tdb eff cw bl',
      'SoR TDB EFF B | T17 | CT | nd sor tdb eff cw bl', 'SoR TDB EFF B | T17 | CT | nd sor tdb eff cw bl',
      'SoR TDB EFF B | T17 | CT | nd sor tdb eff cw bl', ' | | | nd',
    ],
    tc: [
      'SoR TDB EFF | T17 | CT | nd sor tdb eff cw', 'SoR TDB EFF | T17 | CT | nd sor tdb eff cw',
      'SoR TDB EFF | T17 | CT | nd sor tdb eff cw', 'SoR TDB EFF | T17 | CT | nd sor tdb eff cw',
      'SoR TDB | T17 | CT | nd sor tdb cw', 'SoR TDB EFF | T17 | CT | nd sor tdb eff cw',
      'SoR TDB EFF | T17 | CT | nd sor tdb eff cw', 'SoR TDB EFF | T17 | CT | nd sor tdb eff cw',
      'SoR TDB EFF | T17 | CT | nd sor tdb eff cw', ' | | | nd',
    ],
  },
};

const SOURCE_TYPES: Record<string, string> = {
  art16_notice: 'SOURCE_ARTICLE_16', trusted_flagger_notice: 'SOURCE_TRUSTED_FLAGGER', art9_order: 'SOURCE_TYPE_OTHER_NOTIFICATION',
  gpsr_order: 'SOURCE_TYPE_OTHER_NOTIFICATION', own_initiative: 'SOURCE_VOLUNTARY', other_notification: 'SOURCE_TYPE_OTHER_NOTIFICATION',
};

// The statement-of-reasons fields of each action (spec A5), written out.
const FIELDS: Record<string, [string[], string | null, string | null, string | null]> = {
  remove: [['DECISION_VISIBILITY_CONTENT_REMOVED'], null, null, null],
  disable_access: [['DECISION_VISIBILITY_CONTENT_DISABLED'], null, null, null],
  demote: [['DECISION_VISIBILITY_CONTENT_DEMOTED'], null, null, null],
  age_restrict: [['DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED'], null, null, null],
  label: [['DECISION_VISIBILITY_CONTENT_LABELLED'], null, null, null],
  monetary_restriction: [[], 'DECISION_MONETARY_SUSPENSION', null, null],
  suspend_account: [[], null, null, 'DECISION_ACCOUNT_SUSPENDED'],
  terminate_account: [[], null, null, 'DECISION_ACCOUNT_TERMINATED'],
  restrict_features: [[], null, 'DECISION_PROVISION_PARTIAL_SUSPENSION', null],
  no_action: [[], null, null, null],
};

const CLOCK_CODES: Record<string, string> = {
  receipt_confirmation: 'rc', notice_decision: 'nd', trusted_flagger_decision: 'tf', order_effect: 'oe',
  order_authority_report: 'oar', order_recipient_informed: 'ori', statement_of_reasons: 'sor', transparency_db: 'tdb',
  effect_confirmation: 'eff', complaint_window: 'cw', buyer_lookback: 'bl',
};

/** The cell in the expectation notation (sorted within each part, so order does not matter). */
function encode(c: MatrixCell): string {
  if (!c.applicable) return 'x';
  const sorted = (xs: string[]) => xs.sort().join(' ');
  const flags = [c.statementOwed && 'SoR', c.transparencyDb && 'TDB', c.effectConfirmation && 'EFF', c.buyerInformation && 'B'].filter((x): x is string => Boolean(x));
  const names: Record<string, string> = { 'trader|Art. 17(1)': 'T17', 'trader|Art. 9(5)': 'T95', 'notifier|Art. 16(5)': 'N', 'issuing_authority|Art. 9(1)': 'A' };
  const inform = c.inform.map((i) => names[`${i.party}|${i.article}`] ?? `?${i.party}`);
  const complaint = [c.complaint.trader && 'CT', c.complaint.notifier && 'CN'].filter((x): x is string => Boolean(x));
  const clocks = c.clocks.map((k) => CLOCK_CODES[k] ?? `?${k}`);
  return [sorted(flags), sorted(inform), sorted(complaint), sorted(clocks)].join(' | ');
}
const normalise = (s: string) => (s === 'x' ? 'x' : s.split('|').map((p) => p.trim().split(/\s+/).filter(Boolean).sort().join(' ')).join(' | '));

describe('decision matrix, cell by cell', () => {
  it('has the sources and actions of the expectation table, and 120 cells', () => {
    expect([...DECISION_SOURCES].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect([...DECISION_ACTIONS]).toEqual([...ACTIONS]);
    expect(DECISION_MATRIX).toHaveLength(120);
  });

  const cases = Object.keys(EXPECTED).flatMap((source) => (['illegal', 'tc'] as const).flatMap((g) => ACTIONS.map((action, i) => [source, g, action, i] as const)));
  it.each(cases)('%s × %s × %s', (source, g, action, i) => {
    const ground = g === 'illegal' ? 'DECISION_GROUND_ILLEGAL_CONTENT' : 'DECISION_GROUND_INCOMPATIBLE_CONTENT';
    const cell = matrixCell(source as MatrixCell['source'], ground, action);
    const row = EXPECTED[source]?.[g] ?? [];
    expect(encode(cell)).toBe(normalise(row[i] ?? '?'));
    expect(cell.sourceType).toBe(SOURCE_TYPES[source]);
    if (cell.applicable) {
      const [vis, mon, prov, acc] = FIELDS[action] ?? [[], null, null, null];
      expect(cell.fields).toEqual({ decision_visibility: vis, decision_monetary: mon, decision_provision: prov, decision_account: acc });
    } else {
      expect(cell.notApplicable).toMatch(/own[- ]initiative|own decision/);
    }
  });

  it('makes product-safety notices a conditional GPSR clock on notice sources only', () => {
    for (const c of DECISION_MATRIX.filter((x) => x.applicable)) {
      const gpsr = c.conditionalClocks.some((k) => k.kind === 'gpsr_notice');
      expect(gpsr).toBe(c.source === 'art16_notice' || c.source === 'trusted_flagger_notice');
    }
  });

  it('cites the point of Art. 17(1) for every owed statement', () => {
    expect(matrixCell('art16_notice', 'DECISION_GROUND_ILLEGAL_CONTENT', 'demote').statementBasis).toBe('Art. 17(1)(a)');
    expect(matrixCell('own_initiative', 'DECISION_GROUND_INCOMPATIBLE_CONTENT', 'monetary_restriction').statementBasis).toBe('Art. 17(1)(b)');
    expect(matrixCell('own_initiative', 'DECISION_GROUND_ILLEGAL_CONTENT', 'restrict_features').statementBasis).toBe('Art. 17(1)(c)');
    expect(matrixCell('other_notification', 'DECISION_GROUND_ILLEGAL_CONTENT', 'terminate_account').statementBasis).toBe('Art. 17(1)(d)');
    expect(matrixCell('gpsr_order', 'DECISION_GROUND_ILLEGAL_CONTENT', 'remove').statementBasis).toMatch(/^Art\. 17\(5\)/);
    expect(matrixCell('art16_notice', 'DECISION_GROUND_ILLEGAL_CONTENT', 'no_action').statementBasis).toMatch(/does not apply/);
  });

  it('refuses a combination that is not in the table', () => {
    expect(() => matrixCell('art16_notice', 'DECISION_GROUND_ILLEGAL_CONTENT', 'shadow_ban' as never)).toThrow(RangeError);
  });
});
