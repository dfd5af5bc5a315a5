/**
 * Who may complain (Art. 20): the trader proves they received the statement of reasons with a
 * per-decision token in its complaint link; the notifier with their notice's private status token.
 * Both are HMACs of the server secret, so nothing needs storing and a guess reveals nothing.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const traderComplaintToken = (secret: Buffer, decisionId: string): string =>
  createHmac('sha256', secret).update(`complaint-trader:${decisionId}`).digest('base64url');

/** The private link to follow a complaint (status and reasoned outcome). */
export const complaintStatusToken = (secret: Buffer, complaintId: string): string =>
  createHmac('sha256', secret).update(`complaint-status:${complaintId}`).digest('base64url');

export function sameToken(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The misuse identity of a person known by e-mail (Art. 23(2)): never the plain address. */
export const emailActorKey = (email: string): string => `email:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`;
