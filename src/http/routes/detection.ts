/**
 * Screening results for the console, rescan progress, hash-bank imports (DET-4) and the intake of
 * third-party verdicts and test purchases (DET-3).
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { DomainError } from '../../core/errors.js';
import { ExternalId } from '../../services/catalog/schemas.js';
import { presentRun } from '../../services/detection/rescan.js';
import { VERDICTS, type VerdictInput } from '../../services/detection/verdicts.js';
import { requirePrincipal } from '../auth.js';
import { Cursor, Limit, errors } from '../schemas.js';

const ListingParams = Type.Object({ id: ExternalId });
const CSV = ['text/csv', 'application/csv'];
const MAX_BANK_BYTES = 200 * 1024 * 1024;

export async function detectionRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const d = ctx.detection;
  // Other routes take CSV too; the parser is registered once for the whole app.
  if (!app.hasContentTypeParser(CSV[0]!)) app.addContentTypeParser(CSV, { parseAs: 'string', bodyLimit: MAX_BANK_BYTES }, (_req, body, done) => done(null, body));

  app.get('/api/v1/listings/:id/screening', {
    config: { action: 'detection.read' },
    schema: { tags: ['detection'], summary: 'The latest screening of a listing, with its evidence highlighted in the text, and earlier results', params: ListingParams, response: errors(404) },
  }, async (req) => {
    const { id } = req.params as { id: string };
    const latest = await d.screening.latest(id);
    if (!latest) throw new DomainError('not_found', `listing ${id} has not been screened yet`);
    return { ...latest, history: await d.screening.history(id) };
  });

  app.post('/api/v1/listings/:id/verdicts', {
    config: { action: 'verdicts.submit' },
    schema: {
      tags: ['detection'], summary: "A third party's verdict or a test purchase result; the listing is re-screened with it",
      params: ListingParams,
      body: Type.Object({
        kind: Type.Optional(Type.Union([Type.Literal('verdict'), Type.Literal('test_purchase')], { default: 'verdict' })),
        source: Type.String({ minLength: 2, maxLength: 200 }),
        verdict: Type.Union(VERDICTS.map((v) => Type.Literal(v))),
        confidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
        reference: Type.Optional(Type.String({ maxLength: 2000 })),
      }, { additionalProperties: false }),
      response: errors(400, 401, 403, 422),
    },
  }, async (req, reply) => {
    const p = requirePrincipal(req);
    const body = req.body as Omit<VerdictInput, 'kind'> & { kind?: VerdictInput['kind'] };
    const r = await d.verdicts.submit(`${p.kind}:${p.id}`, (req.params as { id: string }).id, { ...body, kind: body.kind ?? 'verdict' });
    const s = r.screening;
    return reply.status(201).send({ id: r.id, screening: { screening_id: s.screeningId, changed: s.changed, verdict: s.result.verdict, rules: s.result.rules.map((x) => x.id), routed: s.routed, case_id: s.caseId } });
  });

  app.get('/api/v1/listings/:id/verdicts', {
    config: { action: 'detection.read' },
    schema: { tags: ['detection'], summary: 'Third-party verdicts and test purchases recorded for a listing', params: ListingParams },
  }, async (req) => ({ items: await d.verdicts.list((req.params as { id: string }).id) }));

  app.get('/api/v1/rescans', {
    config: { action: 'detection.read' },
    schema: {
      tags: ['detection'], summary: 'Full-catalog rescans and backtests with their progress, newest first',
      querystring: Type.Object({ kind: Type.Optional(Type.Union([Type.Literal('rescan'), Type.Literal('backtest')])), cursor: Cursor, limit: Limit }, { additionalProperties: false }),
    },
  }, async (req) => d.rescans.list(req.query as { kind?: string; cursor?: string; limit?: number }));

  app.get('/api/v1/rescans/:id', {
    config: { action: 'detection.read' },
    schema: { tags: ['detection'], summary: 'One rescan or backtest: progress, cursor, counts and (backtests) what would change', params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: errors(404) },
  }, async (req) => presentRun(await d.rescans.get((req.params as { id: string }).id)));

  app.post('/api/v1/hash-banks', {
    config: { action: 'hashes.manage' },
    bodyLimit: MAX_BANK_BYTES,
    schema: {
      tags: ['detection'], summary: 'Import a PDQ hash bank (CSV `hash,label,source`); bad lines are reported with their number and skipped',
      description: 'Send Content-Type: text/csv. `source` names the bank for lines without a source field.',
      querystring: Type.Object({ source: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
      response: errors(400, 401, 403, 413, 415),
    },
  }, async (req, reply) => {
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (!CSV.includes(type) || typeof req.body !== 'string') throw new DomainError('unsupported_media_type', `send the bank as Content-Type: text/csv, not ${type || '(none)'}`);
    return reply.status(201).send(await d.hashBanks.import(req.body, (req.query as { source: string }).source));
  });
}
