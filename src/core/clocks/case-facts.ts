import type { MemberState } from './member-states.js';

/** The facts of a case the clocks are computed from. Every time is an instant. */

export interface NoticeFacts {
  id: string;
  /** Art. 16 notice, a trusted flagger's (Art. 22), or another notification. */
  channel: 'art16' | 'trusted_flagger' | 'other';
  receivedAt: Date;
  /** Precise and substantiated on receipt (NA-5, Art. 16(3)). */
  substantiated: boolean;
  /** When an incomplete notice was completed; null while it is not. */
  completedAt?: Date | null;
  /** The notifier gave electronic contact details (NA-4, Art. 16(4)). */
  contactDetailsGiven: boolean;
  /** A product-safety notice under GPSR Art. 22 (NA-7). */
  productSafety?: boolean;
  /** In a high-risk product category (NA-6 target of 24 h). */
  highRisk?: boolean;
  /** A trusted flagger within its designated area of expertise; false sends it to the standard lane (TF-1). */
  withinExpertise?: boolean;
  acknowledgedAt?: Date | null;
  decidedAt?: Date | null;
}

export interface OrderFacts {
  id: string;
  /** An order under Art. 9 DSA, or a market-surveillance order under GPSR Art. 22(4). */
  kind: 'art9' | 'gpsr';
  /** The issuing authority's member state. */
  memberState: MemberState;
  /** The calendar the working days run in; defaults to the issuing authority's state. */
  calendarMs?: MemberState;
  receivedAt: Date;
  /** A time limit the order itself sets. */
  actBy?: Date | null;
  /** A later time the authority set for informing the recipient (Art. 9(5)). */
  informRecipientBy?: Date | null;
  effectGivenAt?: Date | null;
  authorityInformedAt?: Date | null;
  recipientInformedAt?: Date | null;
}

/** What a decision owes, as the decision matrix says (src/core/decisions/matrix.ts). */
export interface DecisionClockObligations {
  /** A statement of reasons must reach the trader (Art. 17(1)–(2)). */
  statementToTrader: boolean;
  /** The statement goes to the Transparency Database (Art. 24(5)). */
  transparencyDb: boolean;
  /** The marketplace must confirm the restriction took effect. */
  effectConfirmation: boolean;
  /** Who may complain under Art. 20(1), counted from when they were informed. */
  complaintWindow: { trader: boolean; notifier: boolean };
}

export interface DecisionFacts {
  id: string;
  decidedAt: Date;
  /** When the restriction is imposed (the statement's application date). */
  appliesFrom: Date;
  obligations: DecisionClockObligations;
  statementSentAt?: Date | null;
  submittedAt?: Date | null;
  effectConfirmedAt?: Date | null;
  traderInformedAt?: Date | null;
  notifierInformedAt?: Date | null;
}

export interface DisputeFacts {
  id: string;
  /** When the out-of-court body received the complaint. */
  receivedAt: Date;
  /** The body extended the period for a highly complex dispute. */
  extended: boolean;
  decidedAt?: Date | null;
}

export interface CaseFacts {
  caseId: string;
  /** The member state whose calendar and local time the case's clocks use (where action is taken). */
  memberState: MemberState;
  /** An IANA zone overriding the member state's (Atlantic/Canary, Atlantic/Azores). */
  timeZone?: string;
  notices?: readonly NoticeFacts[];
  orders?: readonly OrderFacts[];
  decisions?: readonly DecisionFacts[];
  disputes?: readonly DisputeFacts[];
  /** When the provider became aware a trader offered an illegal product (RTI-1). */
  illegalityAwareAt?: Date | null;
  /** Suspicion of a criminal offence threatening life or safety (NA-10). */
  art18?: { suspectedAt: Date; reportedAt?: Date | null } | null;
}
