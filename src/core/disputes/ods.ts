/**
 * Out-of-court dispute settlement (Art. 21, ODS-2..ODS-4). Pure rules: the body's deadline (90
 * days from receipt, 180 in all when extended for a highly complex dispute, Art. 21(4)), when the
 * platform may refuse to engage (only where the same information and grounds were already
 * resolved, Art. 21(2)), what each outcome owes in fees and expenses (Art. 21(5)), and the figures
 * for the transparency report (Art. 24(1)(a)).
 */
import { DomainError } from '../errors.js';
import { MEMBER_STATE_TIME_ZONES, isMemberState, type MemberState } from '../clocks/member-states.js';
import { endOfDaysPeriod } from '../clocks/periods.js';
import { median } from '../complaints/metrics.js';

export const DISPUTE_OUTCOMES = ['for_recipient', 'partly_for_recipient', 'for_platform', 'withdrawn'] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];

export const LEDGER_DISPUTE_OUTCOME: Record<DisputeOutcome, 'upheld' | 'partially_reversed' | 'reversed' | 'omitted'> = {
  for_recipient: 'reversed', partly_for_recipient: 'partially_reversed', for_platform: 'upheld', withdrawn: 'omitted',
};

/** ODS-4: the decision is due by the end of the 90th (extended: 180th) day after receipt. */
export function disputeDueAt(receivedAt: Date, extended: boolean, memberState: string): Date {
  const ms: MemberState = isMemberState(memberState) ? memberState : 'BE';
  return endOfDaysPeriod(receivedAt, extended ? 180 : 90, MEMBER_STATE_TIME_ZONES[ms]);
}

/** ODS-2: refusal is allowed only with a reference to a resolved dispute on the same matter. */
export function assertRefusalAllowed(r: { reason: string | null | undefined; sameMatter: { status: string; decisionId: string } | null; decisionId: string }): void {
  const problems = [];
  if (!r.reason || r.reason.trim().length < 10) problems.push({ path: 'refusal_reason', problem: 'explain the refusal (Art. 21(2))' });
  if (!r.sameMatter) problems.push({ path: 'same_matter_ref', problem: 'must name an earlier dispute on the same information and grounds (Art. 21(2))' });
  else if (r.sameMatter.status !== 'decided') problems.push({ path: 'same_matter_ref', problem: 'the earlier dispute is not resolved, so engagement cannot be refused' });
  else if (r.sameMatter.decisionId !== r.decisionId) problems.push({ path: 'same_matter_ref', problem: 'the earlier dispute concerns another decision' });
  if (problems.length) throw new DomainError('invalid_body', problems.map((p) => `${p.path} ${p.problem}`).join('; '), problems);
}

export interface FeeLine {
  kind: 'body_fee' | 'recipient_expenses' | 'recipient_fee_refund';
  payer: 'platform' | 'recipient';
  payee: 'body' | 'recipient' | 'platform';
  amountCents: number;
}

/**
 * ODS-3, Art. 21(5): if the body decides for the recipient, the platform bears all the body's fees
 * and reimburses the recipient's reasonable expenses (and any fee the recipient advanced). If it
 * decides for the platform, the recipient pays no fees or expenses of the platform unless they
 * acted manifestly in bad faith; the body's fee is then the platform's (the recipient owes only a
 * nominal fee, if the body charges one, which it records as advanced).
 */
export function feeObligations(o: { outcome: DisputeOutcome; bodyFeeCents: number; recipientExpensesCents: number; recipientAdvancedCents: number; recipientBadFaith: boolean }): FeeLine[] {
  const out: FeeLine[] = [];
  const forRecipient = o.outcome === 'for_recipient' || o.outcome === 'partly_for_recipient';
  if (o.bodyFeeCents > 0) out.push({ kind: 'body_fee', payer: 'platform', payee: 'body', amountCents: o.bodyFeeCents });
  if (forRecipient) {
    if (o.recipientExpensesCents > 0) out.push({ kind: 'recipient_expenses', payer: 'platform', payee: 'recipient', amountCents: o.recipientExpensesCents });
    if (o.recipientAdvancedCents > 0) out.push({ kind: 'recipient_fee_refund', payer: 'platform', payee: 'recipient', amountCents: o.recipientAdvancedCents });
  } else if (o.recipientBadFaith && o.outcome === 'for_platform' && o.bodyFeeCents > 0) {
    // Manifest bad faith: the recipient may be asked to bear the fees (Art. 21(5), second subparagraph).
    out.push({ kind: 'body_fee', payer: 'recipient', payee: 'platform', amountCents: o.bodyFeeCents });
  }
  return out;
}

export interface DisputeFact {
  outcome: string | null;
  receivedAt: Date;
  decidedAt: Date | null;
  implemented: boolean | null;
  dueAt: Date;
  status: string;
}

/** ODS-4 figures: number of disputes, outcomes, median duration, share implemented, overdue. */
export function disputeMetrics(facts: DisputeFact[], now: Date) {
  const decided = facts.filter((f) => f.decidedAt && f.outcome);
  const outcomes: Record<string, number> = {};
  for (const f of decided) outcomes[f.outcome!] = (outcomes[f.outcome!] ?? 0) + 1;
  const days = decided.map((f) => (f.decidedAt!.getTime() - f.receivedAt.getTime()) / 86_400_000);
  const needImplementing = decided.filter((f) => f.outcome === 'for_recipient' || f.outcome === 'partly_for_recipient');
  const med = median(days);
  return {
    submitted: facts.length,
    decided: decided.length,
    refused: facts.filter((f) => f.status === 'refused').length,
    outcomes,
    median_days: med === null ? null : Math.round(med * 100) / 100,
    implemented_share: needImplementing.length === 0 ? null : Math.round((needImplementing.filter((f) => f.implemented).length / needImplementing.length) * 10_000) / 10_000,
    overdue: facts.filter((f) => f.status === 'open' && f.dueAt < now).length,
  };
}
