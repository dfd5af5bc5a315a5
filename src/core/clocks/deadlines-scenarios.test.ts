import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors.js';
import { breaches, caseClocks, type CaseFacts } from './deadlines.js';

const t = (s: string) => new Date(s);

describe('case scenarios', () => {
  it('a GPSR order from Athens over Orthodox Easter, acted on in time', () => {
    const facts: CaseFacts = {
      caseId: 'c', memberState: 'DE',
      orders: [{ id: 'o', kind: 'gpsr', memberState: 'GR', receivedAt: t('2026-04-09T07:00:00Z'), effectGivenAt: t('2026-04-15T20:59:59.999Z') }],
    };
    const [effect] = caseClocks(facts).filter((c) => c.kind === 'order_effect');
    // Orthodox Good Friday 10 Apr and Easter Monday 13 Apr are Greek holidays → Tue 14, Wed 15.
    expect(effect?.dueAt.toISOString()).toBe('2026-04-15T20:59:59.999Z');
    // The effect itself was on time; telling the authority and the trader was never recorded.
    expect(breaches(caseClocks(facts), t('2026-05-01T00:00:00Z')).map((b) => b.clock.kind).sort()).toEqual(['order_authority_report', 'order_recipient_informed']);
  });

  it('several notices on one listing each keep their own clocks, all sorted by due time', () => {
    const clocks = caseClocks({
      caseId: 'c', memberState: 'NL',
      notices: [
        { id: 'late', channel: 'art16', receivedAt: t('2026-04-24T10:00:00Z'), substantiated: true, contactDetailsGiven: false, productSafety: true },
        { id: 'tf', channel: 'trusted_flagger', receivedAt: t('2026-04-23T10:00:00Z'), substantiated: true, contactDetailsGiven: true },
      ],
    });
    expect(clocks.map((c) => `${c.subject.id}:${c.kind}`)).toEqual([
      'tf:receipt_confirmation', 'tf:trusted_flagger_decision', 'late:notice_decision', 'late:gpsr_notice',
    ]);
    // Friday 24 April 2026: Monday 27 April is King's Day and 5 May is far → Tue 28, Wed 29, Thu 30.
    expect(clocks.at(-1)?.dueAt.toISOString()).toBe('2026-04-30T21:59:59.999Z');
  });

  it('a decision met on time in every respect breaches nothing', () => {
    const at = t('2026-03-02T10:00:00Z');
    const clocks = caseClocks({
      caseId: 'c', memberState: 'IT',
      decisions: [{
        id: 'd', decidedAt: at, appliesFrom: at,
        obligations: { statementToTrader: true, transparencyDb: true, effectConfirmation: true, complaintWindow: { trader: true, notifier: false } },
        statementSentAt: at, submittedAt: t('2026-03-03T09:59:59.999Z'), effectConfirmedAt: t('2026-03-02T10:05:00Z'), traderInformedAt: at,
      }],
    });
    expect(breaches(clocks, t('2027-01-01T00:00:00Z'))).toEqual([]);
    const late = caseClocks({
      caseId: 'c', memberState: 'IT',
      decisions: [{ id: 'd', decidedAt: at, appliesFrom: at, obligations: { statementToTrader: true, transparencyDb: true, effectConfirmation: true, complaintWindow: { trader: false, notifier: false } }, statementSentAt: t('2026-03-02T10:00:00.001Z') }],
    });
    expect(breaches(late, at).map((b) => [b.clock.kind, b.open, b.lateByMs])).toEqual([['statement_of_reasons', false, 1]]);
  });

  it('refuses an invalid operator policy before computing anything', () => {
    try {
      caseClocks({ caseId: 'c', memberState: 'IT' }, { complaintWindowMonths: 3 });
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('invalid_config');
    }
  });

  it('returns no clocks for a case with no facts yet', () => {
    expect(caseClocks({ caseId: 'c', memberState: 'IT' })).toEqual([]);
  });
});
