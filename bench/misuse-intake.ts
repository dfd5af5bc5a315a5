/**
 * The misuse check at notice intake (Art. 23(2)): what one `assertNotifierNotSuspended` costs for a
 * notifier without a suspension (the hot path: one primary-key lookup in `misuse_standing`) and for
 * a suspended one, with 100k standings stored, as a ratio to a trivial `SELECT 1` on the same
 * connection in the same run, on PGlite and PostgreSQL.
 *
 *   npx tsx bench/misuse-intake.ts [--lookups 5000]
 * PostgreSQL runs when DATABASE_URL (an admin URL) is set; a scratch database is used.
 */
import { sql } from 'drizzle-orm';
import { systemClock } from '../src/core/clock.js';
import { assertNotifierNotSuspended } from '../src/services/complaints/misuse.js';
import { emailActorKey } from '../src/services/complaints/tokens.js';
import { openStore, type Store } from '../src/store/database.js';
import { misuseStanding } from '../src/store/schema/index.js';
import { scratchPostgres } from '../test/support/db.js';
import { argNumber } from './args.js';

const LOOKUPS = argNumber('lookups', 5000);
const STANDINGS = 100_000;

async function time(n: number, f: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 200; i++) await f(i); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await f(i);
  return (performance.now() - t0) / n;
}

async function run(name: string, store: Store): Promise<void> {
  await store.migrate();
  const db = store.db;
  const until = new Date(Date.now() + 30 * 86_400_000);
  for (let i = 0; i < STANDINGS; i += 1000) {
    await db.insert(misuseStanding).values(Array.from({ length: 1000 }, (_, j) => ({
      actorType: 'notifier', actorKey: emailActorKey(`person${i + j}@example.org`), warnedAt: new Date(), suspendedUntil: (i + j) % 10 === 0 ? until : null,
    })));
  }
  const baseline = await time(LOOKUPS, () => db.execute(sql`SELECT 1`));
  const clean = await time(LOOKUPS, (i) => assertNotifierNotSuspended(db, systemClock, `fresh${i}@example.org`));
  const warned = await time(LOOKUPS, (i) => assertNotifierNotSuspended(db, systemClock, `person${(i % 1000) * 10 + 1}@example.org`));
  const suspended = await time(LOOKUPS, (i) => assertNotifierNotSuspended(db, systemClock, `person${(i % 1000) * 10}@example.org`).catch(() => undefined));
  const f = (ms: number) => `${(ms * 1000).toFixed(0)} µs (${(ms / baseline).toFixed(2)}× SELECT 1)`;
  console.log(`${name}: SELECT 1 ${(baseline * 1000).toFixed(0)} µs · no standing ${f(clean)} · warned, not suspended ${f(warned)} · suspended (refused) ${f(suspended)}`);
}

const pglite = await openStore({ dataDir: 'memory://' });
await run('PGlite', pglite);
await pglite.close();
if (process.env.DATABASE_URL) {
  const scratch = await scratchPostgres();
  const store = await openStore({ databaseUrl: scratch.url });
  try {
    await run('PostgreSQL', store);
  } finally {
    await store.close();
    await scratch.drop();
  }
}
