import { describe, expect, it } from 'vitest';
import { breaches, caseClocks, withinWindow, type CaseFacts, type Clock, type DecisionFacts } from './deadlines.js';
import { EEA_MEMBER_STATES, MEMBER_STATE_TIME_ZONES, type MemberState } from './member-states.js';
import { localIsoDate } from './zoned-time.js';

const t = (s: string) => new Date(s);
const only = (clocks: Clock[], kind: Clock['kind']): Clock => {
  const c = clocks.find((x) => x.kind === kind);
  if (!c) throw new Error(`no ${kind} clock`);
  return c;
};
const gpsrDue = (receivedAt: string, ms: MemberState = 'DE') => only(caseClocks({
  caseId: 'c', memberState: ms,
  notices: [{ id: 'n', channel: 'art16', receivedAt: t(receivedAt), substantiated: true, contactDetailsGiven: false, productSafety: true }],
}), 'gpsr_notice').dueAt.toISOString();

describe('GPSR notice limit for each receipt weekday (Berlin, a week without holidays)', () => {
  it.each([
    ['Monday', '2026-02-09T10:00:00Z', '2026-02-12T22:59:59.999Z'],
    ['Tuesday', '2026-02-10T10:00:00Z', '2026-02-13T22:59:59.999Z'],
    ['Wednesday', '2026-02-11T10:00:00Z', '2026-02-16T22:59:59.999Z'],
    ['Thursday', '2026-02-12T10:00:00Z', '2026-02-17T22:59:59.999Z'],
    ['Friday', '2026-02-13T10:00:00Z', '2026-02-18T22:59:59.999Z'],
    ['Saturday', '2026-02-14T10:00:00Z', '2026-02-18T22:59:59.999Z'],
    ['Sunday', '2026-02-15T10:00:00Z', '2026-02-18T22:59:59.999Z'],
  ])('received on %s', (_day, receivedAt, due) => {
    expect(gpsrDue(receivedAt)).toBe(due);
  });
});

describe('complaint window ending on Christmas Day in every member state', () => {
  // Informed 25 June 2026 → 6 months ends on 25 December, a holiday everywhere; 26 and 27 are a
  // weekend → Monday 28 December, except in Bulgaria, where the 28th replaces the 26th.
  const decision = (informed: Date): DecisionFacts => ({
    id: 'd', decidedAt: informed, appliesFrom: informed, traderInformedAt: informed,
    obligations: { statementToTrader: false, transparencyDb: false, effectConfirmation: false, complaintWindow: { trader: true, notifier: false } },
  });

  it.each(EEA_MEMBER_STATES.map((ms) => [ms, ms === 'BG' ? '2026-12-29' : '2026-12-28'] as const))('%s: open until the end of %s', (ms, last) => {
    const zone = MEMBER_STATE_TIME_ZONES[ms];
    const informed = t('2026-06-25T10:00:00Z');
    const window = only(caseClocks({ caseId: 'c', memberState: ms, decisions: [decision(informed)] }), 'complaint_window');
    expect(localIsoDate(window.dueAt, zone)).toBe(last);
    expect(withinWindow(window, window.dueAt)).toBe(true);
    expect(withinWindow(window, new Date(window.dueAt.getTime() + 1))).toBe(false);
    // Never shorter than informedAt + 6 months to the millisecond.
    expect(window.dueAt.getTime()).toBeGreaterThanOrEqual(t('2026-12-25T10:00:00Z').getTime());
  });
});

describe('dispute limits at the millisecond', () => {
  const facts = (decidedAt: Date | null): CaseFacts => ({
    caseId: 'c', memberState: 'PT',
    disputes: [{ id: 'x', receivedAt: t('2026-01-10T12:00:00Z'), extended: false, decidedAt }],
  });

  it('is on time on the 90th day until 23:59:59.999 Lisbon time and late 1 ms after', () => {
    const due = only(caseClocks(facts(null)), 'dispute_decision').dueAt;
    expect(due.toISOString()).toBe('2026-04-10T22:59:59.999Z'); // WEST, UTC+1
    expect(breaches(caseClocks(facts(due)), t('2030-01-01T00:00:00Z'))).toEqual([]);
    const late = breaches(caseClocks(facts(new Date(due.getTime() + 1))), t('2030-01-01T00:00:00Z'));
    expect(late.map((b) => [b.clock.kind, b.open, b.lateByMs])).toEqual([['dispute_decision', false, 1]]);
    expect(breaches(caseClocks(facts(null)), due)).toEqual([]);
    expect(breaches(caseClocks(facts(null)), new Date(due.getTime() + 1))).toHaveLength(1);
  });
});

describe('receipt confirmation at the second', () => {
  const facts = (ackAt: string): CaseFacts => ({
    caseId: 'c', memberState: 'IE',
    notices: [{ id: 'n', channel: 'art16', receivedAt: t('2026-05-04T09:00:00Z'), substantiated: false, contactDetailsGiven: true, acknowledgedAt: t(ackAt) }],
  });

  it('allows 60 s, not 60 s + 1 ms', () => {
    expect(breaches(caseClocks(facts('2026-05-04T09:01:00.000Z')), t('2026-06-01T00:00:00Z'))).toEqual([]);
    expect(breaches(caseClocks(facts('2026-05-04T09:01:00.001Z')), t('2026-06-01T00:00:00Z'))).toHaveLength(1);
    expect(breaches(caseClocks(facts('2026-05-04T09:00:59.000Z')), t('2026-06-01T00:00:00Z'))).toEqual([]);
  });
});

describe('trusted-flagger lane with a shorter operator target', () => {
  it('uses the configured target and keeps the standard lane for out-of-area notices', () => {
    const facts: CaseFacts = {
      caseId: 'c', memberState: 'AT',
      notices: [
        { id: 'in', channel: 'trusted_flagger', receivedAt: t('2026-05-04T09:00:00Z'), substantiated: true, contactDetailsGiven: false },
        { id: 'out', channel: 'trusted_flagger', withinExpertise: false, receivedAt: t('2026-05-04T09:00:00Z'), substantiated: true, contactDetailsGiven: false },
      ],
    };
    const clocks = caseClocks(facts, { trustedFlaggerDecisionMs: 4 * 3_600_000 });
    expect(clocks.map((c) => [c.subject.id, c.kind, c.dueAt.toISOString()])).toEqual([
      ['in', 'trusted_flagger_decision', '2026-05-04T13:00:00.000Z'],
      ['out', 'notice_decision', '2026-05-07T09:00:00.000Z'],
    ]);
  });
});
