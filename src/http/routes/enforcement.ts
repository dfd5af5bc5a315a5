/**
 * Published terms (Art. 14, TC-1) and the penalty policy (Art. 23(1), RO-1, RO-2, RO-4): the terms in
 * force as public machine-readable JSON, standings and timelines per trader or affiliate, the
 * marketplace's confirmation of a measure's effect, and reconciliation on demand.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import type { PenaltyPolicy } from '../../core/enforcement/policy.js';
import { DomainError } from '../../core/errors.js';
import type { TermsDocument } from '../../core/terms/terms.js';
import { principalActor } from '../../services/auth/auth-service.js';
import { confirmEnforcementEffect } from '../../services/enforcement/effects.js';
import { actorEnforcement, actorTimeline, policyView } from '../../services/enforcement/queries.js';
import { reconcile, reportOf } from '../../services/enforcement/reconcile.js';
import { measureStatementSettings } from '../../services/enforcement/measure-statement.js';
import { PolicySchema, TermsSchema } from '../../services/enforcement/schemas.js';
import { activatePolicy, loadTerms, publishTerms, termsInForce, termsVersions } from '../../services/enforcement/terms.js';
import { requirePrincipal } from '../auth.js';
import { errors } from '../schemas.js';

const ActorParams = Type.Object({
  type: Type.Union([Type.Literal('trader'), Type.Literal('affiliate')], { description: 'trader, or affiliate (hidden-link schemes)' }),
  id: Type.String({ minLength: 1, maxLength: 200 }),
});
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });

export async function enforcementRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const publicLimit = { public: true, rateLimit: { max: ctx.config.publicRateLimitPerMinute, timeWindow: '1 minute' } };

  app.get('/api/v1/terms', {
    config: publicLimit,
    schema: { tags: ['terms'], summary: 'The terms and conditions in force (or ?version=), machine-readable, with each clause\'s reason codes', querystring: Type.Object({ version: Type.Optional(Type.String({ pattern: '^[\\w.-]{1,40}$' })) }), response: errors(400, 404, 429) },
  }, async (req) => {
    const v = (req.query as { version?: string }).version;
    const t = v ? await loadTerms(ctx.store.db, v) : await termsInForce(ctx.store.db, ctx.clock.now());
    if (!t) throw new DomainError('not_found', v ? `terms ${v} are not published` : 'no terms are in force');
    return t;
  });

  app.get('/api/v1/terms/versions', {
    config: publicLimit,
    schema: { tags: ['terms'], summary: 'Every published terms version, newest first', response: errors(429) },
  }, async () => ({ items: await termsVersions(ctx.store.db) }));

  app.post('/api/v1/terms', {
    config: { action: 'enforcement.manage' },
    schema: { tags: ['terms'], summary: 'Publish a terms version (immutable; a retry with the same text is idempotent)', body: TermsSchema, response: errors(400, 401, 403, 409) },
  }, async (req, reply) => {
    const r = await publishTerms(ctx.store.db, ctx.clock, principalActor(requirePrincipal(req)), req.body as TermsDocument);
    return reply.status(r.already ? 200 : 201).send(r);
  });

  app.get('/api/v1/enforcement/policy', {
    config: { action: 'enforcement.read' },
    schema: { tags: ['enforcement'], summary: 'The penalty policy in force, each threshold with the published clause that states it', response: errors(401, 403) },
  }, async () => policyView(ctx.store.db, ctx.clock.now()));

  app.post('/api/v1/enforcement/policy', {
    config: { action: 'enforcement.manage' },
    schema: { tags: ['enforcement'], summary: 'Activate a penalty policy; refused (policy_terms_mismatch) when the published terms do not state it', body: PolicySchema, response: errors(400, 401, 403, 409, 422) },
  }, async (req, reply) => {
    const r = await activatePolicy(ctx.store.db, ctx.clock, principalActor(requirePrincipal(req)), req.body as PenaltyPolicy);
    return reply.status(r.already ? 200 : 201).send(r);
  });

  app.get('/api/v1/enforcement/:type/:id', {
    config: { action: 'enforcement.read' },
    schema: { tags: ['enforcement'], summary: 'Standing, strikes and measures of a trader or affiliate', params: ActorParams, response: errors(400, 401, 403) },
  }, async (req) => {
    const p = req.params as { type: string; id: string };
    return actorEnforcement(ctx.store.db, p.type, p.id);
  });

  app.get('/api/v1/enforcement/:type/:id/timeline', {
    config: { action: 'enforcement.read' },
    schema: { tags: ['enforcement'], summary: 'Enforcement timeline: strikes, warnings, suspensions, lifts and confirmed effects', params: ActorParams, response: errors(400, 401, 403) },
  }, async (req) => {
    const p = req.params as { type: string; id: string };
    return { items: await actorTimeline(ctx.store.db, p.type, p.id) };
  });

  app.post('/api/v1/enforcement/actions/:id/effects', {
    config: { action: 'enforcement.confirm_effect' },
    schema: {
      tags: ['enforcement'], summary: 'The marketplace confirms a suspension, termination or lift took effect (idempotent)',
      params: Id, body: Type.Object({ applied_at: Type.Optional(Type.String({ format: 'date-time' })) }, { additionalProperties: false }),
      response: errors(400, 401, 403, 404, 409),
    },
  }, async (req) => {
    const b = (req.body ?? {}) as { applied_at?: string };
    const r = await confirmEnforcementEffect(ctx.store.db, ctx.clock, principalActor(requirePrincipal(req)), (req.params as { id: string }).id, b.applied_at ? new Date(b.applied_at) : undefined);
    if (!r.already && r.seconds_after_measure !== undefined) ctx.metrics.effectLatency.observe(r.seconds_after_measure);
    return r;
  });

  app.post('/api/v1/enforcement/reconcile', {
    config: { action: 'enforcement.manage' },
    schema: { tags: ['enforcement'], summary: 'Reconcile penalties with the marketplace\'s live state now (also run periodically)', response: errors(401, 403) },
  }, async (req) => reportOf(await reconcile(ctx.store.db, ctx.clock, principalActor(requirePrincipal(req)), ctx.config.effectTimeoutMinutes, undefined, measureStatementSettings(ctx.config, ctx.secret))));
}
