/**
 * Reconciliation time over a large marketplace (RO-4): N traders (default 100 000) and M decisions
 * (default 1 000 000), bulk-seeded with SQL, every decision with its strike except a few hundred
 * whose penalty was "lost in a crash"; 2 % of traders suspended (their effect confirmed, some
 * overdue, some contradicted by listings the marketplace reports visible again). Measures one full
 * reconciliation run, and as the baseline in the same run a plain sequential scan of the decision
 * table (`SELECT count(*)`), so the ratio says how many table scans a reconciliation costs.
 *
 *   npx tsx bench/enforcement-reconcile.ts [--traders 100000] [--decisions 1000000] [--engines pglite,postgres]
 * PostgreSQL needs DATABASE_URL (an admin URL; a scratch database is created and dropped).
 */
import { SYSTEM_ACTOR } from '../src/core/events.js';
import { reconcile } from '../src/services/enforcement/reconcile.js';
import { openStore, type Store } from '../src/store/database.js';
import { ManualClock } from '../src/core/clock.js';
import { scratchPostgres } from '../test/support/db.js';
import { argNumber, argString } from './args.js';

const T = argNumber('traders', 100000);
const D = argNumber('decisions', 1000000);
const engines = argString('engines', process.env.DATABASE_URL ? 'pglite,postgres' : 'pglite').split(',');
const LOST = 300;
const secs = (t0: number) => (performance.now() - t0) / 1000;
const NOW = new Date('2026-06-01T12:00:00Z');

async function seed(s: Store): Promise<void> {
  const at = new Date(NOW.getTime() - 86_400_000).toISOString();
  const chunk = 100_000;
  await s.query(`INSERT INTO trader (id, display_name, status, created_at, updated_at) SELECT 'T-' || g, 'Trader ' || g, 'active', $1, $1 FROM generate_series(1, $2::int) g`, [at, T]);
  await s.query(`INSERT INTO listing (id, trader_id, source_version, version, title, category_path, image_urls, visibility, content_hash, created_at, updated_at)
    SELECT 'L-' || g, 'T-' || (1 + g % $2::int), 1, 1, 'Listing ' || g, '[]', '[]', 'visible', md5(g::text), $1, $1 FROM generate_series(1, $3::int) g`, [at, T, 2 * T]);
  for (let i = 1; i <= D; i += chunk) {
    const n = Math.min(chunk, D - i + 1);
    // Decision g is on listing g mod 2T, so trader 1 + (g mod 2T) mod T; one category, 'remove'.
    await s.query(`INSERT INTO decision (id, subject_kind, subject_id, trader_id, action, visibility, territorial_scope, ground, explanation, category, automated_detection,
        automated_decision, source_type, notice_ids, facts, decided_by, decided_at, applies_from, effect_required, effect_confirmed_at, status)
      SELECT md5('d' || g)::uuid, 'listing', 'L-' || (1 + g % ($3::int * 2)), 'T-' || (1 + (1 + g % ($3::int * 2)) % $3::int), 'remove', '["DECISION_VISIBILITY_CONTENT_REMOVED"]', '["EU"]',
        'DECISION_GROUND_ILLEGAL_CONTENT', 'bench', 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', false, 'AUTOMATED_DECISION_NOT_AUTOMATED', 'SOURCE_ARTICLE_16',
        '[]', '{}', 'user:bench', $4::timestamptz, $4::timestamptz, true, $4::timestamptz, 'effective'
      FROM generate_series($1::int, $2::int) g`, [i, i + n - 1, T, at]);
    // Strikes for all but the last LOST decisions (their penalty was lost between decision and strike).
    await s.query(`INSERT INTO strike (id, actor_type, actor_id, seq, decision_id, category, severity, points, clause_id, policy_version, recorded_at, expires_at)
      SELECT md5('s' || g)::uuid, 'trader', 'T-' || (1 + (1 + g % ($3::int * 2)) % $3::int), 1 + g / ($3::int * 2) * 2 + (g % ($3::int * 2)) / $3::int, md5('d' || g)::uuid,
        'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', 'medium', 2, 'T-4.2', 'penalties-2026-01', $4::timestamptz, $4::timestamptz + interval '365 days'
      FROM generate_series($1::int, $2::int) g WHERE g <= $5::int`, [i, i + n - 1, T, at, D - LOST]);
  }
  // Standing and measures: every trader has strikes; 2 % are suspended (confirmed), the rest warned.
  await s.query(`INSERT INTO enforcement_standing (actor_type, actor_id, last_seq, points, state, policy_version, evaluated_at)
    SELECT actor_type, actor_id, max(seq), sum(points), 'warned', 'penalties-2026-01', $1 FROM strike GROUP BY actor_type, actor_id`, [at]);
  await s.query(`INSERT INTO enforcement_action (id, actor_type, actor_id, measure, trigger_seq, clause_id, policy_version, points, immediate, factors, taken_at, until, status, effect_required, effect_due_at, effect_confirmed_at)
    SELECT md5('w' || actor_id)::uuid, actor_type, actor_id, 'warning', last_seq, 'T-7.2', 'penalties-2026-01', points, false, '{}', $1, NULL, 'active', false, NULL, NULL FROM enforcement_standing`, [at]);
  await s.query(`INSERT INTO enforcement_action (id, actor_type, actor_id, measure, trigger_seq, clause_id, policy_version, points, immediate, factors, taken_at, until, status, effect_required, effect_due_at, effect_confirmed_at)
    SELECT md5('x' || actor_id)::uuid, actor_type, actor_id, 'suspension', last_seq, 'T-7.3', 'penalties-2026-01', points, false, '{}', $1, $1::timestamptz + interval '30 days', 'active', true,
      $1::timestamptz + interval '5 minutes', CASE WHEN substr(actor_id, 3)::int % 500 = 0 THEN NULL ELSE $1::timestamptz + interval '1 minute' END
    FROM enforcement_standing WHERE substr(actor_id, 3)::int % 50 = 0`, [at]);
  // A few suspended traders' listings reported visible again after the confirmation.
  await s.query(`UPDATE listing SET updated_at = $1 WHERE trader_id IN (SELECT actor_id FROM enforcement_action WHERE measure = 'suspension' AND substr(actor_id, 3)::int % 1000 = 50)`, [NOW.toISOString()]);
  await s.query('ANALYZE');
}

for (const engine of engines) {
  const pg = engine === 'postgres' ? await scratchPostgres() : null;
  const store = await openStore(pg ? { databaseUrl: pg.url } : { dataDir: 'memory://' });
  await store.migrate();
  let t0 = performance.now();
  await seed(store);
  console.log(`${engine}: seeded ${T.toLocaleString('en')} traders, ${D.toLocaleString('en')} decisions and strikes in ${secs(t0).toFixed(1)} s`);
  t0 = performance.now();
  await store.query('SELECT count(*) FROM decision');
  const scan = secs(t0);
  const clock = new ManualClock(NOW);
  t0 = performance.now();
  const r = await reconcile(store.db, clock, SYSTEM_ACTOR, 5, 100_000);
  const run = secs(t0);
  t0 = performance.now();
  const again = await reconcile(store.db, clock, SYSTEM_ACTOR, 5, 100_000);
  const steady = secs(t0);
  console.log(`${engine}: baseline count(*) over decisions ${scan.toFixed(2)} s`);
  console.log(`${engine}: reconciliation with drift ${run.toFixed(2)} s (${(run / scan).toFixed(1)}× the scan): checked ${r.checked}, unenforced ${r.unenforced}, unconfirmed ${r.unconfirmed} (still visible ${r.still_visible}), fixed ${r.fixed}`);
  console.log(`${engine}: reconciliation in steady state ${steady.toFixed(2)} s (${(steady / scan).toFixed(1)}× the scan): unenforced ${again.unenforced}, unconfirmed ${again.unconfirmed}, fixed ${again.fixed}`);
  await store.close();
  await pg?.drop();
}
