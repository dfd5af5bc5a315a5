import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createContext, type AppContext } from '../context.js';
import { SYSTEM_ACTOR } from '../core/events.js';
import { createLogger } from '../logger.js';
import { enqueue } from '../services/outbox/outbox.js';
import { ENGINES, openTestStore, type TestStore } from '../../test/support/db.js';
import { runLedgerCheckpoint } from './ledger-checkpoint.js';
import { startWorker, type Worker } from './worker.js';

describe.each(ENGINES)('pg-boss worker on %s', (engine) => {
  let store: TestStore;
  let server: Server;
  let ctx: AppContext;
  let worker: Worker;
  let dir: string;
  const ids: string[] = [];

  beforeAll(async () => {
    store = await openTestStore(engine);
    server = createServer((req, res) => {
      ids.push(String(req.headers['idempotency-key']));
      req.resume();
      res.writeHead(200).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    dir = mkdtempSync(path.join(tmpdir(), 'vigil-worker-'));
    const config = loadConfig({
      VIGIL_DATA_DIR: dir, VIGIL_WEBHOOK_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, VIGIL_WEBHOOK_SECRET: 'sixteen-chars-or-more',
      VIGIL_WEBHOOK_ALLOW_PRIVATE: 'true', VIGIL_JOB_POLL_SECONDS: '1',
    }, dir);
    ctx = await createContext(config, { store, logger: createLogger('silent') });
    worker = await startWorker(ctx);
  }, 120_000);
  afterAll(async () => {
    await worker?.stop();
    await ctx?.close();
    await new Promise((r) => server.close(r));
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('delivers outbox rows through the job chain, each exactly once', async () => {
    const sent: string[] = [];
    await store.db.transaction(async (tx) => {
      for (let i = 0; i < 5; i++) sent.push((await enqueue(tx, ctx.clock, { topic: 'webhook.test', subject: { type: 'system', id: 'w' }, payload: { i } })).id);
    });
    const deadline = Date.now() + 30_000;
    while (ids.length < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect([...ids].sort()).toEqual([...sent].sort());
  }, 40_000);

  it.runIf(engine === 'postgres')('runs safely as several workers at once (no message sent twice)', async () => {
    const { openStore } = await import('../store/database.js');
    const second = await openStore({ databaseUrl: store.connectionString!, poolSize: 3 });
    const ctx2 = await createContext(ctx.config, { store: second, logger: createLogger('silent') });
    const worker2 = await startWorker(ctx2);
    try {
      ids.length = 0;
      const sent: string[] = [];
      await store.db.transaction(async (tx) => {
        for (let i = 0; i < 40; i++) sent.push((await enqueue(tx, ctx.clock, { topic: 'webhook.test', subject: { type: 'system', id: `m${i % 3}` }, payload: { i } })).id);
      });
      const deadline = Date.now() + 30_000;
      while (ids.length < 40 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      await new Promise((r) => setTimeout(r, 1500));
      expect([...ids].sort()).toEqual([...sent].sort());
    } finally {
      await worker2.stop();
      await ctx2.close();
      await second.close();
    }
  }, 60_000);

  it('signs and exports a checkpoint of the ledger head', async () => {
    await ctx.auth.createApiKey(SYSTEM_ACTOR, { name: 'k', role: 'integration' });
    await runLedgerCheckpoint(ctx);
    const files = readdirSync(ctx.config.checkpointDir);
    expect(files.some((f) => /^checkpoint-\d{12}\.json$/.test(f))).toBe(true);
  });
});
