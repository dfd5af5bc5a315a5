/**
 * Authentication and authorisation for every route. A route declares either `config.public` or the
 * `config.action` it performs (checked against the pure policy table); a route that declares
 * neither fails at start-up, so nothing is left open by accident.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { can, type Action } from '../core/auth/policy.js';
import { DomainError } from '../core/errors.js';
import type { AppContext } from '../context.js';
import type { Principal } from '../services/auth/auth-service.js';
import { safeEqual } from '../services/auth/tokens.js';

export const SESSION_COOKIE = 'vigil_session';

declare module 'fastify' {
  interface FastifyContextConfig {
    public?: boolean;
    action?: Action;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function authenticate(ctx: AppContext, req: FastifyRequest): Promise<Principal | null> {
  const header = req.headers.authorization;
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    const p = m ? await ctx.auth.resolveApiKey(m[1]!) : null;
    if (!p) throw new DomainError('unauthenticated', 'the API key is missing, malformed, unknown or revoked');
    return p;
  }
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return null;
  const p = await ctx.auth.resolveSession(token);
  if (!p) return null;
  // Cookies ride along on cross-site requests; an unsafe request must also prove it came from our page.
  if (UNSAFE.has(req.method)) {
    const sent = req.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !p.csrfToken || !safeEqual(sent, p.csrfToken)) {
      throw new DomainError('csrf_failed', 'missing or wrong X-CSRF-Token header for a cookie-authenticated request');
    }
  }
  return p;
}

export function installAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('principal', null);
  app.addHook('onRoute', (route) => {
    const cfg = (route.config ??= {}) as { public?: boolean; action?: Action; file?: string };
    // The console's static files and the API documentation are public by nature.
    if (cfg.file !== undefined || route.url.startsWith('/docs')) {
      cfg.public = true;
      return;
    }
    if (!cfg.public && !cfg.action) {
      throw new Error(`route ${route.method} ${route.url} declares neither config.public nor config.action`);
    }
  });
  // On request, before the body is read or validated: a caller without the right gets 401/403, never
  // a validation error that describes the route's schema, and an upload is not read for nothing.
  app.addHook('onRequest', async (req) => {
    const cfg = req.routeOptions.config as { public?: boolean; action?: Action } | undefined;
    if (!cfg?.action) {
      // Public routes still learn who is calling when a session exists (e.g. /auth/me).
      if (cfg?.public) req.principal = await authenticate(ctx, req).catch(() => null);
      return;
    }
    const p = await authenticate(ctx, req);
    if (!p) throw new DomainError('unauthenticated', 'sign in or send an API key (Authorization: Bearer …)');
    if (!can(p.role, cfg.action)) throw new DomainError('forbidden', `role ${p.role} may not ${cfg.action}`);
    req.principal = p;
  });
}

export function requirePrincipal(req: FastifyRequest): Principal {
  if (!req.principal) throw new DomainError('unauthenticated', 'not signed in');
  return req.principal;
}
