/**
 * Penalty evaluation throughput (Art. 23(1), RO-1): decisions/s through the policy — the strike,
 * the evaluation and any measure with its ledger events and webhook, in the decision's own
 * transaction — on PGlite and PostgreSQL. Baselines in the same run: the same decision rows written
 * without the penalty (so the ratio is the penalty's share of a decision's transaction), and the
 * pure evaluation in memory.
 *
 *   npx tsx bench/enforcement-penalty.ts [--decisions 3000] [--traders 500] [--engines pglite,postgres]
 * PostgreSQL needs DATABASE_URL (an admin URL; a scratch database is created and dropped).
 */
import { randomUUID } from 'node:crypto';
import { ManualClock } from '../src/core/clock.js';
import { DEFAULT_POLICY } from '../src/core/enforcement/default-policy.js';
import { evaluateStanding, type StrikeView } from '../src/core/enforcement/evaluate.js';
import { SYSTEM_ACTOR } from '../src/core/events.js';
import { applyDecisionPenalties } from '../src/services/enforcement/apply.js';
import { openStore, type Db } from '../src/store/database.js';
import { decision } from '../src/store/schema/index.js';
import { scratchPostgres } from '../test/support/db.js';
import { argNumber, argString } from './args.js';

const N = argNumber('decisions', 3000);
const T = argNumber('traders', 500);
const engines = argString('engines', process.env.DATABASE_URL ? 'pglite,postgres' : 'pglite').split(',');
const CATS = ['STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', 'STATEMENT_CATEGORY_CONSUMER_INFORMATION', 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS'];
const rate = (n: number, t0: number) => n / ((performance.now() - t0) / 1000);

// Pure evaluation: an actor with 1–8 strikes, no measures yet.
{
  const now = new Date('2026-06-01T00:00:00Z');
  const fixtures: StrikeView[][] = Array.from({ length: 1000 }, (_, i) => Array.from({ length: 1 + (i % 8) }, (_, k) => ({ seq: k + 1, points: 1 + (k % 3), severity: 'medium' as const, recordedAt: now, expiresAt: new Date(now.getTime() + 1e10), withdrawn: false })));
  const t0 = performance.now();
  let planned = 0;
  for (let i = 0; i < 200_000; i++) planned += evaluateStanding(DEFAULT_POLICY, fixtures[i % 1000]!, [], now).plan.length;
  console.log(`pure evaluation (core, in memory): ${Math.round(rate(200_000, t0)).toLocaleString('en')} evaluations/s (${planned} measures planned)`);
}

const row = (i: number, at: Date) => ({
  id: randomUUID(), subjectKind: 'listing', subjectId: `L-${i}`, traderId: `T-${i % T}`, action: 'remove', visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'], territorialScope: ['EU'],
  ground: 'DECISION_GROUND_ILLEGAL_CONTENT', explanation: 'bench', category: CATS[i % CATS.length]!, automatedDetection: false, automatedDecision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
  sourceType: 'SOURCE_ARTICLE_16', noticeIds: [], facts: { input: {} }, decidedBy: 'user:bench', decidedAt: at, appliesFrom: at, effectRequired: true, status: 'effective',
});

for (const engine of engines) {
  const pg = engine === 'postgres' ? await scratchPostgres() : null;
  const store = await openStore(pg ? { databaseUrl: pg.url } : { dataDir: 'memory://' });
  await store.migrate();
  const clock = new ManualClock(new Date('2026-06-01T00:00:00Z'));
  const at = clock.now().toISOString();
  await store.query(`INSERT INTO trader (id, display_name, status, created_at, updated_at) SELECT 'T-' || g, 'Trader', 'active', $1, $1 FROM generate_series(0, $2::int - 1) g`, [at, T]);
  await store.query(`INSERT INTO listing (id, trader_id, source_version, version, title, category_path, image_urls, visibility, content_hash, created_at, updated_at)
    SELECT 'L-' || g, 'T-' || (g % $2::int), 1, 1, 'Listing', '[]', '[]', 'visible', md5(g::text), $1, $1 FROM generate_series(0, $3::int * 2 - 1) g`, [at, T, N]);
  const db: Db = store.db;
  // Baseline: the decision rows alone, one transaction each.
  let t0 = performance.now();
  for (let i = 0; i < N; i++) {
    clock.advance(1000);
    await db.transaction(async (tx) => { await tx.insert(decision).values(row(N + i, clock.now())); });
  }
  const base = rate(N, t0);
  // Through the policy: decision + strike + evaluation (+ measure, ledger, webhook) in one transaction.
  t0 = performance.now();
  let measures = 0;
  for (let i = 0; i < N; i++) {
    clock.advance(1000);
    await db.transaction(async (tx) => {
      const r = row(i, clock.now());
      await tx.insert(decision).values(r);
      measures += (await applyDecisionPenalties(tx, clock, SYSTEM_ACTOR, r.id, 5, DEFAULT_POLICY)).measures;
    });
  }
  const withPenalty = rate(N, t0);
  const [c] = (await store.query<{ strikes: number; actions: number }>(`SELECT (SELECT count(*)::int FROM strike) AS strikes, (SELECT count(*)::int FROM enforcement_action) AS actions`)).rows;
  console.log(`${engine}: decision rows alone ${Math.round(base).toLocaleString('en')} decisions/s`);
  console.log(`${engine}: through the penalty policy ${Math.round(withPenalty).toLocaleString('en')} decisions/s (${(withPenalty / base).toFixed(2)}× the decision rows alone; ${c!.strikes} strikes, ${c!.actions} measures, ${measures} planned) over ${T} traders`);
  await store.close();
  await pg?.drop();
}
