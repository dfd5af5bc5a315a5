import type { MemberState } from '../clocks/member-states.js';

/**
 * Art. 18 (NA-10): information giving rise to a suspicion of a criminal offence involving a threat
 * to the life or safety of a person goes promptly to the competent law-enforcement or judicial
 * authorities, with all relevant information available. The escalation is its own record —
 * separate from the decision, visible to few — and its clock is 'art18_escalation'.
 */

export type EscalationRecipient =
  | { kind: 'national_authority'; memberState: MemberState }
  | { kind: 'europol' };

export interface EscalationRecord {
  caseId: string;
  decisionId: string | null;
  suspectedAt: Date;
  recipients: readonly EscalationRecipient[];
  article: 'Art. 18(1)' | 'Art. 18(2)';
  requirement: 'NA-10';
}

/**
 * Who is told. Art. 18(1): the authorities of the member state(s) concerned. Art. 18(2): where
 * they cannot be identified with reasonable certainty, those of the state where the provider is
 * established or has its legal representative, or Europol, or both — Vigil chooses both.
 */
export function escalationRecipients(concerned: readonly MemberState[], establishedIn: MemberState): {
  recipients: EscalationRecipient[]; article: 'Art. 18(1)' | 'Art. 18(2)';
} {
  const unique = [...new Set(concerned)];
  if (unique.length > 0) {
    return { recipients: unique.map((ms) => ({ kind: 'national_authority', memberState: ms })), article: 'Art. 18(1)' };
  }
  return { recipients: [{ kind: 'national_authority', memberState: establishedIn }, { kind: 'europol' }], article: 'Art. 18(2)' };
}

/** The escalation record for a case. */
export function escalationRecord(input: {
  caseId: string; decisionId?: string | null; suspectedAt: Date; concerned: readonly MemberState[]; establishedIn: MemberState;
}): EscalationRecord {
  const { recipients, article } = escalationRecipients(input.concerned, input.establishedIn);
  return { caseId: input.caseId, decisionId: input.decisionId ?? null, suspectedAt: input.suspectedAt, recipients, article, requirement: 'NA-10' };
}
