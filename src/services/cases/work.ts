/**
 * Working a case: a reviewer claims it with a lock that expires (so an abandoned claim frees
 * itself), releases it, or escalates it to senior review. Two reviewers cannot hold one case.
 */
import { and, eq, isNull, lt, ne, or } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/events.js';
import type { Db } from '../../store/database.js';
import { appendEvents, isoMs } from '../../store/ledger.js';
import { escalation, moderationCase } from '../../store/schema/index.js';
import { randomUUID } from 'node:crypto';

export const CLAIM_MINUTES = 15;
/** How long a case sent back by the second reviewer stays reserved for the reviewer who proposed the decision. */
export const RETURN_HOLD_HOURS = 8;

export async function claimCase(db: Db, clock: Clock, actor: Actor, caseId: string, reviewer: string) {
  const now = clock.now();
  const until = new Date(now.getTime() + CLAIM_MINUTES * 60_000);
  return db.transaction(async (tx) => {
    const claimed = await tx.update(moderationCase).set({ claimedBy: reviewer, claimExpiresAt: until })
      .where(and(eq(moderationCase.id, caseId), ne(moderationCase.status, 'closed'),
        or(isNull(moderationCase.claimedBy), eq(moderationCase.claimedBy, reviewer), lt(moderationCase.claimExpiresAt, now))))
      .returning({ id: moderationCase.id });
    if (claimed.length === 0) {
      const [c] = await tx.select().from(moderationCase).where(eq(moderationCase.id, caseId));
      if (!c) throw new DomainError('not_found', `case ${caseId} not found`);
      if (c.status === 'closed') throw new DomainError('invalid_state', 'the case is closed');
      throw new DomainError('conflict', `the case is claimed by someone else until ${c.claimExpiresAt?.toISOString()}`);
    }
    await appendEvents(tx, clock, [{ type: 'case.claimed', subject: { type: 'case', id: caseId }, actor, payload: { by: reviewer, until: isoMs(until) } }]);
    return { case_id: caseId, claimed_by: reviewer, claim_expires_at: isoMs(until) };
  });
}

export async function releaseCase(db: Db, clock: Clock, actor: Actor, caseId: string, reviewer: string) {
  await db.transaction(async (tx) => {
    const r = await tx.update(moderationCase).set({ claimedBy: null, claimExpiresAt: null })
      .where(and(eq(moderationCase.id, caseId), eq(moderationCase.claimedBy, reviewer))).returning({ id: moderationCase.id });
    if (r.length === 0) throw new DomainError('conflict', 'you do not hold this case');
    await appendEvents(tx, clock, [{ type: 'case.released', subject: { type: 'case', id: caseId }, actor, payload: { by: reviewer } }]);
  });
}

/**
 * A severe decision the second reviewer rejected sends its case back to the reviewer who proposed
 * it (TC-4): the case is claimed in their name for a working day, never past its due date (so a
 * deadline is not hidden behind an absent reviewer's lock), and never taken from someone who holds
 * it now. Runs in the rejection's transaction; returns until when it is held, or null.
 */
export async function returnCaseTo(tx: Db, clock: Clock, actor: Actor, caseId: string, reviewer: string): Promise<Date | null> {
  const now = clock.now();
  const [c] = await tx.select({ dueAt: moderationCase.dueAt }).from(moderationCase).where(eq(moderationCase.id, caseId));
  if (!c) return null;
  const hold = now.getTime() + RETURN_HOLD_HOURS * 3_600_000;
  const due = c.dueAt ? Math.max(c.dueAt.getTime(), now.getTime() + CLAIM_MINUTES * 60_000) : hold;
  const until = new Date(Math.min(hold, due));
  const r = await tx.update(moderationCase).set({ claimedBy: reviewer, claimExpiresAt: until })
    .where(and(eq(moderationCase.id, caseId), ne(moderationCase.status, 'closed'),
      or(isNull(moderationCase.claimedBy), eq(moderationCase.claimedBy, reviewer), lt(moderationCase.claimExpiresAt, now))))
    .returning({ id: moderationCase.id });
  if (r.length === 0) return null;
  await appendEvents(tx, clock, [{ type: 'case.claimed', subject: { type: 'case', id: caseId }, actor, payload: { by: reviewer, until: isoMs(until) } }]);
  return until;
}

/** Escalation to senior review: the case moves to the escalated queue and keeps its clocks. */
export async function escalateCase(db: Db, clock: Clock, actor: Actor, caseId: string, reviewer: string, reason: string) {
  await db.transaction(async (tx) => {
    const r = await tx.update(moderationCase).set({ status: 'escalated', queue: 'escalated', escalatedAt: clock.now(), claimedBy: null, claimExpiresAt: null })
      .where(and(eq(moderationCase.id, caseId), ne(moderationCase.status, 'closed'))).returning({ id: moderationCase.id });
    if (r.length === 0) throw new DomainError('not_found', `no open case ${caseId}`);
    await appendEvents(tx, clock, [{ type: 'case.escalated', subject: { type: 'case', id: caseId }, actor, payload: { by: reviewer, reason: reason.slice(0, 200) } }]);
  });
}

/**
 * Art. 18 (NA-10): a suspicion of a criminal offence threatening someone's life or safety is
 * reported to the competent authority; the report has its own record and ledger event.
 */
export async function reportToAuthority(db: Db, clock: Clock, actor: Actor, caseId: string, r: { authority: string; memberState: string; reason: string; createdBy: string }) {
  return db.transaction(async (tx) => {
    const [c] = await tx.select({ id: moderationCase.id }).from(moderationCase).where(eq(moderationCase.id, caseId));
    if (!c) throw new DomainError('not_found', `case ${caseId} not found`);
    const id = randomUUID();
    const now = clock.now();
    await tx.insert(escalation).values({ id, caseId, authority: r.authority, memberState: r.memberState, reason: r.reason, createdBy: r.createdBy, createdAt: now, forwardedAt: now });
    await appendEvents(tx, clock, [{ type: 'escalation.forwarded', subject: { type: 'escalation', id }, actor, payload: { case_id: caseId, member_state: r.memberState, forwarded_at: isoMs(now) } }]);
    return { id, forwarded_at: isoMs(now) };
  });
}
