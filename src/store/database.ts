/**
 * Opens the system of record: embedded PGlite by default, PostgreSQL through `pg` when a
 * DATABASE_URL is given. Both speak the same SQL, run the same generated migrations and give the
 * same drizzle API, so everything above this file is engine-agnostic.
 */
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** A drizzle handle: the whole database or an open transaction (services take either). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Engine = 'pglite' | 'postgres';

export interface RawResult<T> {
  rows: T[];
  rowCount: number;
}

export interface Store {
  readonly engine: Engine;
  readonly db: Db;
  /** Raw parameterised SQL on the shared pool/connection (pg-boss, bulk statements). */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<RawResult<T>>;
  /** Several statements without parameters (pg-boss migrations). */
  exec(text: string): Promise<RawResult<Record<string, unknown>>>;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** Only for PGlite: the embedded instance (snapshots in tests). */
  readonly pglite?: PGlite;
  readonly connectionString?: string;
}

const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));
// One advisory-lock id per purpose, kept here so they never collide.
export const LOCK_IDS = { migrate: 7_301_001, ledger: 7_301_002 } as const;

export interface OpenOptions {
  databaseUrl?: string | null;
  /** PGlite data directory, or 'memory://'. */
  dataDir?: string;
  loadDataDir?: Blob | File;
  poolSize?: number;
}

export async function openStore(opts: OpenOptions): Promise<Store> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, opts.poolSize ?? 10) : openPglite(opts.dataDir ?? 'memory://', opts.loadDataDir);
}

async function openPglite(dataDir: string, loadDataDir?: Blob | File): Promise<Store> {
  const pglite = await PGlite.create(dataDir, { extensions: { pg_trgm }, ...(loadDataDir ? { loadDataDir } : {}) });
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return {
    engine: 'pglite',
    db,
    pglite,
    async query<T>(text: string, params?: unknown[]) {
      const r = await pglite.query<T>(text, params as unknown[]);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
    async exec(text: string) {
      const rs = await pglite.exec(text);
      const last = rs[rs.length - 1];
      return { rows: (last?.rows ?? []) as Record<string, unknown>[], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
    },
    async migrate() {
      await pglite.exec('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      await migratePglite(drizzlePglite(pglite), { migrationsFolder: MIGRATIONS });
    },
    async close() {
      if (!pglite.closed) await pglite.close();
    },
  };
}

async function openPostgres(connectionString: string, max: number): Promise<Store> {
  const pool = new pg.Pool({ connectionString, max });
  // An idle client that errors (server restart) must not crash the process.
  pool.on('error', () => undefined);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    engine: 'postgres',
    db,
    connectionString,
    async query<T>(text: string, params?: unknown[]) {
      const r = await pool.query(text, params);
      return { rows: r.rows as T[], rowCount: r.rowCount ?? r.rows.length };
    },
    async exec(text: string) {
      const r = await pool.query(text);
      const last = Array.isArray(r) ? r[r.length - 1] : r;
      return { rows: last?.rows ?? [], rowCount: last?.rowCount ?? 0 };
    },
    async migrate() {
      // Several workers may start at once: one migrates, the others wait on the lock.
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [LOCK_IDS.migrate]);
        await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
        await migratePg(drizzlePg(client), { migrationsFolder: MIGRATIONS });
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [LOCK_IDS.migrate]).catch(() => undefined);
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
