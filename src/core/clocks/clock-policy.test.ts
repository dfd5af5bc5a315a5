import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors.js';
import { clockPolicy, DEFAULT_CLOCK_POLICY, type ClockPolicy } from './clock-policy.js';

const HOUR = 3_600_000;
const problems = (over: Partial<ClockPolicy>): string[] => {
  try {
    clockPolicy(over);
    return [];
  } catch (e) {
    if (!isDomainError(e)) throw e;
    expect(e.code).toBe('invalid_config');
    return (e.details ?? []).map((d) => d.path);
  }
};

describe('clock policy validation', () => {
  it.each([
    ['receiptConfirmationMs', 0], ['receiptConfirmationMs', 1.5], ['noticeDecisionMs', -HOUR],
    ['highRiskNoticeDecisionMs', Number.NaN], ['trustedFlaggerDecisionMs', 0], ['orderEffectMs', Infinity],
    ['orderReportMs', 0], ['transparencyDbMs', -1], ['effectConfirmationMs', 0.5], ['art18EscalationMs', 0],
  ] as const)('refuses %s = %s', (key, value) => {
    expect(problems({ [key]: value })).toContain(key);
  });

  it.each([
    ['complaintWindowMonths', 5], ['complaintWindowMonths', 0], ['complaintWindowMonths', 6.5],
    ['buyerLookbackMonths', 5], ['buyerLookbackMonths', -6],
  ] as const)('refuses %s = %s, below or beside the legal minimum', (key, value) => {
    expect(problems({ [key]: value })).toEqual([key]);
  });

  it.each([
    ['complaintWindowMonths', 6], ['complaintWindowMonths', 12], ['buyerLookbackMonths', 6], ['buyerLookbackMonths', 24],
  ] as const)('accepts %s = %s', (key, value) => {
    expect(problems({ [key]: value })).toEqual([]);
  });

  it('keeps the trusted-flagger lane strictly faster than the standard one', () => {
    expect(problems({ trustedFlaggerDecisionMs: 72 * HOUR })).toEqual(['trustedFlaggerDecisionMs']);
    expect(problems({ trustedFlaggerDecisionMs: 71 * HOUR })).toEqual([]);
    expect(problems({ noticeDecisionMs: 12 * HOUR })).toEqual(['trustedFlaggerDecisionMs', 'highRiskNoticeDecisionMs']);
    expect(problems({ noticeDecisionMs: 12 * HOUR, trustedFlaggerDecisionMs: 4 * HOUR, highRiskNoticeDecisionMs: 12 * HOUR })).toEqual([]);
  });

  it('checks extra holidays per state code and date', () => {
    expect(problems({ extraHolidays: { DE: ['2026-01-06', '2026-11-01'], ES: ['2026-03-19'] } })).toEqual([]);
    expect(problems({ extraHolidays: { DE: ['2026-1-6'] } })).toEqual(['extraHolidays.DE.0']);
    expect(problems({ extraHolidays: { UK: ['2026-01-06'] } as never })).toEqual(['extraHolidays.UK']);
  });

  it('lists every problem at once, in the message too', () => {
    try {
      clockPolicy({ receiptConfirmationMs: 0, complaintWindowMonths: 1 });
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.message).toBe('invalid clock policy: receiptConfirmationMs, complaintWindowMonths');
    }
  });

  it('does not change the defaults when overriding', () => {
    const p = clockPolicy({ transparencyDbMs: HOUR });
    expect(p.transparencyDbMs).toBe(HOUR);
    expect(DEFAULT_CLOCK_POLICY.transparencyDbMs).toBe(24 * HOUR);
    expect(Object.isFrozen(DEFAULT_CLOCK_POLICY)).toBe(true);
  });
});
