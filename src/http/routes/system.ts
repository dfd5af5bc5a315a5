/** Health, metrics and the API description. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { tdbTarget } from '../../services/statements/target.js';

export async function systemRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get('/healthz', {
    config: { public: true, rateLimit: { max: ctx.config.healthRateLimitPerMinute, timeWindow: '1 minute' } },
    schema: { hide: true },
  }, async () => {
    await ctx.store.query('SELECT 1');
    // Says plainly when statements go to the demo's local emulator rather than the EU database.
    return { status: 'ok', engine: ctx.store.engine, transparency_database: tdbTarget(ctx.config) };
  });

  app.get('/metrics', { config: { action: 'metrics.read' }, schema: { hide: true } }, async (_req, reply) => {
    reply.type(ctx.metrics.registry.contentType);
    return ctx.metrics.registry.metrics();
  });

  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
}
