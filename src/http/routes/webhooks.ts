/** Outbox state for integrators: dead letters, redelivery, and a test ping to check signatures. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { DomainError } from '../../core/errors.js';
import type { AppContext } from '../../context.js';
import { countByStatus, enqueue, listByStatus, redeliver } from '../../services/outbox/outbox.js';
import { Cursor, Limit, errors } from '../schemas.js';

export async function webhookRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get('/api/v1/webhooks/deliveries', {
    config: { action: 'webhooks.read' },
    schema: {
      tags: ['webhooks'], summary: 'Outbox messages by status (dead = the dead-letter view)',
      querystring: Type.Object({ status: Type.Union(['pending', 'delivered', 'dead'].map((s) => Type.Literal(s))), cursor: Cursor, limit: Limit }, { additionalProperties: false }),
    },
  }, async (req) => {
    const q = req.query as { status: string; cursor?: string; limit?: number };
    return listByStatus(ctx.store.db, q.status, q.cursor, q.limit ?? 50);
  });

  app.get('/api/v1/webhooks/stats', { config: { action: 'webhooks.read' }, schema: { tags: ['webhooks'], summary: 'Counts by status' } }, async () => ({
    configured: ctx.webhookTarget !== null, counts: await countByStatus(ctx.store.db),
  }));

  app.post('/api/v1/webhooks/deliveries/:id/redeliver', {
    config: { action: 'webhooks.manage' },
    schema: { tags: ['webhooks'], summary: 'Send a dead-lettered message again', params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: { 202: Type.Object({ status: Type.String() }), ...errors(404) } },
  }, async (req, reply) => {
    await redeliver(ctx.store.db, ctx.clock, (req.params as { id: string }).id);
    return reply.status(202).send({ status: 'pending' });
  });

  app.post('/api/v1/webhooks/test', {
    config: { action: 'webhooks.manage' },
    schema: { tags: ['webhooks'], summary: 'Queue a signed webhook.test event', response: { 202: Type.Object({ id: Type.String(), subject_seq: Type.Integer() }), ...errors(409) } },
  }, async (_req, reply) => {
    if (!ctx.webhookTarget) throw new DomainError('invalid_state', 'no webhook endpoint is configured (VIGIL_WEBHOOK_URL, VIGIL_WEBHOOK_SECRET)');
    const r = await ctx.store.db.transaction((tx) => enqueue(tx, ctx.clock, { topic: 'webhook.test', subject: { type: 'system', id: 'webhooks' }, payload: { message: 'test event' } }));
    return reply.status(202).send({ id: r.id, subject_seq: r.subjectSeq });
  });
}
