/**
 * Notice and action (Art. 16): a public, rate-limited intake open to everyone, registered or not
 * (NA-1); trusted flaggers use the same route with their API key (Art. 22); the notifier follows
 * the notice through a private status link; staff read notices in full.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { DomainError } from '../../core/errors.js';
import type { AppContext } from '../../context.js';
import { principalActor } from '../../services/auth/auth-service.js';
import { submitNotice, type IntakeDeps } from '../../services/notices/intake.js';
import { BULK_COLUMNS, bulkNotices } from '../../services/notices/bulk.js';
import { requirePrincipal } from '../auth.js';
import { getNotice, listNotices, noticeStatus } from '../../services/notices/queries.js';
import { NoticeInputSchema, type NoticeInput } from '../../services/notices/schemas.js';
import { Cursor, Limit, errors } from '../schemas.js';

export const intakeDeps = (ctx: AppContext): IntakeDeps => ({ db: ctx.store.db, clock: ctx.clock, evidence: ctx.evidence, secret: ctx.secret, publicUrl: ctx.config.publicUrl });

const Receipt = Type.Object({
  id: Type.String(), reference: Type.String(), received_at: Type.String(), locations: Type.Integer(), case_ids: Type.Array(Type.String()),
  status_url: Type.String(), status_token: Type.String(), source_type: Type.String(),
});

export async function noticeRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.post('/api/v1/notices', {
    config: { public: true, rateLimit: { max: ctx.config.publicRateLimitPerMinute, timeWindow: '1 minute' } },
    bodyLimit: 40 * 1024 * 1024,
    schema: {
      tags: ['notices'], summary: 'Submit a notice of illegal content (no account needed)',
      description: 'Send `Idempotency-Key` to make retries safe. Trusted flaggers authenticate with their API key and go to the priority lane.',
      headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 200 })) }),
      body: NoticeInputSchema, response: { 201: Receipt, 200: Receipt, ...errors(400, 401, 403, 413, 429) },
    },
  }, async (req, reply) => {
    const p = req.principal;
    const flaggerId = p?.role === 'trusted_flagger' ? p.subjectId ?? null : null;
    if (p?.role === 'trusted_flagger' && !flaggerId) throw new DomainError('forbidden', 'this trusted-flagger key is not linked to a registry entry');
    const actor = p ? principalActor(p) : { kind: 'human' as const, id: 'public' };
    const idem = req.headers['idempotency-key'];
    const { receipt, created } = await submitNotice(intakeDeps(ctx), actor, req.body as NoticeInput, { idempotencyKey: typeof idem === 'string' ? idem : undefined, trustedFlaggerId: flaggerId });
    return reply.status(created ? 201 : 200).send(receipt);
  });

  app.post('/api/v1/notices::bulk', {
    config: { action: 'notices.bulk' },
    bodyLimit: 10 * 1024 * 1024,
    schema: {
      tags: ['notices'], summary: 'Trusted flaggers: upload notices as CSV (one per row; re-uploads create nothing twice)',
      description: `Content-Type: text/csv with a header row. Columns: ${BULK_COLUMNS.join(', ')}. location is a URL or kind:id (e.g. listing:L-1).`,
      response: errors(400, 401, 403, 413, 415),
    },
  }, async (req) => {
    const p = requirePrincipal(req);
    if (!p.subjectId) throw new DomainError('forbidden', 'this trusted-flagger key is not linked to a registry entry');
    if (typeof req.body !== 'string') throw new DomainError('unsupported_media_type', 'send the file as Content-Type: text/csv');
    return bulkNotices(intakeDeps(ctx), principalActor(p), p.subjectId, req.body);
  });

  app.get('/api/v1/notices/:id/status', {
    config: { public: true, rateLimit: { max: ctx.config.publicRateLimitPerMinute, timeWindow: '1 minute' } },
    schema: {
      tags: ['notices'], summary: "The notifier's view of a notice (private link)",
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }), querystring: Type.Object({ token: Type.String({ minLength: 10, maxLength: 100 }) }),
      response: errors(404, 429),
    },
  }, async (req) => noticeStatus(ctx.store.db, ctx.secret, (req.params as { id: string }).id, (req.query as { token: string }).token));

  app.get('/api/v1/notices', {
    config: { action: 'notices.read' },
    schema: {
      tags: ['notices'], summary: 'Notices, newest first',
      querystring: Type.Object({ status: Type.Optional(Type.String({ maxLength: 40 })), source_type: Type.Optional(Type.String({ maxLength: 60 })), cursor: Cursor, limit: Limit }, { additionalProperties: false }),
    },
  }, async (req) => listNotices(ctx.store.db, req.query as Parameters<typeof listNotices>[1]));

  app.get('/api/v1/notices/:id', {
    config: { action: 'notices.read' },
    schema: { tags: ['notices'], summary: 'One notice with its locations and evidence', params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: errors(404) },
  }, async (req) => {
    const n = await getNotice(ctx.store.db, (req.params as { id: string }).id);
    if (!n) throw new DomainError('not_found', 'notice not found');
    return n;
  });

}
