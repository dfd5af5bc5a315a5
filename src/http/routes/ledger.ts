/** A subject's history from the tamper-evident ledger, and chain verification for auditors. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { DomainError } from '../../core/errors.js';
import type { AppContext } from '../../context.js';
import { readSubject } from '../../store/ledger.js';
import { verifyLedger } from '../../services/ledger/verify.js';
import { decodeCursor, encodeCursor } from '../../services/pagination.js';
import { Cursor, Limit, errors } from '../schemas.js';

export async function ledgerRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get('/api/v1/ledger', {
    config: { action: 'ledger.read' },
    schema: {
      tags: ['ledger'], summary: "Page one subject's events, oldest first",
      querystring: Type.Object({ subject: Type.String({ pattern: '^[a-z_]+:.+$', maxLength: 200, description: 'type:id, e.g. listing:L-1' }), cursor: Cursor, limit: Limit }, { additionalProperties: false }),
      response: errors(400, 401, 403),
    },
  }, async (req) => {
    const q = req.query as { subject: string; cursor?: string; limit?: number };
    const i = q.subject.indexOf(':');
    const after = decodeCursor<number>(q.cursor, 'number') ?? 0;
    const limit = q.limit ?? 50;
    const rows = await readSubject(ctx.store.db, q.subject.slice(0, i), q.subject.slice(i + 1), after, limit + 1);
    const more = rows.length > limit;
    const items = more ? rows.slice(0, limit) : rows;
    return { items, next_cursor: more ? encodeCursor(items[items.length - 1]!.seq) : null };
  });

  app.post('/api/v1/ledger/verify', {
    config: { action: 'ledger.verify' },
    schema: { tags: ['ledger'], summary: 'Recompute the chain against the signed checkpoints', response: errors(401, 403, 500) },
  }, async () => {
    const report = await verifyLedger(ctx.store.db, ctx.checkpointArchive, ctx.ledgerKey);
    if (!report.ok) throw new DomainError('ledger_broken', `ledger broken at seq ${report.first_broken?.seq}: ${report.first_broken?.reason}`);
    return report;
  });
}
