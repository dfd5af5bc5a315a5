/**
 * pg-boss on the same database as everything else: directly on PostgreSQL, and on PGlite through
 * its single connection via an `executeSql` adapter (parameterised SQL to `query`, pg-boss's
 * parameterless multi-statement blocks to `exec`).
 */
import PgBoss from 'pg-boss';
import type { Store } from '../store/database.js';

export function createBoss(store: Store, opts: { pollSeconds: number }): PgBoss {
  const common = {
    schema: 'pgboss',
    // Completed jobs are kept a day for inspection; the ledger is the record, not the queue.
    deleteAfterDays: 1,
    archiveCompletedAfterSeconds: 3600,
    monitorStateIntervalSeconds: 60,
    maintenanceIntervalSeconds: 120,
    cronWorkerIntervalSeconds: Math.max(5, opts.pollSeconds * 5),
  };
  if (store.engine === 'postgres') {
    return new PgBoss({ ...common, connectionString: store.connectionString, max: 4 });
  }
  const db: PgBoss.Db = {
    async executeSql(text: string, values?: unknown[]) {
      return values && values.length > 0 ? store.query(text, values) : store.exec(text);
    },
  };
  return new PgBoss({ ...common, db });
}
