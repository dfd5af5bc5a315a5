import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENV_VARS, loadConfig } from './config.js';
import { isDomainError } from './core/errors.js';

describe('config', () => {
  it('defaults to the embedded database in ./.vigil on port 8080', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c).toMatchObject({ dataDir: '/srv/app/.vigil', databaseUrl: null, port: 8080, runWorker: true, cookieSecure: false, checkpointDir: '/srv/app/.vigil/checkpoints' });
  });

  it('lists every bad setting at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', VIGIL_WORKER: 'maybe', VIGIL_WEBHOOK_URL: 'https://hooks.example/x', VIGIL_LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('invalid_config');
      const paths = (isDomainError(e) ? e.details ?? [] : []).map((d) => d.path).sort();
      expect(paths).toEqual(['DATABASE_URL', 'PORT', 'VIGIL_LOG_LEVEL', 'VIGIL_WEBHOOK_SECRET', 'VIGIL_WORKER']);
    }
  });

  it('marks cookies secure behind https', () => {
    expect(loadConfig({ VIGIL_PUBLIC_URL: 'https://vigil.example.org' }).cookieSecure).toBe(true);
  });

  it('is documented variable by variable in docs/OPERATIONS.md', () => {
    const doc = readFileSync(new URL('../docs/OPERATIONS.md', import.meta.url), 'utf8');
    const documented = [...doc.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...ENV_VARS].sort());
    // Only config.ts reads the environment.
  });
});
