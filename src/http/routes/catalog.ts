/** Catalog ingest and reads: idempotent PUT upserts keyed by the marketplace's ids, cursor-paged GETs. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { ITEM_KINDS, type ItemKind } from '../../core/catalog/types.js';
import { DomainError } from '../../core/errors.js';
import type { AppContext } from '../../context.js';
import { principalActor } from '../../services/auth/auth-service.js';
import { ExternalId, ItemInputSchema, ListingInputSchema, OrderInputSchema, TraderInputSchema } from '../../services/catalog/schemas.js';
import type { ItemInputT, ListingInputT, OrderInputT, TraderInputT } from '../../services/catalog/schemas.js';
import { requirePrincipal } from '../auth.js';
import { Cursor, Limit, errors } from '../schemas.js';

const IdParams = Type.Object({ id: ExternalId });
const Upserted = Type.Object({ id: Type.String(), status: Type.String(), version: Type.Optional(Type.Integer()) });
const notFound = (what: string, id: string) => new DomainError('not_found', `${what} ${id} not found`);

export async function catalogRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const write = { action: 'catalog.write' as const };
  const read = { action: 'catalog.read' as const };

  app.put('/api/v1/traders/:id', {
    config: write,
    schema: { tags: ['catalog'], summary: 'Create or update a trader (idempotent)', params: IdParams, body: TraderInputSchema, response: { 200: Upserted, ...errors(400, 401, 403) } },
  }, async (req) => {
    const { id } = req.params as { id: string };
    const r = await ctx.catalog.putTrader(principalActor(requirePrincipal(req)), id, req.body as TraderInputT);
    ctx.metrics.ingestedRows.inc({ kind: 'trader', status: r.status });
    return { id, ...r };
  });

  app.put('/api/v1/listings/:id', {
    config: write,
    schema: {
      tags: ['catalog'], summary: 'Create or update a listing (idempotent; older source_version is refused)',
      params: IdParams, body: ListingInputSchema, response: { 200: Upserted, ...errors(400, 401, 403, 409, 422) },
    },
  }, async (req) => {
    const { id } = req.params as { id: string };
    const r = await ctx.catalog.putListing(principalActor(requirePrincipal(req)), id, req.body as ListingInputT);
    ctx.metrics.ingestedRows.inc({ kind: 'listing', status: r.status });
    return { id, status: r.status, version: r.version };
  });

  app.put('/api/v1/orders/:id', {
    config: write,
    schema: { tags: ['catalog'], summary: 'Record an order (buyer stays an opaque reference)', params: IdParams, body: OrderInputSchema, response: { 200: Upserted, ...errors(400, 401, 403, 422) } },
  }, async (req) => {
    const { id } = req.params as { id: string };
    const r = await ctx.catalog.putOrder(principalActor(requirePrincipal(req)), id, req.body as OrderInputT);
    return { id, ...r };
  });

  app.put('/api/v1/items/:kind/:id', {
    config: write,
    schema: {
      tags: ['catalog'], summary: 'Create or update a store page, review, ad, affiliate link or livestream',
      params: Type.Object({ kind: Type.Union(ITEM_KINDS.filter((k) => k !== 'listing').map((k) => Type.Literal(k))), id: ExternalId }),
      body: ItemInputSchema, response: { 200: Upserted, ...errors(400, 401, 403, 422) },
    },
  }, async (req) => {
    const { kind, id } = req.params as { kind: ItemKind; id: string };
    const r = await ctx.catalog.putItem(principalActor(requirePrincipal(req)), kind, id, req.body as ItemInputT);
    return { id, ...r };
  });

  app.get('/api/v1/listings', {
    config: read,
    schema: {
      tags: ['catalog'], summary: 'Search and page listings',
      querystring: Type.Object({
        q: Type.Optional(Type.String({ maxLength: 200 })), trader_id: Type.Optional(ExternalId),
        visibility: Type.Optional(Type.Union([Type.Literal('visible'), Type.Literal('restricted'), Type.Literal('removed')])),
        language: Type.Optional(Type.String({ pattern: '^[a-z]{2}$' })), brand: Type.Optional(Type.String({ maxLength: 200 })),
        category: Type.Optional(Type.String({ maxLength: 200 })), updated_since: Type.Optional(Type.String({ format: 'date-time' })),
        cursor: Cursor, limit: Limit,
      }, { additionalProperties: false }),
    },
  }, async (req) => ctx.catalog.listListings(req.query as Parameters<typeof ctx.catalog.listListings>[0]));

  app.get('/api/v1/listings/:id', { config: read, schema: { tags: ['catalog'], summary: 'One listing as it is now', params: IdParams } }, async (req) => {
    const { id } = req.params as { id: string };
    return (await ctx.catalog.getListing(id)) ?? Promise.reject(notFound('listing', id));
  });

  app.get('/api/v1/listings/:id/versions', { config: read, schema: { tags: ['catalog'], summary: 'Every content version of a listing', params: IdParams } }, async (req) => {
    const { id } = req.params as { id: string };
    if (!(await ctx.catalog.getListing(id))) throw notFound('listing', id);
    return { items: await ctx.catalog.listListingVersions(id) };
  });

  app.get('/api/v1/traders', {
    config: read,
    schema: {
      tags: ['catalog'], summary: 'Page traders',
      querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 200 })), status: Type.Optional(Type.String({ maxLength: 20 })), country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })), cursor: Cursor, limit: Limit }, { additionalProperties: false }),
    },
  }, async (req) => ctx.catalog.listTraders(req.query as Parameters<typeof ctx.catalog.listTraders>[0]));

  app.get('/api/v1/traders/:id', { config: read, schema: { tags: ['catalog'], summary: 'One trader', params: IdParams } }, async (req) => {
    const { id } = req.params as { id: string };
    return (await ctx.catalog.getTrader(id)) ?? Promise.reject(notFound('trader', id));
  });

  app.get('/api/v1/orders', {
    config: read,
    schema: { tags: ['catalog'], summary: 'Page orders', querystring: Type.Object({ listing_id: Type.Optional(ExternalId), cursor: Cursor, limit: Limit }, { additionalProperties: false }) },
  }, async (req) => ctx.catalog.listOrders(req.query as Parameters<typeof ctx.catalog.listOrders>[0]));

  app.get('/api/v1/orders/:id', { config: read, schema: { tags: ['catalog'], summary: 'One order', params: IdParams } }, async (req) => {
    const { id } = req.params as { id: string };
    return (await ctx.catalog.getOrder(id)) ?? Promise.reject(notFound('order', id));
  });

  app.get('/api/v1/items/:kind/:id', {
    config: read,
    schema: { tags: ['catalog'], summary: 'One item of any kind', params: Type.Object({ kind: Type.Union(ITEM_KINDS.map((k) => Type.Literal(k))), id: ExternalId }) },
  }, async (req) => {
    const { kind, id } = req.params as { kind: string; id: string };
    return (await ctx.catalog.getItem(kind, id)) ?? Promise.reject(notFound(kind, id));
  });
}
