/** Console sign-in: argon2id-checked passwords, an HttpOnly SameSite=Strict session cookie, a CSRF token. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { DomainError } from '../../core/errors.js';
import type { AppContext } from '../../context.js';
import { SESSION_COOKIE } from '../auth.js';
import { errors } from '../schemas.js';

const User = Type.Object({ id: Type.String(), email: Type.String(), display_name: Type.String(), role: Type.String() });
const Session = Type.Object({ user: User, csrf_token: Type.String() });

export async function authRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.post('/api/v1/auth/login', {
    config: { public: true, rateLimit: { max: ctx.config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
    schema: {
      tags: ['auth'], summary: 'Sign in to the console',
      body: Type.Object({ email: Type.String({ minLength: 3, maxLength: 320 }), password: Type.String({ minLength: 1, maxLength: 1000 }) }, { additionalProperties: false }),
      response: { 200: Session, ...errors(400, 401, 429) },
    },
  }, async (req, reply) => {
    const { email, password } = req.body as { email: string; password: string };
    const s = await ctx.auth.login(email, password);
    if (!s) throw new DomainError('unauthenticated', 'e-mail or password is wrong');
    reply.setCookie(SESSION_COOKIE, s.token, {
      path: '/', httpOnly: true, sameSite: 'strict', secure: ctx.config.cookieSecure, maxAge: ctx.config.sessionTtlHours * 3600,
    });
    return { user: s.user, csrf_token: s.csrfToken };
  });

  app.get('/api/v1/auth/me', {
    config: { public: true },
    schema: { tags: ['auth'], summary: 'The signed-in user and CSRF token', response: { 200: Session, ...errors(401) } },
  }, async (req) => {
    const p = req.principal;
    if (!p || p.kind !== 'user') throw new DomainError('unauthenticated', 'not signed in');
    return { user: { id: p.id, email: p.email ?? '', display_name: p.name, role: p.role }, csrf_token: p.csrfToken ?? '' };
  });

  app.post('/api/v1/auth/logout', {
    config: { public: true },
    schema: { tags: ['auth'], summary: 'Sign out', response: { 204: Type.Null() } },
  }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    // Ending a session needs no CSRF proof: the worst a forged request can do is sign someone out.
    if (token) await ctx.auth.logout(token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });
}
