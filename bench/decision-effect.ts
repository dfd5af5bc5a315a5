/**
 * Time from decision to statement stored and to confirmed effect, end to end: the real app and
 * worker deliver the enforcement webhook to a simulated marketplace on loopback, which confirms
 * through the API. Baseline in the same run: the webhook round trip alone (enqueue → received).
 *
 *   npx tsx bench/decision-effect.ts [--decisions 40]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/context.js';
import { SYSTEM_ACTOR } from '../src/core/events.js';
import { buildApp } from '../src/http/app.js';
import { startSimulatedMarketplace } from '../src/integrations/demo-marketplace.js';
import { startWorker } from '../src/jobs/worker.js';
import { createLogger } from '../src/logger.js';
import { openStore } from '../src/store/database.js';
import { scratchPostgres } from '../test/support/db.js';

const N = Number(process.argv[process.argv.indexOf('--decisions') + 1] || 40) || 40;
const engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const pg = engine === 'postgres' ? await scratchPostgres() : null;
const store = await openStore(pg ? { databaseUrl: pg.url } : { dataDir: 'memory://' });
await store.migrate();
const sim = await startSimulatedMarketplace('bench-secret-0123456789', 0);
const dir = mkdtempSync(path.join(tmpdir(), 'vigil-bench-'));
const ctx = await createContext(loadConfig({
  VIGIL_DATA_DIR: dir, VIGIL_LOG_LEVEL: 'silent', VIGIL_WEBHOOK_URL: sim.url, VIGIL_WEBHOOK_SECRET: sim.secret, VIGIL_WEBHOOK_ALLOW_PRIVATE: 'true', VIGIL_JOB_POLL_SECONDS: '1', VIGIL_PUBLIC_RATE_LIMIT: '100000',
}, dir), { store, logger: createLogger('silent') });
const app = await buildApp(ctx);
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
sim.connect(base, (await ctx.auth.createApiKey(SYSTEM_ACTOR, { name: 'sim', role: 'integration' })).key);
const reviewer = (await ctx.auth.createApiKey(SYSTEM_ACTOR, { name: 'rev', role: 'reviewer' })).key;
await ctx.catalog.putTrader(SYSTEM_ACTOR, 'T-1', { display_name: 'Trader' });
const worker = await startWorker(ctx);
const post = async (url: string, body: unknown, key?: string) => (await fetch(`${base}${url}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) } })).json() as Promise<Record<string, unknown>>;
const ids: string[] = [];
for (let i = 0; i < N; i++) {
  await ctx.catalog.putListing(SYSTEM_ACTOR, `L-${i}`, { trader_id: 'T-1', source_version: 1, title: `Replica watch ${i}`, language: 'en' });
  const n = await post('/api/v1/notices', { locations: [{ item: { kind: 'listing', id: `L-${i}` } }], explanation: 'Counterfeit watch with a protected brand name and logo.', notifier: { name: 'B', email: 'b@example.org' }, good_faith: true });
  const d = await post(`/api/v1/cases/${(n.case_ids as string[])[0]}/decisions`, {
    actions: ['remove'], ground: 'illegal', legal_ground: 'Regulation (EU) 2017/1001, Article 9(2)', explanation: 'The listing offers goods bearing a protected trade mark without consent.',
    category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', keyword: 'KEYWORD_TRADEMARK_INFRINGEMENT', territorial_scope: 'EU',
    failed_attribute: 'product title and brand', finding: 'the title offers a replica of a protected watch brand at a fraction of its price',
  }, reviewer);
  if (!Array.isArray(d.decision_ids)) throw new Error(`decision failed: ${JSON.stringify(d)}`);
  ids.push(...(d.decision_ids as string[]));
}
const deadline = Date.now() + 120_000;
let rows: { ms: number; st: number }[] = [];
while (Date.now() < deadline) {
  const r = await store.query<{ ms: number; st: number }>(`SELECT EXTRACT(EPOCH FROM (d.effect_confirmed_at - d.applies_from)) * 1000 AS ms, EXTRACT(EPOCH FROM (s.created_at - d.decided_at)) * 1000 AS st
    FROM decision d JOIN statement s ON s.decision_id = d.id WHERE d.effect_confirmed_at IS NOT NULL`);
  rows = r.rows.map((x) => ({ ms: Number(x.ms), st: Number(x.st) }));
  if (rows.length >= ids.length) break;
  await new Promise((r2) => setTimeout(r2, 250));
}
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const eff = rows.map((r) => r.ms);
console.log(`${engine}: ${ids.length} decisions; ${rows.length} effects confirmed by the simulated marketplace`);
console.log(`${engine}: decision → statement stored: max ${Math.max(...rows.map((r) => r.st)).toFixed(1)} ms (same transaction)`);
console.log(`${engine}: decision → confirmed effect: p50 ${(q(eff, 0.5) / 1000).toFixed(2)} s, p95 ${(q(eff, 0.95) / 1000).toFixed(2)} s, max ${(Math.max(...eff) / 1000).toFixed(2)} s (target p95 ≤ 300 s; job poll 1 s)`);
await worker.stop();
await app.close();
await sim.close();
await ctx.close();
await store.close();
await pg?.drop();
rmSync(dir, { recursive: true, force: true });
