/**
 * Sends statements of reasons to the EU Transparency Database (Art. 24(5), SOR-4) in batches of up
 * to 100. Rows are leased (SKIP LOCKED) so several workers never send one twice at once; the client
 * bisects rejected batches, treats duplicate-PUID answers after a timeout as "already stored", and
 * backs off on 429/5xx. A statement the database rejects is kept with the reason for compliance.
 */
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { SYSTEM_ACTOR } from '../../core/events.js';
import type { TdbStatement } from '../../core/statements/types.js';
import type { Db } from '../../store/database.js';
import { appendEvents, isoMs } from '../../store/ledger.js';
import { statement } from '../../store/schema/index.js';
import type { SubmissionReport } from '../../integrations/transparency-db-batches.js';

export type Submitter = (statements: readonly TdbStatement[]) => Promise<SubmissionReport>;

const LEASE_MS = 5 * 60_000;
const backoff = (attempts: number) => Math.min(6 * 3_600_000, 60_000 * 2 ** Math.max(0, attempts - 1));

export interface SubmitRound {
  sent: number;
  stored: number;
  rejected: number;
  pending: number;
}

export async function submitPending(db: Db, clock: Clock, submit: Submitter, limit = 500): Promise<SubmitRound> {
  const now = clock.now();
  const rows = await db.transaction(async (tx) => {
    const due = await tx.select({ id: statement.decisionId }).from(statement)
      .where(and(eq(statement.status, 'pending'), lte(statement.nextAttemptAt, now))).orderBy(asc(statement.createdAt)).limit(limit).for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx.update(statement).set({ attempts: sql`${statement.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
      .where(inArray(statement.decisionId, due.map((d) => d.id))).returning();
  });
  const round: SubmitRound = { sent: rows.length, stored: 0, rejected: 0, pending: 0 };
  if (rows.length === 0) return round;
  const report = await submit(rows.map((r) => r.payload as TdbStatement));
  for (const r of rows) {
    const st = report.statuses.get(r.puid) ?? { status: 'pending' as const, reason: 'no answer for this statement' };
    await db.transaction(async (tx) => {
      if (st.status === 'stored') {
        round.stored += 1;
        const at = clock.now();
        await tx.update(statement).set({ status: 'submitted', submittedAt: at, tdbUuid: st.uuid ?? null, lastError: null }).where(eq(statement.decisionId, r.decisionId));
        await appendEvents(tx, clock, [{ type: 'statement.submitted', subject: { type: 'decision', id: r.decisionId }, actor: SYSTEM_ACTOR, payload: { decision_id: r.decisionId, puid: r.puid, submitted_at: isoMs(at) } }]);
      } else if (st.status === 'rejected') {
        round.rejected += 1;
        await tx.update(statement).set({ status: 'rejected', lastError: JSON.stringify(st.errors).slice(0, 4000) }).where(eq(statement.decisionId, r.decisionId));
      } else {
        round.pending += 1;
        const reason = st.status === 'pending' ? st.reason : st.message;
        const wait = st.status === 'pending' && st.retryAfterMs ? st.retryAfterMs : backoff(r.attempts);
        await tx.update(statement).set({ lastError: reason.slice(0, 1000), nextAttemptAt: new Date(clock.now().getTime() + wait) }).where(eq(statement.decisionId, r.decisionId));
      }
    });
  }
  return round;
}

/** The backlog compliance watches: an alert is due when the oldest unsubmitted statement is 24 hours old (SOR-4). */
export async function statementBacklog(db: Db, clock: Clock) {
  const [r] = await db.select({
    pending: sql<number>`count(*) FILTER (WHERE ${statement.status} = 'pending')::int`,
    rejected: sql<number>`count(*) FILTER (WHERE ${statement.status} = 'rejected')::int`,
    submitted: sql<number>`count(*) FILTER (WHERE ${statement.status} = 'submitted')::int`,
    oldest: sql<string | null>`min(${statement.createdAt}) FILTER (WHERE ${statement.status} = 'pending')`,
  }).from(statement);
  const oldest = r?.oldest ? new Date(r.oldest) : null;
  const ageHours = oldest ? (clock.now().getTime() - oldest.getTime()) / 3_600_000 : 0;
  return {
    pending: Number(r?.pending ?? 0), rejected: Number(r?.rejected ?? 0), submitted: Number(r?.submitted ?? 0),
    oldest_pending_at: oldest ? isoMs(oldest) : null, oldest_pending_age_hours: Math.round(ageHours * 10) / 10, alert: ageHours >= 24,
  };
}
