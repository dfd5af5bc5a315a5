/**
 * Ingest throughput, as ratios measured in one run: listings/s through `POST /api/v1/listings:import`
 * (real HTTP on loopback) and through the CLI's import path (file → batches), each divided by a
 * plain multi-row INSERT of the same listing rows on the same engine (the ceiling).
 *
 *   npx tsx bench/ingest.ts [--listings 20000] [--engines pglite,postgres]
 * PostgreSQL needs DATABASE_URL (an admin URL; scratch databases are created and dropped).
 */
import { mkdtempSync, rmSync, writeFileSync, createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import split2 from 'split2';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config.js';
import { createContext, type AppContext } from '../src/context.js';
import { SYSTEM_ACTOR } from '../src/core/events.js';
import { buildApp } from '../src/http/app.js';
import { createLogger } from '../src/logger.js';
import { generateDemoCatalog } from '../src/services/demo/index.js';
import { openStore, type Store } from '../src/store/database.js';
import { listing } from '../src/store/schema/index.js';
import { scratchPostgres } from '../test/support/db.js';
import { argNumber, argString } from './args.js';

const N = argNumber('listings', 20000);
const engines = argString('engines', process.env.DATABASE_URL ? 'pglite,postgres' : 'pglite').split(',');

const demo = generateDemoCatalog({ seed: 7, traders: 200, listings: N, orders: 0 });
const traders = [...demo.traders];
const rows = [...demo.listings].map((l) => ({ id: l.id, ...l.input }));
const ndjson = rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

async function freshStore(engine: string): Promise<{ store: Store; drop(): Promise<void> }> {
  if (engine === 'pglite') {
    const store = await openStore({ dataDir: 'memory://' });
    await store.migrate();
    return { store, drop: async () => store.close() };
  }
  const db = await scratchPostgres();
  const store = await openStore({ databaseUrl: db.url });
  await store.migrate();
  return { store, drop: async () => { await store.close(); await db.drop(); } };
}

async function withCtx<T>(engine: string, fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const { store, drop } = await freshStore(engine);
  const dir = mkdtempSync(path.join(tmpdir(), 'vigil-bench-'));
  const ctx = await createContext(loadConfig({ VIGIL_DATA_DIR: dir, VIGIL_LOG_LEVEL: 'silent', VIGIL_IMPORT_BODY_LIMIT_BYTES: String(8 * 1024 ** 3) }, dir), { store, logger: createLogger('silent') });
  await store.db.transaction(async (tx) => {
    const { upsertTrader } = await import('../src/services/catalog/traders.js');
    for (const t of traders) await upsertTrader(tx, ctx.clock, SYSTEM_ACTOR, t.id, t.input);
  });
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
    await drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function ceiling(engine: string): Promise<number> {
  const { store, drop } = await freshStore(engine);
  await store.query(`INSERT INTO trader (id, display_name, status, created_at, updated_at) SELECT id, id, 'active', now(), now() FROM unnest($1::text[]) AS id`, [traders.map((t) => t.id)]);
  const now = new Date();
  const t0 = performance.now();
  await store.db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 1000) {
      await tx.insert(listing).values(rows.slice(i, i + 1000).map((r) => ({
        id: r.id, traderId: r.trader_id, sourceVersion: r.source_version, version: 1, title: r.title, description: r.description ?? null,
        price: r.price ?? null, currency: r.currency ?? null, categoryPath: r.category_path ?? [], brand: r.brand ?? null, gtin: r.gtin ?? null,
        productUrl: r.product_url ?? null, imageUrls: r.image_urls ?? [], language: r.language ?? null, visibility: r.visibility ?? 'visible',
        contentHash: '', listedAt: null, createdAt: now, updatedAt: now,
      })));
    }
  });
  const secs = (performance.now() - t0) / 1000;
  const n = Number(((await store.db.execute(sql`SELECT count(*)::int AS n FROM listing`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);
  if (n !== N) throw new Error(`ceiling inserted ${n}`);
  await drop();
  return N / secs;
}

/** A second, stricter ceiling: the same rows through one unnest() statement per batch, as Vigil itself writes. */
async function ceilingUnnest(engine: string): Promise<number> {
  const { store, drop } = await freshStore(engine);
  await store.query(`INSERT INTO trader (id, display_name, status, created_at, updated_at) SELECT id, id, 'active', now(), now() FROM unnest($1::text[]) AS id`, [traders.map((t) => t.id)]);
  const cols = ['id', 'trader_id', 'title', 'description', 'price', 'currency', 'category_path', 'brand', 'gtin', 'product_url', 'image_urls', 'language'];
  const t0 = performance.now();
  await store.db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 1000) {
      const b = rows.slice(i, i + 1000);
      const p = (f: (r: (typeof rows)[number]) => unknown) => sql.param(b.map(f));
      await tx.execute(sql`INSERT INTO listing (${sql.raw(cols.join(', '))}, source_version, version, visibility, content_hash, created_at, updated_at)
        SELECT id, trader_id, title, description, price, currency, category_path::jsonb, brand, gtin, product_url, image_urls::jsonb, language, 1, 1, 'visible', '', now(), now()
        FROM unnest(${p((r) => r.id)}::text[], ${p((r) => r.trader_id)}::text[], ${p((r) => r.title)}::text[], ${p((r) => r.description ?? null)}::text[],
          ${p((r) => r.price ?? null)}::float8[], ${p((r) => r.currency ?? null)}::text[], ${p((r) => JSON.stringify(r.category_path ?? []))}::text[],
          ${p((r) => r.brand ?? null)}::text[], ${p((r) => r.gtin ?? null)}::text[], ${p((r) => r.product_url ?? null)}::text[],
          ${p((r) => JSON.stringify(r.image_urls ?? []))}::text[], ${p((r) => r.language ?? null)}::text[]) AS t(${sql.raw(cols.join(', '))})`);
    }
  });
  const secs = (performance.now() - t0) / 1000;
  await drop();
  return N / secs;
}

async function viaHttp(engine: string): Promise<number> {
  return withCtx(engine, async (ctx) => {
    const app = await buildApp(ctx);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const key = (await ctx.auth.createApiKey(SYSTEM_ACTOR, { name: 'bench', role: 'integration' })).key;
    const port = (app.server.address() as { port: number }).port;
    const t0 = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/listings:import`, { method: 'POST', body: ndjson, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-ndjson' } });
    const text = await res.text();
    const secs = (performance.now() - t0) / 1000;
    const summary = JSON.parse(text.trim().split('\n').pop()!).summary;
    if (summary.created !== N) throw new Error(`http import created ${summary.created}`);
    await app.close();
    return N / secs;
  });
}

async function viaCliPath(engine: string): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'vigil-bench-file-'));
  const file = path.join(dir, 'listings.ndjson');
  writeFileSync(file, ndjson);
  try {
    return await withCtx(engine, async (ctx) => {
      const t0 = performance.now();
      const summary = await ctx.catalog.import(SYSTEM_ACTOR, 'listings', createReadStream(file).pipe(split2()) as AsyncIterable<string>, { batchSize: 500 });
      const secs = (performance.now() - t0) / 1000;
      if (summary.created !== N) throw new Error(`cli import created ${summary.created}`);
      return N / secs;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');
console.log(`ingest benchmark: ${fmt(N)} listings (demo generator), batches of 500, Node ${process.version}`);
for (const engine of engines) {
  const ceil = await ceiling(engine);
  const ceil2 = await ceilingUnnest(engine);
  const http = await viaHttp(engine);
  const cli = await viaCliPath(engine);
  const r = (x: number) => `ratio ${(x / ceil).toFixed(2)} (vs unnest ceiling ${(x / ceil2).toFixed(2)})`;
  console.log(`${engine.padEnd(8)} ceiling: plain multi-row INSERT … VALUES of the listing rows: ${fmt(ceil)}/s; same rows via unnest(): ${fmt(ceil2)}/s`);
  console.log(`${engine.padEnd(8)} listings:import over HTTP: ${fmt(http)}/s  ${r(http)}`);
  console.log(`${engine.padEnd(8)} CLI import path (file):     ${fmt(cli)}/s  ${r(cli)}`);
}
