import { DomainError, type ErrorDetail } from '../errors.js';
import { isIsoDate, type IsoDate } from './civil-date.js';
import { isMemberState, type MemberState } from './member-states.js';

/**
 * The operator's numbers for the clocks the law leaves open ("without undue delay") and the
 * limits it lets them lengthen. Defaults are the requirement catalogue's [target] values. The
 * legal floors cannot be configured away: a complaint window under 6 months (Art. 20(1), CH-1)
 * or a buyer lookback under 6 months (Art. 32(1), RTI-1) is refused, and so is a trusted-flagger
 * lane that is not faster than the standard one (Art. 22(1), TF-1).
 */
export interface ClockPolicy {
  /** NA-4: confirmation of receipt to a notifier who gave contact details. */
  receiptConfirmationMs: number;
  /** NA-6: decision on a standard notice, from knowledge. */
  noticeDecisionMs: number;
  /** NA-6: decision on a notice in a high-risk product category, from knowledge. */
  highRiskNoticeDecisionMs: number;
  /** TF-1: decision on a trusted flagger's notice within its area of expertise. */
  trustedFlaggerDecisionMs: number;
  /** NA-8, Art. 9(1): an Art. 9 order without its own time limit is acted on within this. */
  orderEffectMs: number;
  /** NA-8, Art. 9(1): telling the issuing authority the effect given, from the effect. */
  orderReportMs: number;
  /** SOR-4, Art. 24(5): Transparency Database submission, from the decision. */
  transparencyDbMs: number;
  /** Issue 4 item 6: the marketplace confirms a restriction took effect (drift check). */
  effectConfirmationMs: number;
  /** NA-10, Art. 18(1): "promptly" informing the competent authority. */
  art18EscalationMs: number;
  /** CH-1, Art. 20(1): at least 6. */
  complaintWindowMonths: number;
  /** RTI-1, Art. 32(1): at least 6. */
  buyerLookbackMonths: number;
  /** Operator-supplied extra days off per state (regional holidays, decreed bridge days). */
  extraHolidays: Partial<Record<MemberState, readonly IsoDate[]>>;
}

const HOUR = 3_600_000;

export const DEFAULT_CLOCK_POLICY: Readonly<ClockPolicy> = Object.freeze({
  receiptConfirmationMs: 60_000,
  noticeDecisionMs: 72 * HOUR,
  highRiskNoticeDecisionMs: 24 * HOUR,
  trustedFlaggerDecisionMs: 24 * HOUR,
  orderEffectMs: 24 * HOUR,
  orderReportMs: 24 * HOUR,
  transparencyDbMs: 24 * HOUR,
  effectConfirmationMs: 5 * 60_000,
  art18EscalationMs: HOUR,
  complaintWindowMonths: 6,
  buyerLookbackMonths: 6,
  extraHolidays: {},
});

const DURATIONS = [
  'receiptConfirmationMs', 'noticeDecisionMs', 'highRiskNoticeDecisionMs', 'trustedFlaggerDecisionMs',
  'orderEffectMs', 'orderReportMs', 'transparencyDbMs', 'effectConfirmationMs', 'art18EscalationMs',
] as const;

/**
 * The policy with the operator's overrides, or a DomainError('invalid_config') naming every bad
 * setting at once.
 */
export function clockPolicy(overrides: Partial<ClockPolicy> = {}): ClockPolicy {
  const p: ClockPolicy = { ...DEFAULT_CLOCK_POLICY, ...overrides };
  const problems: ErrorDetail[] = [];
  for (const key of DURATIONS) {
    const v = p[key];
    if (!Number.isInteger(v) || v <= 0) problems.push({ path: key, problem: 'must be a positive whole number of milliseconds' });
  }
  if (!Number.isInteger(p.complaintWindowMonths) || p.complaintWindowMonths < 6) {
    problems.push({ path: 'complaintWindowMonths', problem: 'must be a whole number of months, at least 6 (Art. 20(1))' });
  }
  if (!Number.isInteger(p.buyerLookbackMonths) || p.buyerLookbackMonths < 6) {
    problems.push({ path: 'buyerLookbackMonths', problem: 'must be a whole number of months, at least 6 (Art. 32(1))' });
  }
  if (p.trustedFlaggerDecisionMs >= p.noticeDecisionMs) {
    problems.push({ path: 'trustedFlaggerDecisionMs', problem: 'must be shorter than noticeDecisionMs: trusted flaggers have priority (Art. 22(1))' });
  }
  if (p.highRiskNoticeDecisionMs > p.noticeDecisionMs) {
    problems.push({ path: 'highRiskNoticeDecisionMs', problem: 'must not be longer than noticeDecisionMs' });
  }
  for (const [ms, days] of Object.entries(p.extraHolidays)) {
    if (!isMemberState(ms)) problems.push({ path: `extraHolidays.${ms}`, problem: 'is not an EU/EEA state code' });
    (days ?? []).forEach((d, i) => {
      if (!isIsoDate(d)) problems.push({ path: `extraHolidays.${ms}.${i}`, problem: 'must be a calendar date YYYY-MM-DD' });
    });
  }
  if (problems.length > 0) {
    throw new DomainError('invalid_config', `invalid clock policy: ${problems.map((x) => x.path).join(', ')}`, problems);
  }
  return p;
}
