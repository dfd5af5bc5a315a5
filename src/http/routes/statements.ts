/** Statements of reasons in Transparency Database format, the trader's version, and the submission backlog. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { DomainError } from '../../core/errors.js';
import { getStatement, listStatements } from '../../services/statements/export.js';
import { statementBacklog } from '../../services/statements/submit.js';
import { tdbTarget } from '../../services/statements/target.js';
import { errors } from '../schemas.js';

export async function statementRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get('/api/v1/statements/:id', {
    config: { action: 'statements.read' },
    schema: { tags: ['statements'], summary: 'The statement in Transparency Database format (id = decision id = PUID)', params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: errors(404) },
  }, async (req) => {
    const s = await getStatement(ctx.store.db, (req.params as { id: string }).id);
    if (!s) throw new DomainError('not_found', 'no statement for this decision');
    return s.payload;
  });

  app.get('/api/v1/statements/:id/trader', {
    config: { action: 'statements.read' },
    schema: { tags: ['statements'], summary: "The statement as sent to the trader, in the trader's language", params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: errors(404) },
  }, async (req) => {
    const s = await getStatement(ctx.store.db, (req.params as { id: string }).id);
    if (!s) throw new DomainError('not_found', 'no statement for this decision');
    // Arts. 20, 21: once a complaint or a dispute reversed or modified the decision, the statement says so.
    return { ...(s.traderMessage as object), redress_status: s.redressStatus, redress_at: s.redressAt?.toISOString() ?? null };
  });

  app.get('/api/v1/statements/:id/submission', {
    config: { action: 'statements.read' },
    schema: {
      tags: ['statements'], summary: 'Where the statement stands with the Transparency Database (Art. 24(5)), and where submissions go',
      description: '`target`: `configured`, `not_configured` (statements wait), or `local_sandbox_emulator` (the demo: a local emulator, never the EU database).',
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: errors(404),
    },
  }, async (req) => {
    const s = await getStatement(ctx.store.db, (req.params as { id: string }).id);
    if (!s) throw new DomainError('not_found', 'no statement for this decision');
    return {
      puid: s.puid, required: s.tdbRequired, status: s.status, attempts: s.attempts, submitted_at: s.submittedAt?.toISOString() ?? null,
      tdb_uuid: s.tdbUuid, last_error: s.lastError, target: tdbTarget(ctx.config),
    };
  });

  app.get('/api/v1/statements', {
    config: { action: 'statements.read' },
    schema: { tags: ['statements'], summary: 'Statements and their submission status', querystring: Type.Object({ status: Type.Optional(Type.String({ maxLength: 20 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })) }, { additionalProperties: false }) },
  }, async (req) => ({ items: await listStatements(ctx.store.db, req.query as { status?: string; limit?: number }), backlog: await statementBacklog(ctx.store.db, ctx.clock) }));
}
