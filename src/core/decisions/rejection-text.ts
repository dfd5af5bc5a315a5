/**
 * What the reviewer who proposed a severe decision is told when the second reviewer rejects it
 * (four-eyes principle for severe measures; Art. 14(4), TC-4). Staff mail, in the console's
 * language (English): the reason, that nothing took effect, and the way back to the case.
 */

export interface RejectionFacts {
  decisionId: string;
  /** The decision's actions as stored, e.g. `remove+suspend_account`. */
  action: string;
  subject: { kind: string; id: string };
  reason: string;
  /** Where the case opens in the console; null when the decision has no case. */
  caseUrl: string | null;
  /** Until when the case is held for the proposing reviewer; null when someone else holds it. */
  heldUntil: string | null;
}

export function rejectionMessage(f: RejectionFacts): { subject: string; text: string; language: 'en' } {
  const actions = f.action.split('+').map((a) => a.replaceAll('_', ' ')).join(', ');
  const item = `${f.subject.kind} ${f.subject.id}`;
  const back = f.caseUrl === null
    ? 'The decision has no case to return to.'
    : f.heldUntil
      ? `The case is back with you, claimed in your name until ${f.heldUntil}: ${f.caseUrl}`
      : `The case stays open for a new decision: ${f.caseUrl}`;
  return {
    subject: `Decision not approved: ${actions} on ${item}`,
    text: [
      `The second reviewer did not approve your decision ${f.decisionId} (${actions}) on ${item}.`,
      '',
      'Reason given:',
      f.reason,
      '',
      'The decision took no effect: no statement of reasons was sent and nothing was enforced.',
      back,
      '',
    ].join('\n'),
    language: 'en',
  };
}
