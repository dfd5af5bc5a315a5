/**
 * Redress (Arts. 20, 21, 23(2)–(4)): the public complaint route and form context, the complainant's
 * private status view, the reviewers' complaint queue and decisions, misuse flags and the published
 * misuse policy, confirmation of restorations, and out-of-court bodies and disputes.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { MISUSE_POLICY, MISUSE_POLICY_CLAUSE } from '../../core/complaints/misuse.js';
import { DomainError } from '../../core/errors.js';
import { principalActor } from '../../services/auth/auth-service.js';
import type { ComplaintDeps } from '../../services/complaints/deps.js';
import { complaintContext, fileComplaint } from '../../services/complaints/file.js';
import { flagNotice } from '../../services/complaints/flag-notice.js';
import { complaintMetricsReport, complaintStatus, getComplaint, getEvidenceFile, listComplaints } from '../../services/complaints/queries.js';
import { confirmRedressEffect } from '../../services/complaints/redress.js';
import { claimComplaint, decideComplaint, releaseComplaint } from '../../services/complaints/review.js';
import {
  ComplaintDecisionSchema, ComplaintInputSchema, DisputeInputSchema, DisputeOutcomeSchema, DisputeStepSchema, MisuseInputSchema, OdsBodySchema, PaymentSchema,
  type ComplaintDecisionInput, type ComplaintInput, type DisputeInput, type DisputeOutcomeInput, type DisputeStepInput, type MisuseInput, type OdsBodyInput,
} from '../../services/complaints/schemas.js';
import { disputeMetricsReport, disputeStep, getDispute, listBodies, listDisputes, markPaymentPaid, recordDisputeOutcome, registerDispute, upsertBody } from '../../services/disputes/disputes.js';
import { requirePrincipal } from '../auth.js';
import { Cursor, Limit, errors } from '../schemas.js';

export const complaintDeps = (ctx: AppContext): ComplaintDeps => ({
  db: ctx.store.db, clock: ctx.clock, secret: ctx.secret, evidence: ctx.evidence, publicUrl: ctx.config.publicUrl, platformName: ctx.config.platformName,
  outOfCourtUrl: ctx.config.outOfCourtUrl, complaintWindowMonths: ctx.config.complaintWindowMonths, effectTimeoutMinutes: ctx.config.effectTimeoutMinutes,
});
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Period = Type.Object({ from: Type.Optional(Type.String({ format: 'date-time' })), to: Type.Optional(Type.String({ format: 'date-time' })) }, { additionalProperties: false });
const date = (s?: string) => (s ? new Date(s) : undefined);

export async function complaintRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const publicLimit = { max: ctx.config.publicRateLimitPerMinute, timeWindow: '1 minute' };

  app.post('/api/v1/complaints', {
    config: { public: true, rateLimit: publicLimit },
    bodyLimit: 40 * 1024 * 1024,
    schema: {
      tags: ['complaints'], summary: 'File an internal complaint about a decision (Art. 20; free, no account needed)',
      description: "The trader uses the token from the statement of reasons' complaint link; the notifier the notice id and its status token. The marketplace may file for its trader with its integration key and `trader_id`. Send `Idempotency-Key` to make retries safe; a second complaint by the same person on the same decision returns the first.",
      headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 200 })) }),
      body: ComplaintInputSchema, response: errors(400, 403, 404, 413, 422, 429),
    },
  }, async (req, reply) => {
    // Only the marketplace's integration key files without a token; anyone else (a signed-in staff
    // member trying the form too) is treated as the public and needs the complaint link's token.
    const p = req.principal?.role === 'integration' ? req.principal : null;
    const idem = req.headers['idempotency-key'];
    const actor = p ? principalActor(p) : { kind: 'human' as const, id: 'public' };
    const { receipt, created } = await fileComplaint(complaintDeps(ctx), actor, req.body as ComplaintInput, { idempotencyKey: typeof idem === 'string' ? idem : undefined, viaIntegration: p?.role === 'integration' });
    return reply.status(created ? 201 : 200).send(receipt);
  });

  app.get('/api/v1/complaints/context', {
    config: { public: true, rateLimit: publicLimit },
    schema: {
      tags: ['complaints'], summary: 'What a complaint link is about and until when it can be used (the form shows it)',
      querystring: Type.Object({ decision_id: Type.String({ format: 'uuid' }), role: Type.Union([Type.Literal('affected'), Type.Literal('notifier')]), token: Type.String({ minLength: 10, maxLength: 100 }), notice_id: Type.Optional(Type.String({ format: 'uuid' })) }, { additionalProperties: false }),
      response: errors(400, 404, 429),
    },
  }, async (req) => complaintContext(complaintDeps(ctx), req.query as never));

  app.get('/api/v1/complaints/:id/status', {
    config: { public: true, rateLimit: publicLimit },
    schema: { tags: ['complaints'], summary: "The complainant's view of a complaint (private link): status, reasoned outcome, certified bodies", params: Id, querystring: Type.Object({ token: Type.String({ minLength: 10, maxLength: 100 }) }), response: errors(404, 429) },
  }, async (req) => complaintStatus(ctx.store.db, ctx.secret, (req.params as { id: string }).id, (req.query as { token: string }).token, ctx.config.outOfCourtUrl));

  app.get('/api/v1/policies/misuse', {
    config: { public: true, rateLimit: publicLimit },
    schema: { tags: ['complaints'], summary: 'The published misuse policy (Art. 23(4)) and the numbers the engine applies' },
  }, async () => ({ version: MISUSE_POLICY.version, clause: MISUSE_POLICY_CLAUSE, policy: MISUSE_POLICY }));

  app.get('/api/v1/complaints', {
    config: { action: 'complaints.read' },
    schema: { tags: ['complaints'], summary: 'The complaint queue, oldest first', querystring: Type.Object({ status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('decided')])), cursor: Cursor, limit: Limit }, { additionalProperties: false }) },
  }, async (req) => listComplaints(ctx.store.db, req.query as never));

  app.get('/api/v1/complaints/metrics', {
    config: { action: 'complaints.read' },
    schema: { tags: ['complaints'], summary: 'Complaint metrics (Art. 15(1)(d)): counts, basis, outcomes, median time to decide, reversal rate per category, rule and reviewer', querystring: Period },
  }, async (req) => {
    const q = req.query as { from?: string; to?: string };
    return complaintMetricsReport(ctx.store.db, date(q.from), date(q.to));
  });

  app.get('/api/v1/complaints/:id', {
    config: { action: 'complaints.read' },
    schema: { tags: ['complaints'], summary: 'One complaint with the original decision and statement, evidence from both sides and its history', params: Id, response: errors(404) },
  }, async (req) => {
    const c = await getComplaint(ctx.store.db, (req.params as { id: string }).id);
    if (!c) throw new DomainError('not_found', 'complaint not found');
    return c;
  });

  app.post('/api/v1/complaints/:id/claim', {
    config: { action: 'complaints.decide' },
    schema: { tags: ['complaints'], summary: 'Claim a complaint (expiring lock)', params: Id, response: errors(403, 404, 409) },
  }, async (req) => {
    const p = requirePrincipal(req);
    return claimComplaint(ctx.store.db, ctx.clock, principalActor(p), (req.params as { id: string }).id, p);
  });

  app.post('/api/v1/complaints/:id/release', {
    config: { action: 'complaints.decide' },
    schema: { tags: ['complaints'], summary: 'Release a claimed complaint', params: Id, response: errors(409) },
  }, async (req, reply) => {
    await releaseComplaint(ctx.store.db, (req.params as { id: string }).id, requirePrincipal(req));
    return reply.status(204).send();
  });

  app.post('/api/v1/complaints/:id/decision', {
    config: { action: 'complaints.decide' },
    schema: { tags: ['complaints'], summary: 'Decide a complaint: uphold, reverse or modify, with reasons (a qualified person who did not take the decision)', params: Id, body: ComplaintDecisionSchema, response: errors(400, 403, 404, 409) },
  }, async (req) => {
    const p = requirePrincipal(req);
    return decideComplaint(complaintDeps(ctx), principalActor(p), p, (req.params as { id: string }).id, req.body as ComplaintDecisionInput);
  });

  app.post('/api/v1/notices/:id/unfounded', {
    config: { action: 'misuse.manage' },
    schema: { tags: ['complaints'], summary: 'Flag a notice as manifestly unfounded (Art. 23(2)); the notifier is re-assessed', params: Id, body: MisuseInputSchema, response: errors(400, 404, 409) },
  }, async (req) => {
    const p = requirePrincipal(req);
    return flagNotice(ctx.store.db, ctx.clock, principalActor(p), `${p.kind}:${p.id}`, (req.params as { id: string }).id, req.body as MisuseInput);
  });

  app.post('/api/v1/decisions/:id/redress-effects', {
    config: { action: 'decisions.confirm_effect' },
    schema: {
      tags: ['complaints'], summary: 'The marketplace confirms a reversal or modification took effect (idempotent)',
      params: Id, body: Type.Object({ applied_at: Type.Optional(Type.String({ format: 'date-time' })) }, { additionalProperties: false }), response: errors(400, 401, 403, 404),
    },
  }, async (req) => {
    const b = (req.body ?? {}) as { applied_at?: string };
    return confirmRedressEffect(ctx.store.db, ctx.clock, principalActor(requirePrincipal(req)), (req.params as { id: string }).id, date(b.applied_at));
  });

  app.get('/api/v1/evidence/:id', {
    config: { action: 'complaints.read' },
    schema: { tags: ['complaints'], summary: 'Download an evidence file (notice or complaint attachment)', params: Id, response: errors(404) },
  }, async (req, reply) => {
    const f = await getEvidenceFile(ctx.store.db, (req.params as { id: string }).id);
    const bytes = f ? ctx.evidence.get(f.sha256) : null;
    if (!f || !bytes) throw new DomainError('not_found', 'evidence file not found');
    return reply.type(f.contentType).header('content-disposition', `attachment; filename="${(f.fileName ?? f.sha256).replace(/[^\w.-]/g, '_')}"`).header('x-content-type-options', 'nosniff').send(bytes);
  });

  // Out-of-court dispute settlement (Art. 21).
  app.get('/api/v1/ods/bodies', {
    config: { public: true, rateLimit: publicLimit },
    schema: { tags: ['disputes'], summary: 'Certified out-of-court dispute settlement bodies (Art. 21(1): easy to reach)' },
  }, async () => listBodies(ctx.store.db, true));

  app.put('/api/v1/ods/bodies/:id', {
    config: { action: 'disputes.manage' },
    schema: { tags: ['disputes'], summary: 'Register or update a certified body', params: Type.Object({ id: Type.String({ maxLength: 60 }) }), body: OdsBodySchema, response: errors(400, 403) },
  }, async (req) => {
    const b = req.body as OdsBodyInput;
    if (b.id !== (req.params as { id: string }).id) throw new DomainError('invalid_body', 'the body id must match the path', [{ path: 'id', problem: 'differs from the path' }]);
    return upsertBody(ctx.store.db, ctx.clock, principalActor(requirePrincipal(req)), b);
  });

  app.get('/api/v1/disputes', {
    config: { action: 'disputes.read' },
    schema: { tags: ['disputes'], summary: 'Disputes, soonest due first', querystring: Type.Object({ status: Type.Optional(Type.String({ maxLength: 20 })) }, { additionalProperties: false }) },
  }, async (req) => listDisputes(ctx.store.db, ctx.clock, req.query as never));

  app.get('/api/v1/disputes/metrics', {
    config: { action: 'disputes.read' },
    schema: { tags: ['disputes'], summary: 'Dispute figures for the transparency report (Art. 24(1)(a))', querystring: Period },
  }, async (req) => {
    const q = req.query as { from?: string; to?: string };
    return disputeMetricsReport(ctx.store.db, ctx.clock, date(q.from), date(q.to));
  });

  app.post('/api/v1/disputes', {
    config: { action: 'disputes.manage' },
    schema: { tags: ['disputes'], summary: 'Register a dispute a certified body notified (idempotent on body and reference)', body: DisputeInputSchema, response: errors(400, 403) },
  }, async (req, reply) => {
    const r = await registerDispute(complaintDeps(ctx), principalActor(requirePrincipal(req)), req.body as DisputeInput);
    return reply.status(r.created ? 201 : 200).send(r.dispute);
  });

  app.get('/api/v1/disputes/:id', {
    config: { action: 'disputes.read' },
    schema: { tags: ['disputes'], summary: 'One dispute with its engagement steps and payments', params: Id, response: errors(404) },
  }, async (req) => {
    const x = await getDispute(ctx.store.db, ctx.clock, (req.params as { id: string }).id);
    if (!x) throw new DomainError('not_found', 'dispute not found');
    return x;
  });

  app.post('/api/v1/disputes/:id/steps', {
    config: { action: 'disputes.manage' },
    schema: { tags: ['disputes'], summary: 'Record a good-faith step: engaged, submission, extended (180 days) or refused (same matter already resolved)', params: Id, body: DisputeStepSchema, response: errors(400, 404, 409) },
  }, async (req) => {
    const p = requirePrincipal(req);
    return disputeStep(complaintDeps(ctx), principalActor(p), `${p.kind}:${p.id}`, (req.params as { id: string }).id, req.body as DisputeStepInput);
  });

  app.post('/api/v1/disputes/:id/outcome', {
    config: { action: 'disputes.manage' },
    schema: { tags: ['disputes'], summary: "Record the body's outcome; one for the recipient is implemented at once; fees owed are recorded", params: Id, body: DisputeOutcomeSchema, response: errors(400, 404, 409) },
  }, async (req) => recordDisputeOutcome(complaintDeps(ctx), principalActor(requirePrincipal(req)), (req.params as { id: string }).id, req.body as DisputeOutcomeInput));

  app.post('/api/v1/disputes/:id/payments/:paymentId/paid', {
    config: { action: 'disputes.manage' },
    schema: { tags: ['disputes'], summary: 'Record a fee paid or an expense reimbursed (Art. 21(5))', params: Type.Object({ id: Type.String({ format: 'uuid' }), paymentId: Type.String({ format: 'uuid' }) }), body: PaymentSchema, response: errors(400, 404) },
  }, async (req) => {
    const prm = req.params as { id: string; paymentId: string };
    return markPaymentPaid(ctx.store.db, ctx.clock, principalActor(requirePrincipal(req)), prm.id, prm.paymentId, req.body as { reference: string; paid_at?: string });
  });
}
