import { describe, expect, it } from 'vitest';
import { assertRefusalAllowed, disputeDueAt, disputeMetrics, feeObligations } from './ods.js';

describe('out-of-court disputes (Art. 21)', () => {
  it('is due 90 days after receipt, 180 when extended (ODS-4)', () => {
    expect(disputeDueAt(new Date('2026-01-10T09:00:00Z'), false, 'DE').toISOString()).toBe('2026-04-10T21:59:59.999Z');
    expect(disputeDueAt(new Date('2026-01-10T09:00:00Z'), true, 'DE').toISOString()).toBe('2026-07-09T21:59:59.999Z');
  });
  it('allows refusal only with a resolved dispute on the same matter (ODS-2)', () => {
    expect(() => assertRefusalAllowed({ reason: 'same invoice and grounds as before', sameMatter: null, decisionId: 'd' })).toThrow(/same_matter_ref/);
    expect(() => assertRefusalAllowed({ reason: 'same invoice and grounds as before', sameMatter: { status: 'open', decisionId: 'd' }, decisionId: 'd' })).toThrow(/not resolved/);
    expect(() => assertRefusalAllowed({ reason: 'same invoice and grounds as before', sameMatter: { status: 'decided', decisionId: 'd' }, decisionId: 'd' })).not.toThrow();
  });
  it('puts the fees on the platform when the body decides for the recipient, and on no one else otherwise (ODS-3)', () => {
    const base = { bodyFeeCents: 5000, recipientExpensesCents: 1200, recipientAdvancedCents: 500, recipientBadFaith: false };
    expect(feeObligations({ ...base, outcome: 'for_recipient' })).toEqual([
      { kind: 'body_fee', payer: 'platform', payee: 'body', amountCents: 5000 },
      { kind: 'recipient_expenses', payer: 'platform', payee: 'recipient', amountCents: 1200 },
      { kind: 'recipient_fee_refund', payer: 'platform', payee: 'recipient', amountCents: 500 },
    ]);
    expect(feeObligations({ ...base, outcome: 'for_platform' })).toEqual([{ kind: 'body_fee', payer: 'platform', payee: 'body', amountCents: 5000 }]);
    expect(feeObligations({ ...base, outcome: 'for_platform', recipientBadFaith: true }).map((l) => l.payer)).toEqual(['platform', 'recipient']);
  });
  it('reports disputes, outcomes, median duration, share implemented and overdue (ODS-4)', () => {
    const d = (days: number) => new Date(Date.UTC(2026, 0, 1) + days * 86_400_000);
    const m = disputeMetrics([
      { outcome: 'for_recipient', receivedAt: d(0), decidedAt: d(30), implemented: true, dueAt: d(90), status: 'decided' },
      { outcome: 'for_platform', receivedAt: d(0), decidedAt: d(50), implemented: null, dueAt: d(90), status: 'decided' },
      { outcome: null, receivedAt: d(0), decidedAt: null, implemented: null, dueAt: d(90), status: 'open' },
    ], d(100));
    expect(m).toEqual({ submitted: 3, decided: 2, refused: 0, outcomes: { for_recipient: 1, for_platform: 1 }, median_days: 40, implemented_share: 1, overdue: 1 });
  });
});
