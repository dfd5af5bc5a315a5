/** A real app on a fresh test database, driven with `inject()`; keys for the common roles. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../src/config.js';
import type { Clock } from '../../src/core/clock.js';
import { SYSTEM_ACTOR } from '../../src/core/events.js';
import { createContext, type AppContext } from '../../src/context.js';
import { buildApp } from '../../src/http/app.js';
import { createLogger } from '../../src/logger.js';
import { openTestStore, type EngineName } from './db.js';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  keys: { admin: string; integration: string; reviewer: string; trustee: string; researcher: string };
  auth(key: string): { authorization: string };
  close(): Promise<void>;
}

export async function createTestApp(engine: EngineName, o: { env?: Record<string, string>; clock?: Clock } = {}): Promise<TestApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'vigil-test-'));
  const config: Config = loadConfig({ VIGIL_DATA_DIR: dir, VIGIL_LOG_LEVEL: 'silent', ...o.env }, dir);
  const store = await openTestStore(engine);
  const ctx = await createContext(config, { store, clock: o.clock, logger: createLogger('silent') });
  const app = await buildApp(ctx);
  const mk = async (role: 'admin' | 'integration' | 'reviewer' | 'trustee' | 'researcher') => (await ctx.auth.createApiKey(SYSTEM_ACTOR, { name: role, role })).key;
  const keys = { admin: await mk('admin'), integration: await mk('integration'), reviewer: await mk('reviewer'), trustee: await mk('trustee'), researcher: await mk('researcher') };
  return {
    app, ctx, keys,
    auth: (key) => ({ authorization: `Bearer ${key}` }),
    async close() {
      await app.close();
      await ctx.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
