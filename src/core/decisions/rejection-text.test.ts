/** The proposing reviewer's mail when the second reviewer rejects a severe decision (TC-4). */
import { describe, expect, it } from 'vitest';
import { rejectionMessage } from './rejection-text.js';

const BASE = {
  decisionId: 'd-1', action: 'remove+terminate_account', subject: { kind: 'listing', id: 'L-9' },
  reason: 'Suspend first: this is the trader’s first finding.', caseUrl: 'https://vigil.example/cases/c-1', heldUntil: '2026-11-29T22:00:00.000Z',
};

describe('rejection mail to the proposing reviewer', () => {
  it('names the measure, the item and the reason, says nothing took effect, and links the case held for them', () => {
    const m = rejectionMessage(BASE);
    expect(m.subject).toBe('Decision not approved: remove, terminate account on listing L-9');
    expect(m.text).toContain('Suspend first: this is the trader’s first finding.');
    expect(m.text).toContain('took no effect');
    expect(m.text).toContain('claimed in your name until 2026-11-29T22:00:00.000Z: https://vigil.example/cases/c-1');
  });

  it('says the case is open when it could not be held for them, and has no link without a case', () => {
    expect(rejectionMessage({ ...BASE, heldUntil: null }).text).toContain('The case stays open for a new decision: https://vigil.example/cases/c-1');
    expect(rejectionMessage({ ...BASE, caseUrl: null }).text).toContain('The decision has no case to return to.');
  });
});
