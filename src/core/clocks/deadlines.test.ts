import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors.js';
import { clockPolicy, DEFAULT_CLOCK_POLICY } from './clock-policy.js';
import {
  breaches, caseClocks, caseKnowledgeAt, knowledgeAt, openDeadlines, withinWindow,
  type CaseFacts, type Clock, type DecisionFacts, type NoticeFacts,
} from './deadlines.js';

const t = (s: string) => new Date(s);
const HOUR = 3_600_000;
const notice = (over: Partial<NoticeFacts> = {}): NoticeFacts => ({
  id: 'n1', channel: 'art16', receivedAt: t('2026-01-09T09:00:00Z'), substantiated: true, contactDetailsGiven: true, ...over,
});
const one = (clocks: Clock[], kind: Clock['kind']) => {
  const found = clocks.filter((c) => c.kind === kind);
  expect(found).toHaveLength(1);
  return found[0] as Clock;
};
const facts = (over: Partial<CaseFacts>): CaseFacts => ({ caseId: 'c1', memberState: 'DE', ...over });

describe('knowledge (NA-5)', () => {
  it('starts at receipt for a substantiated notice and at completion for an incomplete one', () => {
    expect(knowledgeAt(notice())).toEqual(t('2026-01-09T09:00:00Z'));
    expect(knowledgeAt(notice({ substantiated: false }))).toBeNull();
    expect(knowledgeAt(notice({ substantiated: false, completedAt: t('2026-01-12T10:00:00Z') }))).toEqual(t('2026-01-12T10:00:00Z'));
  });

  it('is the earliest of the case\'s notices and orders', () => {
    expect(caseKnowledgeAt({})).toBeNull();
    expect(caseKnowledgeAt({
      notices: [notice({ substantiated: false }), notice({ id: 'n2', receivedAt: t('2026-01-10T00:00:00Z') })],
      orders: [{ id: 'o1', kind: 'art9', memberState: 'FR', receivedAt: t('2026-01-09T23:00:00Z') }],
    })).toEqual(t('2026-01-09T23:00:00Z'));
  });

  it('starts the decision clock only once knowledge exists', () => {
    expect(caseClocks(facts({ notices: [notice({ substantiated: false })] })).map((c) => c.kind)).toEqual(['receipt_confirmation']);
    const later = caseClocks(facts({ notices: [notice({ substantiated: false, completedAt: t('2026-01-12T10:00:00Z') })] }));
    expect(one(later, 'notice_decision').startsAt).toEqual(t('2026-01-12T10:00:00Z'));
  });
});

describe('notice clocks', () => {
  it('confirms receipt within 60 s where contact details were given (NA-4)', () => {
    const c = one(caseClocks(facts({ notices: [notice()] })), 'receipt_confirmation');
    expect(c).toMatchObject({ basis: 'target', role: 'deadline', requirement: 'NA-4', article: 'Art. 16(4)' });
    expect(c.dueAt).toEqual(t('2026-01-09T09:01:00Z'));
    expect(caseClocks(facts({ notices: [notice({ contactDetailsGiven: false })] })).some((x) => x.kind === 'receipt_confirmation')).toBe(false);
  });

  it('gives product-safety notices 3 working days from receipt in the case calendar (NA-7)', () => {
    const c = one(caseClocks(facts({ notices: [notice({ productSafety: true })] })), 'gpsr_notice');
    expect(c).toMatchObject({ basis: 'law', calendarMs: 'DE', requirement: 'NA-7' });
    expect(c.dueAt.toISOString()).toBe('2026-01-14T22:59:59.999Z');
    // An incomplete product-safety notice still runs from receipt.
    const inc = one(caseClocks(facts({ notices: [notice({ productSafety: true, substantiated: false })] })), 'gpsr_notice');
    expect(inc.dueAt.toISOString()).toBe('2026-01-14T22:59:59.999Z');
  });

  it('uses the operator\'s extra holidays and the case\'s time zone', () => {
    const extra = caseClocks(facts({ notices: [notice({ receivedAt: t('2026-01-05T09:00:00Z'), productSafety: true })] }), { extraHolidays: { DE: ['2026-01-06'] } });
    expect(one(extra, 'gpsr_notice').dueAt.toISOString()).toBe('2026-01-09T22:59:59.999Z');
    const canary = caseClocks({ caseId: 'c', memberState: 'ES', timeZone: 'Atlantic/Canary', notices: [notice({ receivedAt: t('2026-01-08T23:30:00Z'), productSafety: true })] });
    expect(one(canary, 'gpsr_notice').dueAt.toISOString()).toBe('2026-01-13T23:59:59.999Z');
  });

  it('puts trusted flaggers in a faster lane, unless outside their expertise (TF-1)', () => {
    const tf = one(caseClocks(facts({ notices: [notice({ channel: 'trusted_flagger' })] })), 'trusted_flagger_decision');
    expect(tf).toMatchObject({ basis: 'target', requirement: 'TF-1', article: 'Art. 22(1)' });
    expect(tf.dueAt.getTime() - tf.startsAt.getTime()).toBe(24 * HOUR);
    const out = caseClocks(facts({ notices: [notice({ channel: 'trusted_flagger', withinExpertise: false })] }));
    expect(one(out, 'notice_decision').dueAt.getTime() - tf.startsAt.getTime()).toBe(72 * HOUR);
  });

  it('uses the standard and high-risk SLOs for other notices (NA-6)', () => {
    const std = one(caseClocks(facts({ notices: [notice()] })), 'notice_decision');
    expect(std.dueAt).toEqual(t('2026-01-12T09:00:00Z'));
    const high = one(caseClocks(facts({ notices: [notice({ highRisk: true })] })), 'notice_decision');
    expect(high.dueAt).toEqual(t('2026-01-10T09:00:00Z'));
    const custom = one(caseClocks(facts({ notices: [notice()] }), { noticeDecisionMs: 48 * HOUR }), 'notice_decision');
    expect(custom.dueAt).toEqual(t('2026-01-11T09:00:00Z'));
  });
});

describe('order clocks (NA-8)', () => {
  const order = { id: 'o1', memberState: 'FR' as const, receivedAt: t('2026-05-13T08:00:00Z') };

  it('gives a GPSR order 2 working days in the issuing state\'s calendar', () => {
    // Wednesday 13 May 2026; Ascension on the 14th in France → Fri 15, Mon 18 (Whit Monday 25th is later).
    const c = one(caseClocks(facts({ orders: [{ ...order, kind: 'gpsr' }] })), 'order_effect');
    expect(c).toMatchObject({ basis: 'law', calendarMs: 'FR', article: 'GPSR Art. 22(4); DSA Art. 9(1)' });
    expect(c.dueAt.toISOString()).toBe('2026-05-18T21:59:59.999Z');
    const cz = one(caseClocks(facts({ orders: [{ ...order, kind: 'gpsr', calendarMs: 'CZ' }] })), 'order_effect');
    expect(cz.dueAt.toISOString()).toBe('2026-05-15T21:59:59.999Z');
  });

  it('keeps a shorter time the order sets, and uses it for Art. 9 orders; otherwise the operator target', () => {
    const actBy = t('2026-05-14T12:00:00Z');
    expect(one(caseClocks(facts({ orders: [{ ...order, kind: 'gpsr', actBy }] })), 'order_effect').dueAt).toEqual(actBy);
    expect(one(caseClocks(facts({ orders: [{ ...order, kind: 'gpsr', actBy: t('2026-06-30T00:00:00Z') }] })), 'order_effect').dueAt.toISOString()).toBe('2026-05-18T21:59:59.999Z');
    expect(one(caseClocks(facts({ orders: [{ ...order, kind: 'art9', actBy }] })), 'order_effect')).toMatchObject({ basis: 'law', dueAt: actBy });
    const target = one(caseClocks(facts({ orders: [{ ...order, kind: 'art9' }] })), 'order_effect');
    expect(target).toMatchObject({ basis: 'target', dueAt: t('2026-05-14T08:00:00Z') });
  });

  it('reports the effect to the authority and informs the recipient once effect is given', () => {
    const effect = t('2026-05-13T15:00:00Z');
    const clocks = caseClocks(facts({ orders: [{ ...order, kind: 'art9', effectGivenAt: effect, recipientInformedAt: effect }] }));
    expect(one(clocks, 'order_authority_report')).toMatchObject({ article: 'Art. 9(1)', dueAt: t('2026-05-14T15:00:00Z'), metAt: null });
    expect(one(clocks, 'order_recipient_informed')).toMatchObject({ basis: 'law', article: 'Art. 9(5)', dueAt: effect, metAt: effect });
    expect(caseClocks(facts({ orders: [{ ...order, kind: 'art9' }] })).some((c) => c.kind === 'order_authority_report')).toBe(false);
  });
});

describe('decision clocks', () => {
  const decision = (over: Partial<DecisionFacts> = {}): DecisionFacts => ({
    id: 'd1', decidedAt: t('2026-03-02T10:00:00Z'), appliesFrom: t('2026-03-02T10:00:00Z'),
    obligations: { statementToTrader: true, transparencyDb: true, effectConfirmation: true, complaintWindow: { trader: true, notifier: true } },
    ...over,
  });

  it('owes the statement at the latest when the restriction applies (SOR-1)', () => {
    const c = one(caseClocks(facts({ decisions: [decision({ appliesFrom: t('2026-03-03T00:00:00Z') })] })), 'statement_of_reasons');
    expect(c).toMatchObject({ basis: 'law', dueAt: t('2026-03-03T00:00:00Z'), startsAt: t('2026-03-02T10:00:00Z') });
    // A restriction already applied before the decision was recorded is due at once.
    const back = one(caseClocks(facts({ decisions: [decision({ appliesFrom: t('2026-03-02T09:00:00Z') })] })), 'statement_of_reasons');
    expect(back.startsAt).toEqual(t('2026-03-02T09:00:00Z'));
  });

  it('targets the Transparency Database within 24 h and the effect within 5 minutes', () => {
    const clocks = caseClocks(facts({ decisions: [decision()] }));
    expect(one(clocks, 'transparency_db')).toMatchObject({ basis: 'target', requirement: 'SOR-4', dueAt: t('2026-03-03T10:00:00Z') });
    expect(one(clocks, 'effect_confirmation').dueAt).toEqual(t('2026-03-02T10:05:00Z'));
  });

  it('runs only the clocks the matrix says the decision owes', () => {
    const none = decision({ obligations: { statementToTrader: false, transparencyDb: false, effectConfirmation: false, complaintWindow: { trader: false, notifier: false } }, traderInformedAt: t('2026-03-02T10:00:00Z') });
    expect(caseClocks(facts({ decisions: [none] }))).toEqual([]);
  });

  it('keeps the complaint window open for 6 months from the day each party was informed (CH-1)', () => {
    const informed = t('2026-03-15T10:00:00Z');
    const clocks = caseClocks(facts({ decisions: [decision({ traderInformedAt: informed, notifierInformedAt: t('2026-03-16T08:00:00Z') })] }));
    const trader = clocks.find((c) => c.kind === 'complaint_window' && c.party === 'trader') as Clock;
    // 15 Sep 2026 is a Tuesday: the window ends at its last hour, Berlin time.
    expect(trader.dueAt.toISOString()).toBe('2026-09-15T21:59:59.999Z');
    expect(withinWindow(trader, new Date(informed.getTime() + 0))).toBe(true);
    expect(withinWindow(trader, t('2026-09-15T10:00:00Z'))).toBe(true); // informedAt + 6 months
    expect(withinWindow(trader, t('2026-09-15T09:59:59Z'))).toBe(true); // − 1 s
    expect(withinWindow(trader, t('2026-09-15T21:59:59.999Z'))).toBe(true);
    expect(withinWindow(trader, t('2026-09-15T22:00:00.000Z'))).toBe(false);
    const notifier = clocks.find((c) => c.kind === 'complaint_window' && c.party === 'notifier') as Clock;
    expect(notifier.dueAt.toISOString()).toBe('2026-09-16T21:59:59.999Z');
  });

  it('rolls a window ending on a weekend or holiday to the next working day, and allows longer windows', () => {
    // Informed 3 Apr 2026 → 3 Oct 2026 is a Saturday and German Unity Day → Monday 5 Oct.
    const c = one(caseClocks(facts({ decisions: [decision({ traderInformedAt: t('2026-04-03T12:00:00Z'), obligations: { statementToTrader: true, transparencyDb: true, effectConfirmation: true, complaintWindow: { trader: true, notifier: false } } })] })), 'complaint_window');
    expect(c.dueAt.toISOString()).toBe('2026-10-05T21:59:59.999Z');
    const twelve = one(caseClocks(facts({ decisions: [decision({ traderInformedAt: t('2026-03-16T12:00:00Z'), obligations: { statementToTrader: true, transparencyDb: true, effectConfirmation: true, complaintWindow: { trader: true, notifier: false } } })] }), { complaintWindowMonths: 12 }), 'complaint_window');
    expect(twelve.dueAt.toISOString()).toBe('2027-03-16T22:59:59.999Z');
    // 31 August + 6 months is the last day of February.
    const feb = one(caseClocks(facts({ decisions: [decision({ traderInformedAt: t('2026-08-31T12:00:00Z'), obligations: { statementToTrader: true, transparencyDb: true, effectConfirmation: true, complaintWindow: { trader: true, notifier: false } } })] })), 'complaint_window');
    expect(feb.dueAt.toISOString()).toBe('2027-03-01T22:59:59.999Z'); // 28 Feb 2027 is a Sunday → Monday
  });
});

describe('dispute, lookback and escalation clocks', () => {
  it('gives the out-of-court body 90 days, 180 when extended (ODS-4)', () => {
    const clocks = caseClocks(facts({ disputes: [
      { id: 'x1', receivedAt: t('2026-01-10T12:00:00Z'), extended: false },
      { id: 'x2', receivedAt: t('2026-01-10T12:00:00Z'), extended: true },
    ] }));
    const [a, b] = clocks.filter((c) => c.kind === 'dispute_decision');
    expect(a?.dueAt.toISOString()).toBe('2026-04-10T21:59:59.999Z'); // 10 Jan + 90 days, CEST
    expect(b?.dueAt.toISOString()).toBe('2026-07-09T21:59:59.999Z');
  });

  it('looks back 6 months from awareness for buyers to inform (RTI-1)', () => {
    const c = one(caseClocks(facts({ illegalityAwareAt: t('2026-09-15T10:00:00Z') })), 'buyer_lookback');
    expect(c).toMatchObject({ role: 'window', basis: 'law', article: 'Art. 32(1)' });
    expect(c.startsAt.toISOString()).toBe('2026-03-14T23:00:00.000Z'); // 15 Mar 00:00 Berlin
    expect(withinWindow(c, t('2026-03-16T10:00:00Z'))).toBe(true); // −6 months + 1 day
    expect(withinWindow(c, t('2026-03-14T22:59:59.999Z'))).toBe(false);
    expect(withinWindow(c, t('2026-09-15T10:00:00.001Z'))).toBe(false);
  });

  it('escalates a threat to life or safety promptly (NA-10)', () => {
    const c = one(caseClocks(facts({ art18: { suspectedAt: t('2026-02-01T10:00:00Z') } })), 'art18_escalation');
    expect(c).toMatchObject({ basis: 'target', article: 'Art. 18(1)', dueAt: t('2026-02-01T11:00:00Z'), metAt: null });
  });
});

describe('breaches', () => {
  const clocks = caseClocks(facts({ notices: [notice({ productSafety: true, acknowledgedAt: t('2026-01-09T09:01:00.001Z') })] }));
  const due = one(clocks, 'gpsr_notice').dueAt;

  it('is on time up to and including the due instant, late 1 ms after', () => {
    // The 72-hour decision target (Mon 12 Jan 09:00Z) has passed by then; the GPSR limit has not.
    expect(breaches(clocks, due).map((b) => b.clock.kind).sort()).toEqual(['notice_decision', 'receipt_confirmation']);
    const after = breaches(clocks, new Date(due.getTime() + 1));
    expect(after.map((b) => b.clock.kind).sort()).toEqual(['gpsr_notice', 'notice_decision', 'receipt_confirmation']);
    const gpsr = after.find((b) => b.clock.kind === 'gpsr_notice');
    expect(gpsr).toMatchObject({ open: true, lateByMs: 1, breachedAt: new Date(due.getTime() + 1) });
  });

  it('reports an obligation met late as closed, however much later `now` is', () => {
    const late = breaches(clocks, t('2030-01-01T00:00:00Z')).find((b) => b.clock.kind === 'receipt_confirmation');
    expect(late).toMatchObject({ open: false, lateByMs: 1 });
  });

  it('never reports windows, and lists open deadlines soonest first', () => {
    const withWindow = caseClocks(facts({ illegalityAwareAt: t('2026-01-01T00:00:00Z') }));
    expect(breaches(withWindow, t('2031-01-01T00:00:00Z'))).toEqual([]);
    expect(openDeadlines(clocks).map((c) => c.kind)).toEqual(['notice_decision', 'gpsr_notice']);
  });
});

describe('clock policy', () => {
  it('has the catalogue defaults', () => {
    expect(clockPolicy()).toEqual(DEFAULT_CLOCK_POLICY);
    expect(DEFAULT_CLOCK_POLICY).toMatchObject({ receiptConfirmationMs: 60_000, trustedFlaggerDecisionMs: 24 * HOUR, transparencyDbMs: 24 * HOUR, complaintWindowMonths: 6 });
  });

  it('refuses a window shorter than the law, a slower priority lane and bad values, naming each', () => {
    try {
      clockPolicy({ complaintWindowMonths: 5, buyerLookbackMonths: 3, trustedFlaggerDecisionMs: 100 * HOUR, transparencyDbMs: -1, extraHolidays: { DE: ['2026-13-01'], XX: [] } as never });
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('invalid_config');
      const paths = (isDomainError(e) ? e.details ?? [] : []).map((d) => d.path).sort();
      expect(paths).toEqual(['buyerLookbackMonths', 'complaintWindowMonths', 'extraHolidays.DE.0', 'extraHolidays.XX', 'transparencyDbMs', 'trustedFlaggerDecisionMs']);
    }
    expect(() => clockPolicy({ complaintWindowMonths: 7 })).not.toThrow();
    expect(() => clockPolicy({ complaintWindowMonths: 6.5 })).toThrow();
    expect(() => clockPolicy({ highRiskNoticeDecisionMs: 100 * HOUR })).toThrow();
  });
});
