/**
 * The HTTP app factory. It never listens: `main.ts` does, and tests drive it with `inject()`.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { AppContext } from '../context.js';
import { installAuth } from './auth.js';
import { errorBody, installErrorHandler } from './error-handler.js';
import { adminRoutes } from './routes/admin.js';
import { authRoutes } from './routes/auth.js';
import { catalogRoutes } from './routes/catalog.js';
import { importRoutes } from './routes/import.js';
import { ledgerRoutes } from './routes/ledger.js';
import { noticeRoutes } from './routes/notices.js';
import { flaggerRoutes } from './routes/flaggers.js';
import { caseRoutes } from './routes/cases.js';
import { orderRoutes } from './routes/orders.js';
import { decisionRoutes } from './routes/decisions.js';
import { statementRoutes } from './routes/statements.js';
import { detectionRoutes } from './routes/detection.js';
import { ruleRoutes } from './routes/rules.js';
import { systemRoutes } from './routes/system.js';
import { webhookRoutes } from './routes/webhooks.js';
import { complaintRoutes } from './routes/complaints.js';
import { enforcementRoutes } from './routes/enforcement.js';
import { ErrorSchema } from './schemas.js';

export interface AppOptions {
  logger?: boolean;
  /** Serve the built console (web/dist) at `/`. */
  serveConsole?: boolean;
}

export async function buildApp(ctx: AppContext, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: opts.logger ? (ctx.logger as FastifyBaseLogger) : undefined,
    bodyLimit: ctx.config.bodyLimitBytes,
    requestIdHeader: 'x-request-id',
    genReqId: (req) => {
      const sent = req.headers['x-request-id'];
      return typeof sent === 'string' && /^[A-Za-z0-9._-]{8,64}$/.test(sent) ? sent : randomUUID();
    },
    trustProxy: false,
    // One line per request only when debugging; errors are always logged.
    logController: new LogController({ disableRequestLogging: !['debug', 'trace'].includes(ctx.config.logLevel) }),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: true } },
  }) as unknown as FastifyInstance;

  installErrorHandler(app);
  app.addSchema(ErrorSchema);
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, c) => ({ statusCode: 429, ...errorBody('rate_limited', `rate limit of ${c.max} requests per ${c.after} exceeded`) }),
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Vigil API', version: '1', description: 'Trust-and-safety and DSA compliance engine. Authenticate with `Authorization: Bearer <API key>` or a console session.' },
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' } } },
      security: [{ apiKey: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  installAuth(app, ctx);

  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (!req.url.startsWith('/docs')) reply.header('x-frame-options', 'DENY');
  });
  // A listening server builds the detection engine (lexicons: about a second of CPU) now, not in its
  // first listing write; in-process `inject()` tests that never screen do not pay for it.
  app.addHook('onListen', (done) => {
    try {
      ctx.detection.warm();
    } catch (e) {
      app.log.error({ err: e }, 'detection engine failed to load');
    }
    done();
  });
  app.addHook('onResponse', async (req, reply) => {
    ctx.metrics.httpRequests.observe({ method: req.method, route: req.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  // CSV uploads (trusted-flagger notices, hash banks): one parser for the app; routes check their own limits.
  app.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'string', bodyLimit: 256 * 1024 * 1024 }, (_req, body, done) => done(null, body));
  for (const routes of [systemRoutes, authRoutes, catalogRoutes, importRoutes, ledgerRoutes, webhookRoutes, adminRoutes, noticeRoutes, flaggerRoutes, caseRoutes, orderRoutes, decisionRoutes, statementRoutes, ruleRoutes, detectionRoutes, enforcementRoutes, complaintRoutes]) {
    await routes(app, ctx);
  }
  await serveConsole(app, ctx, opts.serveConsole ?? false);
  return app;
}

/** The console is a single-page app: unknown non-API GETs get its index.html. */
async function serveConsole(app: FastifyInstance, ctx: AppContext, enabled: boolean): Promise<void> {
  const dist = ctx.config.webDistDir;
  const available = enabled && existsSync(path.join(dist, 'index.html'));
  if (available) {
    await app.register(fastifyStatic, { root: dist, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((req, reply) => {
    // Existing files were served above; a miss under /assets/ is a real 404, anything else is a console page
    // (listing ids may contain dots, so a dot does not mean "file").
    const isPage = req.method === 'GET' && !req.url.startsWith('/api/') && !req.url.startsWith('/assets/');
    if (available && isPage) return reply.type('text/html').sendFile('index.html');
    return reply.status(404).send(errorBody('not_found', `no route ${req.method} ${req.url.split('?')[0]}`));
  });
}
