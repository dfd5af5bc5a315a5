import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/events.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';

describe('console sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite', { env: { VIGIL_LOGIN_RATE_LIMIT: '5' } });
    await t.ctx.auth.createUser(SYSTEM_ACTOR, { email: 'Rita@Example.org', displayName: 'Rita', role: 'reviewer', password: 'correct horse battery' });
    await t.ctx.auth.createUser(SYSTEM_ACTOR, { email: 'admin@example.org', displayName: 'Ada', role: 'admin', password: 'correct horse battery' });
  });
  afterAll(async () => t?.close());

  const login = (email: string, password: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  const cookieOf = (res: { cookies: { name: string; value: string }[] }) => res.cookies.find((c) => c.name === 'vigil_session')!;

  it('signs in with an HttpOnly SameSite=Strict cookie, case-insensitive e-mail', async () => {
    const res = await login('rita@example.org', 'correct horse battery');
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ role: 'reviewer', display_name: 'Rita' });
    const c = res.cookies.find((x) => x.name === 'vigil_session')!;
    expect(c).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const me = await t.app.inject({ url: '/api/v1/auth/me', cookies: { vigil_session: c.value } });
    expect(me.json().user).toMatchObject({ role: 'reviewer', email: 'rita@example.org' });
    const list = await t.app.inject({ url: '/api/v1/listings', cookies: { vigil_session: c.value } });
    expect(list.statusCode).toBe(200);
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const wrong = await login('rita@example.org', 'nope');
    const unknown = await login('nobody@example.org', 'nope');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('requires the CSRF token on unsafe cookie-authenticated requests', async () => {
    const res = await login('admin@example.org', 'correct horse battery');
    const cookie = cookieOf(res).value;
    const csrf = res.json().csrf_token as string;
    const body = { name: 'integration', role: 'integration' };
    const without = await t.app.inject({ method: 'POST', url: '/api/v1/keys', cookies: { vigil_session: cookie }, payload: body });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('csrf_failed');
    const forged = await t.app.inject({ method: 'POST', url: '/api/v1/keys', cookies: { vigil_session: cookie }, headers: { 'x-csrf-token': 'x'.repeat(csrf.length) }, payload: body });
    expect(forged.json().error.code).toBe('csrf_failed');
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/keys', cookies: { vigil_session: cookie }, headers: { 'x-csrf-token': csrf }, payload: body });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().key).toMatch(/^vgl_/);
    // The new key works, then stops working once revoked.
    const key = ok.json().key as string;
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/traders/T-1', headers: t.auth(key), payload: { display_name: 'x' } })).statusCode).toBe(200);
    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/keys/${ok.json().id}`, headers: t.auth(t.keys.admin) });
    expect(del.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/traders/T-1', headers: t.auth(key), payload: { display_name: 'x' } })).statusCode).toBe(401);
  });

  it('logs out and the session stops working', async () => {
    const res = await login('rita@example.org', 'correct horse battery');
    const cookie = cookieOf(res).value;
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', cookies: { vigil_session: cookie } });
    expect((await t.app.inject({ url: '/api/v1/listings', cookies: { vigil_session: cookie } })).statusCode).toBe(401);
  });

  it('rate-limits sign-in attempts (public route)', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 8; i++) codes.push((await login('rita@example.org', 'wrong')).statusCode);
    expect(codes).toContain(429);
    const limited = await login('rita@example.org', 'wrong');
    expect(limited.json().error.code).toBe('rate_limited');
  });
});
