/** Authority orders (Arts. 9, 10; GPSR Art. 22(4)): intake, acknowledgement, status. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { DomainError } from '../../core/errors.js';
import { STATEMENT_CATEGORY_VALUES } from '../../core/statements/categories.js';
import { TERRITORIAL_SCOPE_VALUES } from '../../core/statements/places.js';
import { principalActor } from '../../services/auth/auth-service.js';
import { NoticeLocationSchema } from '../../services/notices/schemas.js';
import { acknowledgeOrder, present, receiveOrder, type OrderInput } from '../../services/orders/intake.js';
import { authorityOrder } from '../../store/schema/index.js';
import { requirePrincipal } from '../auth.js';
import { errors } from '../schemas.js';

const enumOf = (v: readonly string[]) => Type.Unsafe<string>({ type: 'string', enum: [...v] });
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });

export async function orderRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const { db } = ctx.store;
  app.post('/api/v1/authority-orders', {
    config: { action: 'orders.manage' },
    schema: {
      tags: ['authority orders'], summary: 'Record an order to act against illegal content or to provide information',
      headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 200 })) }),
      body: Type.Object({
        kind: Type.Union([Type.Literal('act'), Type.Literal('information')]), gpsr: Type.Optional(Type.Boolean()),
        authority: Type.String({ minLength: 2, maxLength: 300 }), member_state: enumOf(TERRITORIAL_SCOPE_VALUES),
        legal_basis: Type.String({ minLength: 2, maxLength: 1000 }), territorial_scope: Type.Array(enumOf(TERRITORIAL_SCOPE_VALUES), { minItems: 1, uniqueItems: true }),
        category: Type.Optional(enumOf(STATEMENT_CATEGORY_VALUES)), explanation: Type.Optional(Type.String({ maxLength: 10_000 })),
        locations: Type.Array(NoticeLocationSchema, { minItems: 1, maxItems: 500 }),
      }, { additionalProperties: false }),
      response: errors(400, 401, 403),
    },
  }, async (req, reply) => {
    const idem = req.headers['idempotency-key'];
    const r = await receiveOrder(db, ctx.clock, principalActor(requirePrincipal(req)), req.body as OrderInput, typeof idem === 'string' ? idem : undefined);
    return reply.status(r.created ? 201 : 200).send(r.order);
  });

  app.post('/api/v1/authority-orders/:id/acknowledge', {
    config: { action: 'orders.manage' },
    schema: { tags: ['authority orders'], summary: 'Record that receipt was confirmed to the authority', params: Id, response: errors(404) },
  }, async (req) => acknowledgeOrder(db, ctx.clock, principalActor(requirePrincipal(req)), (req.params as { id: string }).id));

  app.get('/api/v1/authority-orders', { config: { action: 'cases.read' }, schema: { tags: ['authority orders'], summary: 'Orders, newest first' } }, async () => ({
    items: (await db.select().from(authorityOrder).orderBy(desc(authorityOrder.receivedAt)).limit(200)).map(present),
  }));

  app.get('/api/v1/authority-orders/:id', { config: { action: 'cases.read' }, schema: { tags: ['authority orders'], summary: 'One order', params: Id, response: errors(404) } }, async (req) => {
    const [o] = await db.select().from(authorityOrder).where(eq(authorityOrder.id, (req.params as { id: string }).id));
    if (!o) throw new DomainError('not_found', 'order not found');
    return present(o);
  });
}
