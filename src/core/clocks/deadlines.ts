import { addWorkingDays } from './calendar.js';
import { clockPolicy, type ClockPolicy } from './clock-policy.js';
import { MEMBER_STATE_TIME_ZONES, type MemberState } from './member-states.js';
import { endOfDaysPeriod, endOfMonthsPeriod, startOfMonthsLookback } from './periods.js';
import type { CaseFacts, DecisionFacts, DisputeFacts, NoticeFacts, OrderFacts } from './case-facts.js';

export type * from './case-facts.js';

/**
 * The legal deadlines (basis 'law') and operator SLOs (basis 'target') of a case, computed from
 * its facts. Pure: the caller passes every time, including "now" for breaches().
 */

export const CLOCK_KINDS = [
  'receipt_confirmation', 'notice_decision', 'trusted_flagger_decision', 'gpsr_notice',
  'order_effect', 'order_authority_report', 'order_recipient_informed', 'statement_of_reasons',
  'transparency_db', 'effect_confirmation', 'complaint_window', 'dispute_decision',
  'buyer_lookback', 'art18_escalation',
] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

export interface Clock {
  kind: ClockKind;
  /** A deadline must be met by `dueAt`; a window is a period that must stay open until `dueAt`. */
  role: 'deadline' | 'window';
  basis: 'law' | 'target';
  subject: { type: 'notice' | 'order' | 'decision' | 'dispute' | 'case'; id: string };
  /** Whose complaint window it is. */
  party?: 'trader' | 'notifier';
  startsAt: Date;
  /** The last instant that is still on time (inclusive). */
  dueAt: Date;
  /** The member state whose working-day calendar and local time the clock uses. */
  calendarMs?: MemberState;
  requirement: string;
  article: string;
  /** When the obligation was met; null while it is open. Always null for windows. */
  metAt: Date | null;
}

export interface Breach {
  clock: Clock;
  /** The first late instant: dueAt + 1 ms. */
  breachedAt: Date;
  /** Still unmet at `now`. */
  open: boolean;
  lateByMs: number;
}

const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);
const orNull = (d: Date | null | undefined): Date | null => d ?? null;

/**
 * NA-5, Art. 16(3): a notice precise and substantiated enough for a diligent provider to see the
 * illegality gives actual knowledge on receipt; an incomplete one only once it is completed.
 */
export function knowledgeAt(notice: Pick<NoticeFacts, 'receivedAt' | 'substantiated' | 'completedAt'>): Date | null {
  if (notice.substantiated) return notice.receivedAt;
  return orNull(notice.completedAt);
}

/** The earliest knowledge of the case: from its notices (NA-5) or an authority order's receipt. */
export function caseKnowledgeAt(facts: Pick<CaseFacts, 'notices' | 'orders'>): Date | null {
  const times = [
    ...(facts.notices ?? []).map(knowledgeAt),
    ...(facts.orders ?? []).map((o) => o.receivedAt),
  ].filter((d): d is Date => d !== null);
  return times.length === 0 ? null : new Date(Math.min(...times.map((d) => d.getTime())));
}

function noticeClocks(n: NoticeFacts, ms: MemberState, zone: string, p: ClockPolicy): Clock[] {
  const subject = { type: 'notice' as const, id: n.id };
  const out: Clock[] = [];
  if (n.contactDetailsGiven) {
    out.push({ kind: 'receipt_confirmation', role: 'deadline', basis: 'target', subject, startsAt: n.receivedAt,
      dueAt: plus(n.receivedAt, p.receiptConfirmationMs), requirement: 'NA-4', article: 'Art. 16(4)', metAt: orNull(n.acknowledgedAt) });
  }
  if (n.productSafety) {
    // NA-7: counted from receipt, not knowledge, in the case's working-day calendar.
    out.push({ kind: 'gpsr_notice', role: 'deadline', basis: 'law', subject, startsAt: n.receivedAt,
      dueAt: addWorkingDays(n.receivedAt, 3, ms, { timeZone: zone, extraHolidays: p.extraHolidays[ms] ?? [] }),
      calendarMs: ms, requirement: 'NA-7', article: 'GPSR Art. 22', metAt: orNull(n.decidedAt) });
  }
  const known = knowledgeAt(n);
  if (known) {
    // TF-1: the priority lane holds only within the flagger's area of expertise.
    const priority = n.channel === 'trusted_flagger' && n.withinExpertise !== false;
    const ms2 = priority ? p.trustedFlaggerDecisionMs : n.highRisk ? p.highRiskNoticeDecisionMs : p.noticeDecisionMs;
    out.push({ kind: priority ? 'trusted_flagger_decision' : 'notice_decision', role: 'deadline', basis: 'target', subject,
      startsAt: known, dueAt: plus(known, ms2), requirement: priority ? 'TF-1' : 'NA-6',
      article: priority ? 'Art. 22(1)' : 'Art. 16(6)', metAt: orNull(n.decidedAt) });
  }
  return out;
}

function orderClocks(o: OrderFacts, p: ClockPolicy): Clock[] {
  const subject = { type: 'order' as const, id: o.id };
  const ms = o.calendarMs ?? o.memberState;
  const out: Clock[] = [];
  let dueAt: Date;
  let basis: 'law' | 'target' = 'law';
  if (o.kind === 'gpsr') {
    // NA-8: at the latest 2 working days from receipt, or earlier if the order says so.
    const limit = addWorkingDays(o.receivedAt, 2, ms, { extraHolidays: p.extraHolidays[ms] ?? [] });
    dueAt = o.actBy && o.actBy < limit ? o.actBy : limit;
  } else if (o.actBy) {
    dueAt = o.actBy;
  } else {
    dueAt = plus(o.receivedAt, p.orderEffectMs);
    basis = 'target';
  }
  out.push({ kind: 'order_effect', role: 'deadline', basis, subject, startsAt: o.receivedAt, dueAt,
    ...(o.kind === 'gpsr' ? { calendarMs: ms } : {}), requirement: 'NA-8',
    article: o.kind === 'gpsr' ? 'GPSR Art. 22(4); DSA Art. 9(1)' : 'Art. 9(1)', metAt: orNull(o.effectGivenAt) });
  if (o.effectGivenAt) {
    out.push({ kind: 'order_authority_report', role: 'deadline', basis: 'target', subject, startsAt: o.effectGivenAt,
      dueAt: plus(o.effectGivenAt, p.orderReportMs), requirement: 'NA-8', article: 'Art. 9(1)', metAt: orNull(o.authorityInformedAt) });
    // Art. 9(5): the recipient hears of the order at the latest when it is given effect.
    out.push({ kind: 'order_recipient_informed', role: 'deadline', basis: 'law', subject, startsAt: o.receivedAt,
      dueAt: o.informRecipientBy ?? o.effectGivenAt, requirement: 'NA-8', article: 'Art. 9(5)', metAt: orNull(o.recipientInformedAt) });
  }
  return out;
}

function decisionClocks(d: DecisionFacts, ms: MemberState, zone: string, p: ClockPolicy): Clock[] {
  const subject = { type: 'decision' as const, id: d.id };
  const ob = d.obligations;
  const out: Clock[] = [];
  if (ob.statementToTrader) {
    // SOR-1, Art. 17(2): at the latest when the restriction is imposed.
    const startsAt = d.appliesFrom < d.decidedAt ? d.appliesFrom : d.decidedAt;
    out.push({ kind: 'statement_of_reasons', role: 'deadline', basis: 'law', subject, startsAt, dueAt: d.appliesFrom,
      requirement: 'SOR-1', article: 'Art. 17(1)–(2)', metAt: orNull(d.statementSentAt) });
  }
  if (ob.transparencyDb) {
    out.push({ kind: 'transparency_db', role: 'deadline', basis: 'target', subject, startsAt: d.decidedAt,
      dueAt: plus(d.decidedAt, p.transparencyDbMs), requirement: 'SOR-4', article: 'Art. 24(5)', metAt: orNull(d.submittedAt) });
  }
  if (ob.effectConfirmation) {
    out.push({ kind: 'effect_confirmation', role: 'deadline', basis: 'target', subject, startsAt: d.appliesFrom,
      dueAt: plus(d.appliesFrom, p.effectConfirmationMs), requirement: 'SOR-1', article: 'Art. 17(1)', metAt: orNull(d.effectConfirmedAt) });
  }
  const windows: ['trader' | 'notifier', Date | null | undefined][] = [
    ['trader', ob.complaintWindow.trader ? d.traderInformedAt : null],
    ['notifier', ob.complaintWindow.notifier ? d.notifierInformedAt : null],
  ];
  for (const [party, informedAt] of windows) {
    if (!informedAt) continue;
    // CH-1: at least 6 months from the day the party was informed; a last day off work rolls
    // forward (Regulation 1182/71 Art. 3(4)), which only ever lengthens the window.
    const dueAt = endOfMonthsPeriod(informedAt, p.complaintWindowMonths, zone, { ms, extraHolidays: p.extraHolidays[ms] ?? [] });
    out.push({ kind: 'complaint_window', role: 'window', basis: 'law', subject, party, startsAt: informedAt, dueAt,
      calendarMs: ms, requirement: 'CH-1', article: 'Art. 20(1)', metAt: null });
  }
  return out;
}

function disputeClock(x: DisputeFacts, ms: MemberState, zone: string): Clock {
  // ODS-4, Art. 21(4): 90 calendar days from the body's receipt, 180 in all for complex cases.
  return { kind: 'dispute_decision', role: 'deadline', basis: 'law', subject: { type: 'dispute', id: x.id },
    startsAt: x.receivedAt, dueAt: endOfDaysPeriod(x.receivedAt, x.extended ? 180 : 90, zone), calendarMs: ms,
    requirement: 'ODS-4', article: 'Art. 21(4)', metAt: orNull(x.decidedAt) };
}

/** Every clock of a case. Clocks that have not started (no knowledge yet, no effect given) are absent. */
export function caseClocks(facts: CaseFacts, policy: Partial<ClockPolicy> = {}): Clock[] {
  const p = clockPolicy(policy);
  const ms = facts.memberState;
  const zone = facts.timeZone ?? MEMBER_STATE_TIME_ZONES[ms];
  const out: Clock[] = [
    ...(facts.notices ?? []).flatMap((n) => noticeClocks(n, ms, zone, p)),
    ...(facts.orders ?? []).flatMap((o) => orderClocks(o, p)),
    ...(facts.decisions ?? []).flatMap((d) => decisionClocks(d, ms, zone, p)),
    ...(facts.disputes ?? []).map((x) => disputeClock(x, ms, zone)),
  ];
  if (facts.illegalityAwareAt) {
    // RTI-1, Art. 32(1): buyers who purchased in the 6 months before awareness.
    out.push({ kind: 'buyer_lookback', role: 'window', basis: 'law', subject: { type: 'case', id: facts.caseId },
      startsAt: startOfMonthsLookback(facts.illegalityAwareAt, p.buyerLookbackMonths, zone), dueAt: facts.illegalityAwareAt,
      calendarMs: ms, requirement: 'RTI-1', article: 'Art. 32(1)', metAt: null });
  }
  if (facts.art18) {
    out.push({ kind: 'art18_escalation', role: 'deadline', basis: 'target', subject: { type: 'case', id: facts.caseId },
      startsAt: facts.art18.suspectedAt, dueAt: plus(facts.art18.suspectedAt, p.art18EscalationMs),
      requirement: 'NA-10', article: 'Art. 18(1)', metAt: orNull(facts.art18.reportedAt) });
  }
  return out.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** Deadlines missed by `now`: met late, or still open after their due instant. Windows never breach. */
export function breaches(clocks: readonly Clock[], now: Date): Breach[] {
  const out: Breach[] = [];
  for (const clock of clocks) {
    if (clock.role !== 'deadline') continue;
    const due = clock.dueAt.getTime();
    const breachedAt = new Date(due + 1);
    if (clock.metAt) {
      if (clock.metAt.getTime() > due) out.push({ clock, breachedAt, open: false, lateByMs: clock.metAt.getTime() - due });
    } else if (now.getTime() > due) {
      out.push({ clock, breachedAt, open: true, lateByMs: now.getTime() - due });
    }
  }
  return out;
}

/** Deadlines still to meet, soonest first (for queues and reminders). */
export function openDeadlines(clocks: readonly Clock[]): Clock[] {
  return clocks.filter((c) => c.role === 'deadline' && c.metAt === null).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** Whether an instant falls inside a window clock (complaint window, buyer lookback), both ends included. */
export function withinWindow(clock: Clock, at: Date): boolean {
  return at.getTime() >= clock.startsAt.getTime() && at.getTime() <= clock.dueAt.getTime();
}
