/** Errors callers meet first: who may call is decided before the body is read; a union of literals names its values. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';

describe('error answers', () => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp('pglite'); });
  afterAll(async () => t?.close());

  it('answers 401 to a caller without credentials before validating the body (no schema leaks)', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/terms', payload: {} });
    expect(r.statusCode).toBe(401);
    expect(r.json().error.code).toBe('unauthenticated');
  });

  it('names the allowed values once when a field must be one of several literals', async () => {
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/complaints', payload: { decision_id: '00000000-0000-4000-8000-000000000000', role: 'trader', token: 'x'.repeat(20), explanation: 'Please review this decision again, it is wrong.' } });
    expect(r.statusCode).toBe(400);
    const role = r.json().error.details.filter((d: { path: string }) => d.path === 'role');
    expect(role).toEqual([{ path: 'role', problem: 'must be one of: "affected", "notifier"' }]);
  });
});
