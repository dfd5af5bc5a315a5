/**
 * POST /api/v1/listings:import — streamed NDJSON in, streamed NDJSON out. Memory stays bounded
 * (one batch at a time); each line's result is written only after its batch committed, so a
 * client that saw a result can rely on it even if the server dies right after.
 */
import { PassThrough, Readable, Transform } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import split2 from 'split2';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { DomainError } from '../../core/errors.js';
import { principalActor } from '../../services/auth/auth-service.js';
import { requirePrincipal } from '../auth.js';
import { errors } from '../schemas.js';

const NDJSON = ['application/x-ndjson', 'application/ndjson', 'application/jsonl', 'application/json-seq'];

/** Counts bytes and fails the stream past the limit (the body is streamed, so Fastify's limit does not apply). */
function limitBytes(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      seen += chunk.length;
      if (seen > max) cb(new Error(`import body exceeds the limit of ${max} bytes`));
      else cb(null, chunk);
    },
  });
}

export async function importRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.addContentTypeParser(NDJSON, (_req, payload, done) => done(null, payload));

  app.post('/api/v1/listings::import', {
    config: { action: 'catalog.write' },
    schema: {
      tags: ['catalog'],
      summary: 'Bulk import listings from NDJSON (one listing per line, with its id)',
      description: 'Send Content-Type: application/x-ndjson. The response streams one JSON result per line (`{line, id, status, version?|error}`) after each batch commits, then `{summary}`.',
      querystring: Type.Object({ batch_size: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000 })) }, { additionalProperties: false }),
      response: errors(400, 401, 403, 413, 415),
    },
  }, async (req, reply) => {
    const actor = principalActor(requirePrincipal(req));
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (!NDJSON.includes(type)) {
      throw new DomainError('unsupported_media_type', `send the file as Content-Type: application/x-ndjson, not ${type || '(none)'}`);
    }
    const body = req.body as Readable;
    const out = new PassThrough();
    const lines = body.pipe(limitBytes(ctx.config.importBodyLimitBytes)).pipe(split2());
    body.on('error', (e) => lines.destroy(e));
    reply.type('application/x-ndjson').send(out);
    const { batch_size } = req.query as { batch_size?: number };
    try {
      const summary = await ctx.catalog.import(actor, 'listings', lines as AsyncIterable<string>, {
        batchSize: batch_size ?? 500,
        onResults: (results) => {
          for (const r of results) ctx.metrics.ingestedRows.inc({ kind: 'listing', status: r.status });
          out.write(results.map((r) => JSON.stringify(r)).join('\n') + '\n');
        },
      });
      out.end(JSON.stringify({ summary }) + '\n');
    } catch (e) {
      req.log.error({ err: e }, 'import stopped');
      out.end(JSON.stringify({ error: { code: /exceeds the limit/.test((e as Error).message) ? 'payload_too_large' : 'internal', message: (e as Error).message } }) + '\n');
    }
    return reply;
  });
}
