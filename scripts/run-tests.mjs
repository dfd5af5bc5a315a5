// Runs vitest and ends with the plain `N passed, N failed` line that CI reads.
//
// Store tests run on PGlite and, when DATABASE_URL names a PostgreSQL server, on PostgreSQL too.
// When DATABASE_URL is not set at all, a server on the standard local address is used if one
// answers, so `npm test` covers both engines wherever PostgreSQL runs; DATABASE_URL= (empty)
// keeps the run on PGlite alone.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import pg from 'pg';

const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/test';

async function localPostgres() {
  const client = new pg.Client({ connectionString: LOCAL_POSTGRES, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const env = { ...process.env };
if (env.DATABASE_URL === undefined && (await localPostgres())) env.DATABASE_URL = LOCAL_POSTGRES;
console.log(env.DATABASE_URL ? 'store tests: PGlite and PostgreSQL' : 'store tests: PGlite only (no PostgreSQL configured or reachable)');

const out = '.vitest.json';
rmSync(out, { force: true });
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...process.argv.slice(2)];
const run = spawnSync('npx', args, { stdio: 'inherit', env });
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(out, 'utf8'));
  passed = report.numPassedTests;
  // A file that failed without a failing test (an import or setup error) counts once.
  const brokenFiles = (report.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed')).length;
  failed = report.numFailedTests + brokenFiles;
} catch {
  failed = Math.max(1, failed);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = run.status === 0 && failed === 0 ? 0 : 1;
