/**
 * Notice intake throughput and latency through the real HTTP API, as ratios to the `/healthz`
 * route of the same server in the same run (the ceiling), on PGlite and PostgreSQL. Also the
 * receipt-confirmation latency (notice received → acknowledged in the ledger) and the time from
 * decision to statement stored.
 *
 *   npx tsx bench/notices.ts [--seconds 10] [--concurrency 16] [--engine pglite|postgres] [--profile] [--load child|inline]
 *     [--cpu-profile bench/out/notices]
 * PostgreSQL runs when DATABASE_URL (an admin URL) is set; a scratch database is used.
 * `--profile` counts and times the SQL statements sent during the notice phase, per notice and by
 * statement kind (on PGlite, whose one connection runs one statement at a time, a statement's time
 * includes its wait for the connection).
 * The load comes from a child process (`bench/load.ts`), the same way for both phases, so it does
 * not take the server thread's CPU; `--load inline` runs it on the server's thread as before.
 * `--cpu-profile PREFIX` writes a CPU profile of the server's thread during the notice phase to
 * `PREFIX-<engine>.cpuprofile` (open it in Chrome's DevTools).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/context.js';
import { SYSTEM_ACTOR } from '../src/core/events.js';
import { buildApp } from '../src/http/app.js';
import { createLogger } from '../src/logger.js';
import { deliverMailRound } from '../src/services/outbox/deliver-mail.js';
import { openStore, type Store } from '../src/store/database.js';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { scratchPostgres } from '../test/support/db.js';
import { argNumber, argString } from './args.js';
import { loadFromChild, noticeBody, type BodyKind, type LoadResult } from './load.js';

const SECONDS = argNumber('seconds', 10);
const CONC = argNumber('concurrency', 16);
const PROFILE = process.argv.includes('--profile');
const ENGINE = process.argv.includes('--engine') ? process.argv[process.argv.indexOf('--engine') + 1] : null;
const LOAD = argString('load', 'child');
const CPU_PROFILE = argString('cpu-profile', '');

/** Statement profile: pg's Client.query wrapped while `on` is set; totals by the statement's first words. */
const profile = { on: false, n: 0, ms: 0, kinds: new Map<string, { n: number; ms: number }>() };
/** Records one statement of kind `text` that started at `t0` (when the profile is on). */
function record(text: string, t0: number): void {
  if (!profile.on) return;
  const kind = text.replace(/\s+/g, ' ').trim().split(' ').slice(0, 3).join(' ').replace(/\(.*$/, '').slice(0, 40);
  const ms = performance.now() - t0;
  profile.n += 1;
  profile.ms += ms;
  const k = profile.kinds.get(kind) ?? { n: 0, ms: 0 };
  k.n += 1;
  k.ms += ms;
  profile.kinds.set(kind, k);
}

if (PROFILE) {
  const original = pg.Client.prototype.query as (...a: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...a: unknown[]) {
    const q = a[0] as string | { text?: string };
    const text = typeof q === 'string' ? q : q?.text ?? '';
    if (!profile.on) return original.apply(this, a);
    const t0 = performance.now();
    const done = () => record(text, t0);
    // pg's Pool calls with a callback (no promise back); drizzle's transactions await a promise.
    const cb = a.findIndex((x) => typeof x === 'function');
    if (cb >= 0) {
      const f = a[cb] as (...r: unknown[]) => void;
      a[cb] = (...r: unknown[]) => {
        done();
        f(...r);
      };
    }
    const r = original.apply(this, a);
    return r instanceof Promise ? r.finally(done) : r;
  } as typeof pg.Client.prototype.query;
}

type Queryable = { query: (text: string, ...rest: unknown[]) => Promise<unknown> };
/** PGlite: its `query` and the `query` of each transaction it hands out (one connection: the time includes waiting for it). */
function profilePglite(pglite: PGlite): void {
  const wrap = (o: Queryable) => {
    const original = o.query.bind(o);
    o.query = (text, ...rest) => {
      const t0 = performance.now();
      return original(text, ...rest).finally(() => record(text, t0));
    };
  };
  wrap(pglite as unknown as Queryable);
  const transaction = pglite.transaction.bind(pglite);
  pglite.transaction = (fn) => transaction((tx) => {
    wrap(tx as unknown as Queryable);
    return fn(tx);
  });
}

/** In-thread load (`--load inline`): how the bench measured before; kept to compare figures. */
async function loadInline(url: string, kind: BodyKind): Promise<LoadResult> {
  const lat: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let i = 0;
  const end = performance.now() + SECONDS * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const b = kind === 'notice' ? noticeBody(i++) : null;
      const t0 = performance.now();
      const res = await fetch(url, b ? { method: 'POST', body: JSON.stringify(b), headers: { 'content-type': 'application/json' } } : {});
      await res.arrayBuffer();
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      if (res.status >= 300) errors += 1;
      lat.push(performance.now() - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONC }, worker));
  const secs = (performance.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  return { rps: lat.length / secs, p50: lat[Math.floor(lat.length * 0.5)]!, p99: lat[Math.floor(lat.length * 0.99)]!, errors, statuses };
}

const load = (base: string, path: string, kind: BodyKind): Promise<LoadResult> =>
  LOAD === 'inline' ? loadInline(base + path, kind) : loadFromChild({ base, path, kind, seconds: SECONDS, concurrency: CONC });

/** A CPU profile of this process (the server's thread) from now until the returned function is called. */
async function startCpuProfile(): Promise<() => Promise<object>> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) => session.post(method, params ?? {}, (e, r) => (e ? reject(e) : resolve(r))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  return async () => {
    const { profile: p } = (await post('Profiler.stop')) as { profile: object };
    session.disconnect();
    return p;
  };
}

async function run(engine: 'pglite' | 'postgres') {
  let store: Store;
  let drop = async () => undefined as void;
  if (engine === 'pglite') {
    store = await openStore({ dataDir: 'memory://' });
    if (PROFILE) profilePglite(store.pglite!);
  } else {
    const db = await scratchPostgres();
    store = await openStore({ databaseUrl: db.url, poolSize: 20 });
    drop = db.drop;
  }
  await store.migrate();
  const dir = mkdtempSync(path.join(tmpdir(), 'vigil-bench-'));
  const ctx = await createContext(loadConfig({ VIGIL_DATA_DIR: dir, VIGIL_LOG_LEVEL: 'silent', VIGIL_PUBLIC_RATE_LIMIT: '1000000', VIGIL_HEALTH_RATE_LIMIT: '1000000' }, dir), { store, logger: createLogger('silent') });
  await ctx.catalog.putTrader(SYSTEM_ACTOR, 'T-1', { display_name: 'Bench trader' });
  for (let i = 0; i < 200; i++) await ctx.catalog.putListing(SYSTEM_ACTOR, `L-${i}`, { trader_id: 'T-1', source_version: 1, title: `Listing ${i}` });
  const app = await buildApp(ctx);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const health = await load(base, '/healthz', 'none');
  profile.on = true;
  const stopCpu = CPU_PROFILE ? await startCpuProfile() : null;
  const notices = await load(base, '/api/v1/notices', 'notice');
  if (stopCpu) writeFileSync(`${CPU_PROFILE}-${engine}.cpuprofile`, JSON.stringify(await stopCpu()));
  profile.on = false;
  const served = Math.round(notices.rps * SECONDS);
  // Receipt confirmation: drain the mail outbox as the worker would and measure received → acknowledged.
  const t0 = performance.now();
  for (;;) {
    const r = await deliverMailRound(store.db, ctx.clock, ctx.mail, 3, 500);
    if (r.sent + r.failed === 0) break;
  }
  const drainSecs = (performance.now() - t0) / 1000;
  const ack = await store.query<{ p50: number; p99: number; n: number }>(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99, count(*)::int AS n
       FROM (SELECT EXTRACT(EPOCH FROM (acknowledged_at - received_at)) * 1000 AS ms FROM notice WHERE acknowledged_at IS NOT NULL) t`);
  await app.close();
  await ctx.close();
  await store.close();
  await drop();
  rmSync(dir, { recursive: true, force: true });
  const f = (x: number) => x.toFixed(1);
  const statuses = (r: LoadResult) => Object.entries(r.statuses).map(([k, v]) => `${v} × ${k}`).join(', ');
  console.log(`${engine.padEnd(8)} /healthz ceiling: ${Math.round(health.rps)} req/s (p99 ${f(health.p99)} ms; answers ${statuses(health)})`);
  console.log(`${engine.padEnd(8)} POST /api/v1/notices: ${Math.round(notices.rps)} notices/s, p50 ${f(notices.p50)} ms, p99 ${f(notices.p99)} ms, errors ${notices.errors}; ratio to ceiling ${(notices.rps / health.rps).toFixed(2)}`);
  if (PROFILE) {
    console.log(`${engine.padEnd(8)} SQL during the notice phase: ${(profile.n / served).toFixed(1)} statements per notice, ${(profile.ms / served).toFixed(1)} ms of statement time per notice`);
    for (const [k, v] of [...profile.kinds].sort((a, b) => b[1].ms - a[1].ms)) console.log(`         ${String(v.n).padStart(7)} × ${k.padEnd(40)} ${(v.ms / v.n).toFixed(2)} ms avg`);
  }
  console.log(`${engine.padEnd(8)} receipt confirmations: ${ack.rows[0]!.n} sent in ${f(drainSecs)} s after the load; received→acknowledged p50 ${f(Number(ack.rows[0]!.p50) / 1000)} s, p99 ${f(Number(ack.rows[0]!.p99) / 1000)} s (includes waiting behind the load; the worker polls every VIGIL_JOB_POLL_SECONDS)`);
}

console.log(`notice intake: ${SECONDS} s per phase, ${CONC} concurrent clients (load from ${LOAD === 'inline' ? 'the server thread' : 'a child process'}), Node ${process.version}`);
if (ENGINE !== 'postgres') await run('pglite');
if (process.env.DATABASE_URL && ENGINE !== 'pglite') await run('postgres');
