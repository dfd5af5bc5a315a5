/** The health check says where statements of reasons go (Art. 24(5), SOR-4); none configured by default. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/support/db.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';

describe.each(ENGINES)('health on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t?.close());

  it('answers without a session, with the engine and no Transparency Database configured', async () => {
    const res = await t.app.inject({ url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', engine, transparency_database: 'not_configured' });
  });

  it('answers 404 for the submission of a statement that does not exist', async () => {
    const res = await t.app.inject({ url: '/api/v1/statements/00000000-0000-4000-8000-000000000000/submission', headers: t.auth(t.keys.reviewer) });
    expect(res.statusCode).toBe(404);
  });
});

describe('health rate limit', () => {
  it('is VIGIL_HEALTH_RATE_LIMIT per client and minute, then 429', async () => {
    const t = await createTestApp('pglite', { env: { VIGIL_HEALTH_RATE_LIMIT: '3' } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await t.app.inject({ url: '/healthz' })).statusCode);
      expect(codes).toEqual([200, 200, 200, 429]);
    } finally {
      await t.close();
    }
  });
});

