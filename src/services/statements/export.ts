/**
 * Statements in Transparency Database format, paged by (created_at, decision id) so an export of a
 * million statements streams with constant memory. The statements of suspensions and terminations
 * under the penalty policy follow, paged the same way by (created_at, measure id).
 */
import { and, asc, eq, gte, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../store/database.js';
import { measureStatement, statement } from '../../store/schema/index.js';

export async function* exportStatements(db: Db, opts: { since?: Date; pageSize?: number } = {}): AsyncGenerator<unknown> {
  yield* exportDecisionStatements(db, opts);
  yield* exportMeasureStatements(db, opts);
}

async function* exportMeasureStatements(db: Db, opts: { since?: Date; pageSize?: number }): AsyncGenerator<unknown> {
  const size = opts.pageSize ?? 1000;
  let after: { at: Date; id: string } | null = null;
  for (;;) {
    // A statement the builders refused has no Transparency Database record to export.
    const where: SQL[] = [ne(measureStatement.status, 'build_failed')];
    if (opts.since) where.push(gte(measureStatement.createdAt, opts.since));
    if (after) where.push(sql`(${measureStatement.createdAt}, ${measureStatement.actionId}) > (${after.at}, ${after.id})`);
    const rows = await db.select({ payload: measureStatement.payload, at: measureStatement.createdAt, id: measureStatement.actionId }).from(measureStatement)
      .where(and(...where)).orderBy(asc(measureStatement.createdAt), asc(measureStatement.actionId)).limit(size);
    for (const r of rows) yield r.payload;
    if (rows.length < size) return;
    const last = rows[rows.length - 1]!;
    after = { at: last.at, id: last.id };
  }
}

async function* exportDecisionStatements(db: Db, opts: { since?: Date; pageSize?: number }): AsyncGenerator<unknown> {
  const size = opts.pageSize ?? 1000;
  let after: { at: Date; id: string } | null = null;
  for (;;) {
    const where: SQL[] = [];
    if (opts.since) where.push(gte(statement.createdAt, opts.since));
    // A row-value comparison lets the (created_at, decision_id) index do the paging.
    if (after) where.push(sql`(${statement.createdAt}, ${statement.decisionId}) > (${after.at}, ${after.id})`);
    const rows = await db.select({ payload: statement.payload, at: statement.createdAt, id: statement.decisionId }).from(statement)
      .where(and(...where)).orderBy(asc(statement.createdAt), asc(statement.decisionId)).limit(size);
    for (const r of rows) yield r.payload;
    if (rows.length < size) return;
    const last = rows[rows.length - 1]!;
    after = { at: last.at, id: last.id };
  }
}

export async function getStatement(db: Db, decisionId: string) {
  const [s] = await db.select().from(statement).where(eq(statement.decisionId, decisionId));
  return s ?? null;
}

export async function listStatements(db: Db, f: { status?: string; limit?: number }) {
  const rows = await db.select({ decisionId: statement.decisionId, puid: statement.puid, status: statement.status, attempts: statement.attempts, lastError: statement.lastError, createdAt: statement.createdAt, submittedAt: statement.submittedAt })
    .from(statement).where(f.status ? eq(statement.status, f.status) : sql`true`).orderBy(asc(statement.createdAt)).limit(f.limit ?? 100);
  return rows.map((r) => ({ decision_id: r.decisionId, puid: r.puid, status: r.status, attempts: r.attempts, last_error: r.lastError, created_at: r.createdAt.toISOString(), submitted_at: r.submittedAt?.toISOString() ?? null }));
}
