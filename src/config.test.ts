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

  it('reads the trusted-flagger report threshold as a decimal or a percentage and names a bad one (Art. 22(6), TF-2)', () => {
    expect(loadConfig({}).flaggerReportThreshold).toEqual({ minDecided: 20, unfoundedShare: 0.3 });
    expect(loadConfig({ VIGIL_FLAGGER_REPORT_MIN_DECIDED: '50', VIGIL_FLAGGER_REPORT_UNFOUNDED_SHARE: '0.25' }).flaggerReportThreshold).toEqual({ minDecided: 50, unfoundedShare: 0.25 });
    expect(loadConfig({ VIGIL_FLAGGER_REPORT_UNFOUNDED_SHARE: '40%' }).flaggerReportThreshold.unfoundedShare).toBe(0.4);
    for (const bad of ['30', '0', '-0.2', '1.5', 'a third', '150%']) {
      try {
        loadConfig({ VIGIL_FLAGGER_REPORT_UNFOUNDED_SHARE: bad, VIGIL_FLAGGER_REPORT_MIN_DECIDED: '0' });
        expect.unreachable(bad);
      } catch (e) {
        const details = isDomainError(e) ? e.details ?? [] : [];
        expect(details.map((d) => d.path).sort()).toEqual(['VIGIL_FLAGGER_REPORT_MIN_DECIDED', 'VIGIL_FLAGGER_REPORT_UNFOUNDED_SHARE']);
        expect(details.find((d) => d.path === 'VIGIL_FLAGGER_REPORT_UNFOUNDED_SHARE')!.problem).toBe(`must be a share above 0 and at most 1, as a decimal (0.3) or a percentage (30%), got "${bad}"`);
      }
    }
  });

  it('never marks a configured Transparency Database as the demo\'s local sandbox (only `serve --demo` does)', () => {
    expect(loadConfig({ VIGIL_TDB_URL: 'http://127.0.0.1:9/', VIGIL_TDB_TOKEN: '1|x' })).toMatchObject({ tdbUrl: 'http://127.0.0.1:9/', tdbLocalSandbox: false });
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
