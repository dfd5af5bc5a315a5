/**
 * Console users with sessions, and API keys for integrations, researchers and trusted flaggers.
 * Secrets are only ever stored hashed; an API key is shown once, when it is created.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Role } from '../../core/auth/policy.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/events.js';
import type { Db } from '../../store/database.js';
import { appendEvents } from '../../store/ledger.js';
import { apiKey, appUser, userSession } from '../../store/schema/index.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { randomToken, sha256 } from './tokens.js';

export interface Principal {
  kind: 'user' | 'api_key';
  id: string;
  role: Role;
  name: string;
  /** Console users only. */
  email?: string;
  /** Set for cookie sessions: unsafe requests must echo it (CSRF). */
  csrfToken?: string;
  /** For trusted-flagger or researcher keys: the registry entry the key belongs to. */
  subjectId?: string | null;
}

export const principalActor = (p: Principal): Actor => ({ kind: 'human', id: `${p.kind}:${p.id}` });

export function authService(db: Db, clock: Clock, sessionTtlHours: number) {
  return {
    async createUser(actor: Actor, u: { email: string; displayName: string; role: Role; password: string }) {
      if (u.password.length < 12) throw new DomainError('invalid_body', 'password must have at least 12 characters', [{ path: 'password', problem: 'at least 12 characters' }]);
      const email = u.email.trim().toLowerCase();
      const passwordHash = await hashPassword(u.password);
      return db.transaction(async (tx) => {
        const [exists] = await tx.select({ id: appUser.id }).from(appUser).where(eq(appUser.email, email));
        if (exists) throw new DomainError('conflict', `a user with e-mail ${email} exists`, [{ path: 'email', problem: 'already taken' }]);
        const id = randomUUID();
        await tx.insert(appUser).values({ id, email, displayName: u.displayName, role: u.role, passwordHash, createdAt: clock.now() });
        await appendEvents(tx, clock, [{ type: 'user.created', subject: { type: 'user', id }, actor, payload: { role: u.role } }]);
        return { id, email, display_name: u.displayName, role: u.role };
      });
    },

    /** Returns a new session token (for the cookie) and its CSRF token, or null on bad credentials. */
    async login(email: string, password: string) {
      const [u] = await db.select().from(appUser).where(eq(appUser.email, email.trim().toLowerCase()));
      const ok = await verifyPassword(u && !u.disabled ? u.passwordHash : null, password);
      if (!u || !ok) return null;
      const token = randomToken();
      const csrfToken = randomToken(24);
      const now = clock.now();
      await db.delete(userSession).where(lt(userSession.expiresAt, now));
      await db.insert(userSession).values({ tokenHash: sha256(token), userId: u.id, csrfToken, createdAt: now, expiresAt: new Date(now.getTime() + sessionTtlHours * 3_600_000) });
      return { token, csrfToken, user: { id: u.id, email: u.email, display_name: u.displayName, role: u.role as Role } };
    },

    async resolveSession(token: string): Promise<Principal | null> {
      const rows = await db
        .select({ id: appUser.id, email: appUser.email, role: appUser.role, name: appUser.displayName, disabled: appUser.disabled, csrf: userSession.csrfToken })
        .from(userSession)
        .innerJoin(appUser, eq(appUser.id, userSession.userId))
        .where(and(eq(userSession.tokenHash, sha256(token)), gt(userSession.expiresAt, clock.now())));
      const r = rows[0];
      if (!r || r.disabled) return null;
      return { kind: 'user', id: r.id, email: r.email, role: r.role as Role, name: r.name, csrfToken: r.csrf };
    },

    async logout(token: string) {
      await db.delete(userSession).where(eq(userSession.tokenHash, sha256(token)));
    },

    /** The plaintext key is returned once and never stored. */
    async createApiKey(actor: Actor, k: { name: string; role: Role; subjectId?: string | null }) {
      const id = randomToken(9);
      const key = `vgl_${id}_${randomToken(32)}`;
      await db.transaction(async (tx) => {
        await tx.insert(apiKey).values({ id, name: k.name, role: k.role, keyHash: sha256(key), subjectId: k.subjectId ?? null, createdAt: clock.now() });
        await appendEvents(tx, clock, [{ type: 'api_key.created', subject: { type: 'api_key', id }, actor, payload: { role: k.role, key_id: id } }]);
      });
      return { id, key, name: k.name, role: k.role };
    },

    async resolveApiKey(key: string): Promise<Principal | null> {
      if (!/^vgl_[A-Za-z0-9_-]+$/.test(key)) return null;
      const [k] = await db.select().from(apiKey).where(and(eq(apiKey.keyHash, sha256(key)), isNull(apiKey.revokedAt)));
      if (!k) return null;
      const now = clock.now();
      // Throttled: one write per key per minute, not one per request.
      if (!k.lastUsedAt || now.getTime() - k.lastUsedAt.getTime() > 60_000) {
        await db.update(apiKey).set({ lastUsedAt: now }).where(eq(apiKey.id, k.id));
      }
      return { kind: 'api_key', id: k.id, role: k.role as Role, name: k.name, subjectId: k.subjectId };
    },

    async revokeApiKey(actor: Actor, id: string) {
      await db.transaction(async (tx) => {
        const r = await tx.update(apiKey).set({ revokedAt: clock.now() }).where(and(eq(apiKey.id, id), isNull(apiKey.revokedAt))).returning({ id: apiKey.id });
        if (r.length === 0) throw new DomainError('not_found', `no active API key ${id}`);
        await appendEvents(tx, clock, [{ type: 'api_key.revoked', subject: { type: 'api_key', id }, actor, payload: { key_id: id } }]);
      });
    },

    async listApiKeys() {
      const rows = await db.select().from(apiKey);
      return rows.map((k) => ({ id: k.id, name: k.name, role: k.role, created_at: k.createdAt.toISOString(), revoked_at: k.revokedAt?.toISOString() ?? null, last_used_at: k.lastUsedAt?.toISOString() ?? null }));
    },

    async countUsers(): Promise<number> {
      const rows = await db.select({ id: appUser.id }).from(appUser).limit(1);
      return rows.length;
    },
  };
}

export type AuthService = ReturnType<typeof authService>;
