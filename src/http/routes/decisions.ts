/** Decisions (Art. 17): take on a case, approve severe ones, confirm the effect, read. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { DomainError } from '../../core/errors.js';
import { principalActor } from '../../services/auth/auth-service.js';
import { approveDecision } from '../../services/decisions/approve.js';
import { listPendingApprovals, rejectDecision } from '../../services/decisions/approvals.js';
import { confirmEffect } from '../../services/decisions/effects.js';
import { getDecision } from '../../services/decisions/queries.js';
import { DecisionInputSchema, type DecisionFormInput } from '../../services/decisions/schemas.js';
import { takeDecision, type DecisionDeps } from '../../services/decisions/take.js';
import { requirePrincipal } from '../auth.js';
import { errors } from '../schemas.js';

export const decisionDeps = (ctx: AppContext): DecisionDeps => ({
  db: ctx.store.db, clock: ctx.clock, platformName: ctx.config.platformName, complaintUrlTemplate: ctx.config.complaintUrlTemplate,
  outOfCourtUrl: ctx.config.outOfCourtUrl, effectTimeoutMinutes: ctx.config.effectTimeoutMinutes, severeActions: ctx.config.severeActions,
  secret: ctx.secret, complaintWindowMonths: ctx.config.complaintWindowMonths, publicUrl: ctx.config.publicUrl,
});
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });

export async function decisionRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.post('/api/v1/cases/:id/decisions', {
    config: { action: 'cases.decide' },
    schema: {
      tags: ['decisions'], summary: 'Decide a case (and optionally its cluster): statements of reasons, enforcement and notifications follow',
      params: Id, body: DecisionInputSchema,
      response: { 201: Type.Object({ decision_ids: Type.Array(Type.String()), status: Type.String() }), ...errors(400, 401, 403, 404, 409) },
    },
  }, async (req, reply) => {
    const p = requirePrincipal(req);
    const r = await takeDecision(decisionDeps(ctx), principalActor(p), `${p.kind}:${p.id}`, (req.params as { id: string }).id, req.body as DecisionFormInput);
    return reply.status(201).send(r);
  });

  app.post('/api/v1/decisions/:id/approve', {
    config: { action: 'decisions.severe' },
    schema: { tags: ['decisions'], summary: 'Second-reviewer approval of a severe decision', params: Id, response: errors(403, 404, 409) },
  }, async (req) => {
    const p = requirePrincipal(req);
    return approveDecision(decisionDeps(ctx), principalActor(p), `${p.kind}:${p.id}`, (req.params as { id: string }).id);
  });

  app.get('/api/v1/decisions/pending-approval', {
    config: { action: 'decisions.severe' },
    schema: { tags: ['decisions'], summary: 'Severe decisions waiting for a second reviewer, oldest first' },
  }, async () => listPendingApprovals(ctx.store.db));

  app.post('/api/v1/decisions/:id/reject', {
    config: { action: 'decisions.severe' },
    schema: {
      tags: ['decisions'], summary: 'Second reviewer rejects a severe decision: it never takes effect; the case goes back to the proposing reviewer, who is told why',
      params: Id, body: Type.Object({ reason: Type.String({ minLength: 10, maxLength: 2000 }) }, { additionalProperties: false }), response: errors(400, 403, 404, 409),
    },
  }, async (req) => {
    const p = requirePrincipal(req);
    return rejectDecision(decisionDeps(ctx), principalActor(p), `${p.kind}:${p.id}`, (req.params as { id: string }).id, (req.body as { reason: string }).reason);
  });

  app.post('/api/v1/decisions/:id/effects', {
    config: { action: 'decisions.confirm_effect' },
    schema: {
      tags: ['decisions'], summary: 'The marketplace confirms the decision took effect (idempotent)',
      params: Id, body: Type.Object({ applied_at: Type.Optional(Type.String({ format: 'date-time' })) }, { additionalProperties: false }),
      response: errors(400, 401, 403, 404, 409),
    },
  }, async (req) => {
    const b = (req.body ?? {}) as { applied_at?: string };
    const r = await confirmEffect(ctx.store.db, ctx.clock, principalActor(requirePrincipal(req)), (req.params as { id: string }).id, b.applied_at ? new Date(b.applied_at) : undefined);
    // Decision to confirmed effect: the metric the penalty-enforcement targets are measured on.
    if ('seconds_after_decision' in r && r.seconds_after_decision !== undefined) ctx.metrics.effectLatency.observe(r.seconds_after_decision);
    return r;
  });

  app.get('/api/v1/decisions/:id', { config: { action: 'statements.read' }, schema: { tags: ['decisions'], summary: 'One decision', params: Id, response: errors(404) } }, async (req) => {
    const d = await getDecision(ctx.store.db, (req.params as { id: string }).id);
    if (!d) throw new DomainError('not_found', 'decision not found');
    return d;
  });
}
