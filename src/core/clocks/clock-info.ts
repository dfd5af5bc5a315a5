import type { ClockKind } from './deadlines.js';

/** One line per clock for people: what it measures, from when, and where the rule comes from. */
export interface ClockInfo {
  basis: 'law' | 'target';
  rule: string;
  requirement: string;
  article: string;
}

export const CLOCK_INFO: Readonly<Record<ClockKind, ClockInfo>> = {
  receipt_confirmation: { basis: 'target', rule: 'confirm receipt to a notifier with contact details; default 60 s from receipt', requirement: 'NA-4', article: 'Art. 16(4)' },
  notice_decision: { basis: 'target', rule: 'decide a notice; default 72 h (24 h high-risk categories) from knowledge', requirement: 'NA-5, NA-6', article: 'Art. 16(3), (6)' },
  trusted_flagger_decision: { basis: 'target', rule: 'decide a trusted flagger\'s notice in its area; default 24 h from knowledge, always shorter than the standard lane', requirement: 'TF-1', article: 'Art. 22(1)' },
  gpsr_notice: { basis: 'law', rule: 'process a product-safety notice within 3 working days of receipt (member-state calendar)', requirement: 'NA-7', article: 'GPSR Art. 22' },
  order_effect: { basis: 'law', rule: 'GPSR order: 2 working days from receipt (issuing state\'s calendar) or the order\'s own earlier time; Art. 9 order: the order\'s time, else a 24 h target', requirement: 'NA-8', article: 'GPSR Art. 22(4); Art. 9(1)' },
  order_authority_report: { basis: 'target', rule: 'tell the issuing authority whether and when the order was given effect; default 24 h from the effect', requirement: 'NA-8', article: 'Art. 9(1)' },
  order_recipient_informed: { basis: 'law', rule: 'inform the recipient of the order at the latest when it is given effect (or the time the authority set)', requirement: 'NA-8', article: 'Art. 9(5)' },
  statement_of_reasons: { basis: 'law', rule: 'statement of reasons to the recipient at the latest when the restriction is imposed', requirement: 'SOR-1', article: 'Art. 17(1)–(2)' },
  transparency_db: { basis: 'target', rule: 'submit to the Transparency Database; default 24 h from the decision', requirement: 'SOR-4', article: 'Art. 24(5)' },
  effect_confirmation: { basis: 'target', rule: 'the marketplace confirms the restriction took effect; default 5 min from the application time', requirement: 'SOR-1', article: 'Art. 17(1)' },
  complaint_window: { basis: 'law', rule: 'complaints accepted for at least 6 months from the day the party was informed (configurable longer, never shorter)', requirement: 'CH-1', article: 'Art. 20(1)' },
  dispute_decision: { basis: 'law', rule: 'out-of-court body decides within 90 calendar days of receipt, 180 if extended', requirement: 'ODS-4', article: 'Art. 21(4)' },
  buyer_lookback: { basis: 'law', rule: 'buyers who purchased in the 6 months before awareness are informed (a window, not a deadline)', requirement: 'RTI-1', article: 'Art. 32(1)' },
  art18_escalation: { basis: 'target', rule: 'inform the competent authority promptly of a threat to life or safety; default 1 h', requirement: 'NA-10', article: 'Art. 18(1)' },
};
