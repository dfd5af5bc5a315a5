/** Users and API keys (admin only). An API key's secret appears once, in the creation response. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { ROLES, type Role } from '../../core/auth/policy.js';
import type { AppContext } from '../../context.js';
import { principalActor } from '../../services/auth/auth-service.js';
import { requirePrincipal } from '../auth.js';
import { errors } from '../schemas.js';

const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));

export async function adminRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.post('/api/v1/users', {
    config: { action: 'users.manage' },
    schema: {
      tags: ['admin'], summary: 'Create a console user',
      body: Type.Object({ email: Type.String({ format: 'email', maxLength: 320 }), display_name: Type.String({ minLength: 1, maxLength: 200 }), role: RoleSchema, password: Type.String({ minLength: 12, maxLength: 1000 }) }, { additionalProperties: false }),
      response: { 201: Type.Object({ id: Type.String(), email: Type.String(), display_name: Type.String(), role: Type.String() }), ...errors(400, 401, 403, 409) },
    },
  }, async (req, reply) => {
    const b = req.body as { email: string; display_name: string; role: Role; password: string };
    const u = await ctx.auth.createUser(principalActor(requirePrincipal(req)), { email: b.email, displayName: b.display_name, role: b.role, password: b.password });
    return reply.status(201).send(u);
  });

  app.get('/api/v1/keys', { config: { action: 'keys.manage' }, schema: { tags: ['admin'], summary: 'List API keys (never their secrets)' } }, async () => ({ items: await ctx.auth.listApiKeys() }));

  app.post('/api/v1/keys', {
    config: { action: 'keys.manage' },
    schema: {
      tags: ['admin'], summary: 'Create an API key (the key is shown once)',
      body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }), role: RoleSchema, subject_id: Type.Optional(Type.String({ maxLength: 128 })) }, { additionalProperties: false }),
      response: { 201: Type.Object({ id: Type.String(), key: Type.String(), name: Type.String(), role: Type.String() }), ...errors(400, 401, 403) },
    },
  }, async (req, reply) => {
    const b = req.body as { name: string; role: Role; subject_id?: string };
    return reply.status(201).send(await ctx.auth.createApiKey(principalActor(requirePrincipal(req)), { name: b.name, role: b.role, subjectId: b.subject_id }));
  });

  app.delete('/api/v1/keys/:id', {
    config: { action: 'keys.manage' },
    schema: { tags: ['admin'], summary: 'Revoke an API key', params: Type.Object({ id: Type.String({ maxLength: 64 }) }), response: { 204: Type.Null(), ...errors(404) } },
  }, async (req, reply) => {
    await ctx.auth.revokeApiKey(principalActor(requirePrincipal(req)), (req.params as { id: string }).id);
    return reply.status(204).send();
  });
}
