/** Trusted-flagger registry (Art. 22): awarding coordinator, expertise, accuracy. */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { DomainError } from '../../core/errors.js';
import type { AppContext } from '../../context.js';
import { STATEMENT_CATEGORY_VALUES } from '../../core/statements/categories.js';
import { TERRITORIAL_SCOPE_VALUES } from '../../core/statements/places.js';
import { ExternalId } from '../../services/catalog/schemas.js';
import { flaggerAccuracy } from '../../services/flaggers/accuracy.js';
import { buildFlaggerReport } from '../../services/flaggers/dsc-report.js';
import { getFlagger, listFlaggers, upsertFlagger, type FlaggerInput } from '../../services/flaggers/registry.js';
import { errors } from '../schemas.js';

const enumOf = (v: readonly string[]) => Type.Unsafe<string>({ type: 'string', enum: [...v] });
const PeriodBound = Type.String({ minLength: 10, maxLength: 40 });

/** The report period: notices received in [from, to), both ISO dates or date-times. */
function period(q: { from: string; to: string }): { from: Date; to: Date } {
  const from = new Date(q.from);
  const to = new Date(q.to);
  const bad = [['from', from], ['to', to]].filter(([, d]) => Number.isNaN((d as Date).getTime())).map(([path]) => ({ path: path as string, problem: 'must be an ISO date or date-time' }));
  if (bad.length > 0) throw new DomainError('invalid_query', 'invalid report period', bad);
  return { from, to };
}

export async function flaggerRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.put('/api/v1/trusted-flaggers/:id', {
    config: { action: 'flaggers.manage' },
    schema: {
      tags: ['trusted flaggers'], summary: 'Register or update a trusted flagger',
      params: Type.Object({ id: ExternalId }),
      body: Type.Object({
        name: Type.String({ minLength: 1, maxLength: 300 }), awarding_member_state: enumOf(TERRITORIAL_SCOPE_VALUES),
        expertise_categories: Type.Array(enumOf(STATEMENT_CATEGORY_VALUES), { minItems: 1, uniqueItems: true }),
        status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('suspended'), Type.Literal('revoked')])),
      }, { additionalProperties: false }),
      response: errors(400, 401, 403),
    },
  }, async (req) => upsertFlagger(ctx.store.db, ctx.clock, { ...(req.body as Omit<FlaggerInput, 'id'>), id: (req.params as { id: string }).id }));

  app.get('/api/v1/trusted-flaggers', { config: { action: 'notices.read' }, schema: { tags: ['trusted flaggers'], summary: 'Registry with accuracy' } }, async () => ({ items: await listFlaggers(ctx.store.db) }));

  app.get('/api/v1/trusted-flaggers/:id/dsc-report', {
    config: { action: 'flaggers.manage' },
    schema: {
      tags: ['trusted flaggers'], summary: 'The report package for the awarding Digital Services Coordinator (Art. 22(6))',
      description: 'Counts, share of unfounded notices, examples without personal data, decisions and ledger references for notices received in [from, to). See docs/trusted-flaggers.md.',
      params: Type.Object({ id: ExternalId }),
      querystring: Type.Object({ from: PeriodBound, to: PeriodBound, examples: Type.Optional(Type.Integer({ minimum: 0, maximum: 200 })) }, { additionalProperties: false }),
      response: errors(400, 401, 403, 404),
    },
  }, async (req) => {
    const q = req.query as { from: string; to: string; examples?: number };
    return buildFlaggerReport(ctx.store.db, (req.params as { id: string }).id, { ...period(q), examples: q.examples, now: ctx.clock.now(), threshold: ctx.config.flaggerReportThreshold });
  });

  app.get('/api/v1/trusted-flagger-accuracy', {
    config: { action: 'flaggers.manage' },
    schema: {
      tags: ['trusted flaggers'], summary: 'Every trusted flagger\'s accuracy over a period and whether the Art. 22(6) report threshold is crossed',
      description: 'Notices received in [from, to): decided, unfounded, unfounded share, outside expertise, median time from receipt to decision; the threshold is configuration (VIGIL_FLAGGER_REPORT_MIN_DECIDED, VIGIL_FLAGGER_REPORT_UNFOUNDED_SHARE). See docs/trusted-flaggers.md.',
      querystring: Type.Object({ from: PeriodBound, to: PeriodBound }, { additionalProperties: false }),
      response: errors(400, 401, 403),
    },
  }, async (req) => flaggerAccuracy(ctx.store.db, { ...period(req.query as { from: string; to: string }), threshold: ctx.config.flaggerReportThreshold }));

  app.get('/api/v1/trusted-flaggers/:id', { config: { action: 'notices.read' }, schema: { tags: ['trusted flaggers'], summary: 'One trusted flagger', params: Type.Object({ id: ExternalId }) } }, async (req) =>
    getFlagger(ctx.store.db, (req.params as { id: string }).id));
}
