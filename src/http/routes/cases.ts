/** Cases and queues: the reviewer's work list, one case in full, claim/release/escalate, Art. 18 reports. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { DomainError } from '../../core/errors.js';
import type { AppContext } from '../../context.js';
import { TERRITORIAL_SCOPE_VALUES } from '../../core/statements/places.js';
import { principalActor } from '../../services/auth/auth-service.js';
import { clusterCandidates } from '../../services/cases/cluster.js';
import { caseEvidenceFile } from '../../services/cases/evidence.js';
import { getCase, listCases } from '../../services/cases/queries.js';
import { claimCase, escalateCase, releaseCase, reportToAuthority } from '../../services/cases/work.js';
import { requirePrincipal } from '../auth.js';
import { Cursor, Limit, errors } from '../schemas.js';

const CaseId = Type.Object({ id: Type.String({ format: 'uuid' }) });

export async function caseRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const { db } = ctx.store;
  app.get('/api/v1/cases', {
    config: { action: 'cases.read' },
    schema: {
      tags: ['cases'], summary: 'Open cases, most urgent first',
      querystring: Type.Object({ queue: Type.Optional(Type.String({ maxLength: 60 })), status: Type.Optional(Type.String({ maxLength: 20 })), cursor: Cursor, limit: Limit }, { additionalProperties: false }),
    },
  }, async (req) => listCases(db, req.query as Parameters<typeof listCases>[1]));

  app.get('/api/v1/cases/:id', { config: { action: 'cases.read' }, schema: { tags: ['cases'], summary: 'One case with item, snapshots, notices and decisions', params: CaseId, response: errors(404) } }, async (req) => {
    const c = await getCase(db, (req.params as { id: string }).id);
    if (!c) throw new DomainError('not_found', 'case not found');
    return c;
  });

  app.get('/api/v1/cases/:id/cluster-candidates', {
    config: { action: 'cases.read' },
    schema: {
      tags: ['cases'], summary: 'Listings to consider deciding together with this one (same trader, same image, near-identical text)',
      description: 'Suggestions for `also_items` of a decision; the reviewer picks.', params: CaseId, response: errors(404),
    },
  }, async (req) => clusterCandidates(db, (req.params as { id: string }).id));

  app.get('/api/v1/cases/:id/evidence/:fileId', {
    config: { action: 'cases.work' },
    schema: {
      tags: ['cases'], summary: "Download an evidence file of the case (a notice's or order's attachment)",
      description: 'Served as an attachment with the type identified from its bytes at intake, `nosniff` and a sandboxing Content-Security-Policy; the bytes are checked against their SHA-256 (also in `Digest`).',
      params: Type.Object({ id: Type.String({ format: 'uuid' }), fileId: Type.String({ format: 'uuid' }) }), response: errors(404),
    },
  }, async (req, reply) => {
    const { id, fileId } = req.params as { id: string; fileId: string };
    const f = await caseEvidenceFile(db, ctx.evidence, id, fileId);
    const ascii = f.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/[%\\]/g, '_');
    return reply
      .header('content-type', f.contentType === 'text/plain' ? 'text/plain; charset=utf-8' : f.contentType)
      .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store')
      .header('digest', `sha-256=${Buffer.from(f.sha256, 'hex').toString('base64')}`)
      .send(f.bytes);
  });

  app.post('/api/v1/cases/:id/claim', { config: { action: 'cases.work' }, schema: { tags: ['cases'], summary: 'Claim a case (the lock expires after 15 minutes)', params: CaseId, response: errors(404, 409) } }, async (req) => {
    const p = requirePrincipal(req);
    return claimCase(db, ctx.clock, principalActor(p), (req.params as { id: string }).id, `${p.kind}:${p.id}`);
  });

  app.post('/api/v1/cases/:id/release', { config: { action: 'cases.work' }, schema: { tags: ['cases'], summary: 'Release a claimed case', params: CaseId, response: { 204: Type.Null(), ...errors(409) } } }, async (req, reply) => {
    const p = requirePrincipal(req);
    await releaseCase(db, ctx.clock, principalActor(p), (req.params as { id: string }).id, `${p.kind}:${p.id}`);
    return reply.status(204).send();
  });

  app.post('/api/v1/cases/:id/escalate', {
    config: { action: 'cases.work' },
    schema: { tags: ['cases'], summary: 'Escalate to senior review', params: CaseId, body: Type.Object({ reason: Type.String({ minLength: 3, maxLength: 2000 }) }, { additionalProperties: false }), response: { 204: Type.Null(), ...errors(404) } },
  }, async (req, reply) => {
    const p = requirePrincipal(req);
    await escalateCase(db, ctx.clock, principalActor(p), (req.params as { id: string }).id, `${p.kind}:${p.id}`, (req.body as { reason: string }).reason);
    return reply.status(204).send();
  });

  app.post('/api/v1/cases/:id/authority-reports', {
    config: { action: 'cases.work' },
    schema: {
      tags: ['cases'], summary: 'Report a suspected criminal offence threatening life or safety (Art. 18)', params: CaseId,
      body: Type.Object({ authority: Type.String({ minLength: 2, maxLength: 300 }), member_state: Type.Unsafe<string>({ type: 'string', enum: [...TERRITORIAL_SCOPE_VALUES] }), reason: Type.String({ minLength: 10, maxLength: 5000 }) }, { additionalProperties: false }),
      response: { 201: Type.Object({ id: Type.String(), forwarded_at: Type.String() }), ...errors(404) },
    },
  }, async (req, reply) => {
    const p = requirePrincipal(req);
    const b = req.body as { authority: string; member_state: string; reason: string };
    return reply.status(201).send(await reportToAuthority(db, ctx.clock, principalActor(p), (req.params as { id: string }).id, { authority: b.authority, memberState: b.member_state, reason: b.reason, createdBy: `${p.kind}:${p.id}` }));
  });
}
