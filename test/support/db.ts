/**
 * Test databases. PGlite always: migrate once per worker, snapshot, load the snapshot per test
 * (fast, isolated). PostgreSQL when DATABASE_URL is set: a fresh database per test, cloned from a
 * migrated template.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/database.js';

export type EngineName = 'pglite' | 'postgres';

/** The engines every store test runs on: PGlite always, PostgreSQL when configured. */
export const ENGINES: EngineName[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

let snapshot: Promise<Blob> | null = null;

function pgliteSnapshot(): Promise<Blob> {
  snapshot ??= (async () => {
    const s = await openStore({ dataDir: 'memory://' });
    await s.migrate();
    const blob = (await s.pglite!.dumpDataDir('none')) as Blob;
    await s.close();
    return blob;
  })();
  return snapshot;
}

const migrationsDir = fileURLToPath(new URL('../../src/store/migrations', import.meta.url));
function migrationsHash(): string {
  const h = createHash('sha256');
  for (const f of readdirSync(migrationsDir).filter((n) => n.endsWith('.sql')).sort()) h.update(readFileSync(`${migrationsDir}/${f}`));
  return h.digest('hex').slice(0, 12);
}

function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

let template: Promise<string> | null = null;
async function pgTemplate(adminUrl: string): Promise<string> {
  template ??= (async () => {
    const name = `vigil_tmpl_${migrationsHash()}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      // Workers race to build the template: one builds, the others wait on the lock.
      await admin.query('SELECT pg_advisory_lock(7301999)');
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount === 0) {
        await admin.query(`CREATE DATABASE ${name}`);
        const s = await openStore({ databaseUrl: withDb(adminUrl, name), poolSize: 1 });
        await s.migrate();
        await s.close();
      }
      await admin.query('SELECT pg_advisory_unlock(7301999)');
    } finally {
      await admin.end();
    }
    return name;
  })();
  return template;
}

export interface TestStore extends Store {
  readonly dbName?: string;
}

/** A migrated, empty store on the given engine. Close it in afterAll/afterEach. */
export async function openTestStore(engine: EngineName = 'pglite'): Promise<TestStore> {
  if (engine === 'pglite') return openStore({ dataDir: 'memory://', loadDataDir: await pgliteSnapshot() });
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL is not set');
  const tmpl = await pgTemplate(adminUrl);
  const name = `vigil_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${tmpl}`);
  } finally {
    await admin.end();
  }
  const store = await openStore({ databaseUrl: withDb(adminUrl, name), poolSize: 5 });
  const close = store.close.bind(store);
  return Object.assign(store, {
    dbName: name,
    async close() {
      await close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await a.end();
    },
  });
}

/** An empty PostgreSQL database for child processes (they migrate it themselves); drop() removes it. */
export async function scratchPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL is not set');
  const name = `vigil_s_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: withDb(adminUrl, name),
    async drop() {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await a.end();
    },
  };
}
