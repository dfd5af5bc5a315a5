/**
 * Sends statements of reasons to the EU Transparency Database (Art. 24(5), SOR-4) in batches of up
 * to 100. Rows are leased (SKIP LOCKED) so several workers never send one twice at once; the client
 * bisects rejected batches, treats duplicate-PUID answers after a timeout as "already stored", and
 * backs off on 429/5xx. A statement the database rejects is kept with the reason for compliance.
 * The statements of suspensions and terminations under the penalty policy (measure_statement) are
 * leased and sent in the same batches, after the decisions' when both are due.
 */
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { SYSTEM_ACTOR } from '../../core/events.js';
import type { TdbStatement } from '../../core/statements/types.js';
import type { Db } from '../../store/database.js';
import { appendEvents, isoMs } from '../../store/ledger.js';
import { measureStatement, statement } from '../../store/schema/index.js';
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

interface Leased {
  kind: 'decision' | 'measure';
  id: string;
  puid: string;
  payload: unknown;
  attempts: number;
}

async function leaseDue(db: Db, now: Date, limit: number): Promise<Leased[]> {
  return db.transaction(async (tx) => {
    const out: Leased[] = [];
    const due = await tx.select({ id: statement.decisionId }).from(statement)
      .where(and(eq(statement.status, 'pending'), lte(statement.nextAttemptAt, now))).orderBy(asc(statement.createdAt)).limit(limit).for('update', { skipLocked: true });
    if (due.length) {
      const rows = await tx.update(statement).set({ attempts: sql`${statement.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
        .where(inArray(statement.decisionId, due.map((d) => d.id))).returning();
      out.push(...rows.map((r) => ({ kind: 'decision' as const, id: r.decisionId, puid: r.puid, payload: r.payload, attempts: r.attempts })));
    }
    if (out.length >= limit) return out;
    const dueM = await tx.select({ id: measureStatement.actionId }).from(measureStatement)
      .where(and(eq(measureStatement.status, 'pending'), lte(measureStatement.nextAttemptAt, now))).orderBy(asc(measureStatement.createdAt)).limit(limit - out.length).for('update', { skipLocked: true });
    if (dueM.length) {
      const rows = await tx.update(measureStatement).set({ attempts: sql`${measureStatement.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
        .where(inArray(measureStatement.actionId, dueM.map((d) => d.id))).returning();
      out.push(...rows.map((r) => ({ kind: 'measure' as const, id: r.actionId, puid: r.puid, payload: r.payload, attempts: r.attempts })));
    }
    return out;
  });
}

type RowUpdate = Partial<Pick<typeof statement.$inferInsert, 'status' | 'submittedAt' | 'tdbUuid' | 'lastError' | 'nextAttemptAt'>>;
async function updateRow(tx: Db, r: Leased, set: RowUpdate): Promise<void> {
  if (r.kind === 'decision') await tx.update(statement).set(set).where(eq(statement.decisionId, r.id));
  else await tx.update(measureStatement).set(set).where(eq(measureStatement.actionId, r.id));
}

export async function submitPending(db: Db, clock: Clock, submit: Submitter, limit = 500): Promise<SubmitRound> {
  const now = clock.now();
  const rows = await leaseDue(db, now, limit);
  const round: SubmitRound = { sent: rows.length, stored: 0, rejected: 0, pending: 0 };
  if (rows.length === 0) return round;
  const report = await submit(rows.map((r) => r.payload as TdbStatement));
  for (const r of rows) {
    const st = report.statuses.get(r.puid) ?? { status: 'pending' as const, reason: 'no answer for this statement' };
    await db.transaction(async (tx) => {
      if (st.status === 'stored') {
        round.stored += 1;
        const at = clock.now();
        await updateRow(tx, r, { status: 'submitted', submittedAt: at, tdbUuid: st.uuid ?? null, lastError: null });
        await appendEvents(tx, clock, [r.kind === 'decision'
          ? { type: 'statement.submitted', subject: { type: 'decision', id: r.id }, actor: SYSTEM_ACTOR, payload: { decision_id: r.id, puid: r.puid, submitted_at: isoMs(at) } }
          : { type: 'measure_statement.submitted', subject: { type: 'enforcement_action', id: r.id }, actor: SYSTEM_ACTOR, payload: { action_id: r.id, puid: r.puid, submitted_at: isoMs(at) } }]);
      } else if (st.status === 'rejected') {
        round.rejected += 1;
        await updateRow(tx, r, { status: 'rejected', lastError: JSON.stringify(st.errors).slice(0, 4000) });
      } else {
        round.pending += 1;
        const reason = st.status === 'pending' ? st.reason : st.message;
        const wait = st.status === 'pending' && st.retryAfterMs ? st.retryAfterMs : backoff(r.attempts);
        await updateRow(tx, r, { lastError: reason.slice(0, 1000), nextAttemptAt: new Date(clock.now().getTime() + wait) });
      }
    });
  }
  return round;
}

/** The backlog compliance watches: an alert is due when the oldest unsubmitted statement is 24 hours old (SOR-4). */
export async function statementBacklog(db: Db, clock: Clock) {
  const [d] = await db.select({
    pending: sql<number>`count(*) FILTER (WHERE ${statement.status} = 'pending')::int`,
    rejected: sql<number>`count(*) FILTER (WHERE ${statement.status} = 'rejected')::int`,
    submitted: sql<number>`count(*) FILTER (WHERE ${statement.status} = 'submitted')::int`,
    oldest: sql<string | null>`min(${statement.createdAt}) FILTER (WHERE ${statement.status} = 'pending')`,
  }).from(statement);
  // Measure statements count with the decisions'; one the builders refused counts as rejected (compliance must see it).
  const [m] = await db.select({
    pending: sql<number>`count(*) FILTER (WHERE ${measureStatement.status} = 'pending')::int`,
    rejected: sql<number>`count(*) FILTER (WHERE ${measureStatement.status} IN ('rejected', 'build_failed'))::int`,
    submitted: sql<number>`count(*) FILTER (WHERE ${measureStatement.status} = 'submitted')::int`,
    oldest: sql<string | null>`min(${measureStatement.createdAt}) FILTER (WHERE ${measureStatement.status} = 'pending')`,
  }).from(measureStatement);
  const dates = [d?.oldest, m?.oldest].filter((x): x is string => !!x).map((x) => new Date(x)).sort((a, b) => a.getTime() - b.getTime());
  const r = { pending: Number(d?.pending ?? 0) + Number(m?.pending ?? 0), rejected: Number(d?.rejected ?? 0) + Number(m?.rejected ?? 0), submitted: Number(d?.submitted ?? 0) + Number(m?.submitted ?? 0) };
  const oldest = dates[0] ?? null;
  const ageHours = oldest ? (clock.now().getTime() - oldest.getTime()) / 3_600_000 : 0;
  return {
    pending: r.pending, rejected: r.rejected, submitted: r.submitted,
    oldest_pending_at: oldest ? isoMs(oldest) : null, oldest_pending_age_hours: Math.round(ageHours * 10) / 10, alert: ageHours >= 24,
  };
}
