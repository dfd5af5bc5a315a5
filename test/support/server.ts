/**
 * A real Vigil server listening on 127.0.0.1 (random port) with the built console served at `/`,
 * on a fresh test database: for browser tests, which need a URL rather than `inject()`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config.js';
import { createContext, type AppContext } from '../../src/context.js';
import { buildApp } from '../../src/http/app.js';
import { createLogger } from '../../src/logger.js';
import { openTestStore, type EngineName } from './db.js';

/** The console bundle `npm run build:web` writes. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface TestServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  app: FastifyInstance;
  ctx: AppContext;
  close(): Promise<void>;
}

export async function startTestServer(engine: EngineName = 'pglite', o: { env?: Record<string, string> } = {}): Promise<TestServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'vigil-server-'));
  const config = loadConfig({ VIGIL_DATA_DIR: dir, VIGIL_LOG_LEVEL: 'silent', VIGIL_WEB_DIST: WEB_DIST, ...o.env }, dir);
  const store = await openTestStore(engine);
  const ctx = await createContext(config, { store, logger: createLogger('silent') });
  const app = await buildApp(ctx, { serveConsole: true });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
  } catch (e) {
    await app.close();
    await ctx.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    ctx,
    async close() {
      await app.close();
      await ctx.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
