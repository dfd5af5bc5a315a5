/**
 * `vigil statements export` over many statements: rows/s and the export process's peak memory,
 * against a floor measured in the same run (`SELECT payload` of the same rows streamed by a plain
 * cursor loop in this process). The export must stream: its memory stays flat as rows grow.
 *
 *   npx tsx bench/statements-export.ts [--rows 200000] [--engine pglite|postgres]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../src/store/database.js';
import { ROOT, VIGIL } from '../test/support/child.js';
import { scratchPostgres } from '../test/support/db.js';

const rowsArg = Number(process.argv[process.argv.indexOf('--rows') + 1] || 200_000) || 200_000;
const engine = process.argv.includes('--engine') ? process.argv[process.argv.indexOf('--engine') + 1]! : process.env.DATABASE_URL ? 'postgres' : 'pglite';
const dir = mkdtempSync(path.join(tmpdir(), 'vigil-export-'));
let databaseUrl = '';
let drop = async () => undefined as void;
if (engine === 'postgres') {
  const db = await scratchPostgres();
  databaseUrl = db.url;
  drop = db.drop;
}
const store = await openStore(engine === 'postgres' ? { databaseUrl } : { dataDir: path.join(dir, 'pglite') });
await store.migrate();
// Realistic statements: the demo's typical payload, with unique ids.
const sample = {
  decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'], decision_monetary: null, decision_provision: null, decision_account: null, account_type: 'ACCOUNT_TYPE_BUSINESS',
  decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT', illegal_content_legal_ground: 'Regulation (EU) 2017/1001, Article 9(2)', illegal_content_explanation: 'The listing offers goods bearing a sign identical to a registered EU trade mark without consent.',
  content_type: ['CONTENT_TYPE_PRODUCT', 'CONTENT_TYPE_TEXT'], category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', category_specification: ['KEYWORD_TRADEMARK_INFRINGEMENT'],
  territorial_scope: ['AT', 'BE', 'DE', 'FR', 'IT', 'NL'], content_language: 'DE', content_date: '2026-09-01', application_date: '2026-09-15',
  decision_facts: 'Listing L-0001234 "Rolex Submariner 1:1 replica": the title offers a replica of a protected brand at 49 EUR. Removed after a notice under Article 16.',
  source_type: 'SOURCE_ARTICLE_16', automated_detection: 'No', automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
};
const t0 = performance.now();
for (let i = 0; i < rowsArg; i += 5000) {
  const n = Math.min(5000, rowsArg - i);
  await store.query(
    `INSERT INTO decision (id, subject_kind, subject_id, action, visibility, territorial_scope, ground, explanation, category, automated_detection, automated_decision, source_type, notice_ids, facts, decided_by, decided_at, applies_from, effect_required, status)
     SELECT gen_random_uuid(), 'listing', 'L-' || g, 'remove', '[]', '[]', 'DECISION_GROUND_ILLEGAL_CONTENT', 'x', 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', false, 'AUTOMATED_DECISION_NOT_AUTOMATED', 'SOURCE_ARTICLE_16', '[]', '{}', 'bench', now(), now(), false, 'effective'
     FROM generate_series($1::int, $2::int) g`, [i, i + n - 1]);
}
await store.query(`INSERT INTO statement (decision_id, puid, payload, trader_message, tdb_required, status, created_at)
  SELECT id, id::text, $1::jsonb || jsonb_build_object('puid', id::text), '{}'::jsonb, true, 'submitted', decided_at FROM decision`, [JSON.stringify(sample)]);
console.log(`${engine}: seeded ${rowsArg.toLocaleString('en')} statements in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// Floor: a plain keyset loop selecting the payloads, in this process.
const f0 = performance.now();
let after = '';
let seen = 0;
for (;;) {
  const r = await store.query<{ puid: string; payload: unknown }>('SELECT puid, payload FROM statement WHERE puid > $1 ORDER BY puid LIMIT 1000', [after]);
  if (r.rows.length === 0) break;
  for (const x of r.rows) seen += JSON.stringify(x.payload).length > 0 ? 1 : 0;
  after = r.rows[r.rows.length - 1]!.puid;
}
const floorRate = seen / ((performance.now() - f0) / 1000);
await store.close();

// The real command, as a child process writing to a pipe we drain; peak RSS read from /proc.
const env = { ...process.env, VIGIL_DATA_DIR: dir, DATABASE_URL: databaseUrl, VIGIL_LOG_LEVEL: 'error' };
const e0 = performance.now();
const child = spawn(process.execPath, [VIGIL, 'statements', 'export'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
let lines = 0;
let peak = 0;
const timer = setInterval(() => {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    if (m) peak = Math.max(peak, Number(m[1]) / 1024);
  } catch {
    // exited
  }
}, 100);
child.stdout.on('data', (d: Buffer) => {
  for (const b of d) if (b === 10) lines += 1;
});
await new Promise((r) => child.once('exit', r));
clearInterval(timer);
const secs = (performance.now() - e0) / 1000;
if (lines !== rowsArg) throw new Error(`export wrote ${lines} lines, expected ${rowsArg}`);
console.log(`${engine}: vigil statements export: ${lines.toLocaleString('en')} lines in ${secs.toFixed(1)} s (${Math.round(lines / secs).toLocaleString('en')} rows/s incl. start-up), peak RSS ${Math.round(peak)} MB`);
console.log(`${engine}: floor (plain keyset SELECT of the payloads in-process): ${Math.round(floorRate).toLocaleString('en')} rows/s; export/floor ratio ${(lines / secs / floorRate).toFixed(2)}`);
await drop();
rmSync(dir, { recursive: true, force: true });
