/**
 * Detection rules in the database (DET-6): versions, draft import, four-eyes activation, backtests,
 * measured precision and compliance officers' overrides of the auto-action gate.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { presentRun } from '../../services/detection/rescan.js';
import { presentVersion } from '../../services/detection/rule-versions.js';
import { requirePrincipal } from '../auth.js';
import { errors } from '../schemas.js';

const VersionParams = Type.Object({ version: Type.Integer({ minimum: 1 }) });
const RuleParams = Type.Object({ rule: Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9._:-]+$' }) });
const who = (req: FastifyRequest) => {
  const p = requirePrincipal(req);
  return `${p.kind}:${p.id}`;
};

export async function ruleRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const d = ctx.detection;

  app.get('/api/v1/rules/versions', {
    config: { action: 'rules.read' },
    schema: { tags: ['rules'], summary: 'Rule-set versions, newest first (draft, active, retired)' },
  }, async () => {
    await d.runtime.refresh();
    return { items: (await d.rules.list()).map(presentVersion), live: { version: d.runtime.ruleSetVersion, content_version: d.runtime.engine.rules.version } };
  });

  app.get('/api/v1/rules/versions/:version', {
    config: { action: 'rules.read' },
    schema: { tags: ['rules'], summary: 'One version with its rule families', params: VersionParams, response: errors(404) },
  }, async (req) => {
    const row = await d.rules.get((req.params as { version: number }).version);
    return { ...presentVersion(row), rule_families: row.families };
  });

  app.post('/api/v1/rules/versions', {
    config: { action: 'rules.edit' },
    schema: {
      tags: ['rules'], summary: 'Import rule files as a new draft version (validated; a bad file is rejected with its path and reason)',
      description: 'Body: `{ files: [{ name: "medicine.json", content: { family, description, failMode, rules } }], note? }`. `content` may also be the file text.',
      body: Type.Object({
        files: Type.Array(Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }), content: Type.Union([Type.String({ maxLength: 2_000_000 }), Type.Object({}, { additionalProperties: true })]) }, { additionalProperties: false }), { minItems: 1, maxItems: 200 }),
        note: Type.Optional(Type.String({ maxLength: 2000 })),
      }, { additionalProperties: false }),
      response: errors(400, 401, 403),
    },
  }, async (req, reply) => {
    const b = req.body as { files: { name: string; content: string | object }[]; note?: string };
    const files = b.files.map((f) => ({ name: f.name, text: typeof f.content === 'string' ? f.content : JSON.stringify(f.content) }));
    return reply.status(201).send(presentVersion(await d.rules.importDraft(who(req), files, b.note ?? null)));
  });

  app.get('/api/v1/rules/versions/:version/export', {
    config: { action: 'rules.read' },
    schema: { tags: ['rules'], summary: 'The version as rule files (one per family, for review in git)', params: VersionParams, response: errors(404) },
  }, async (req) => ({ files: (await d.rules.exportFiles((req.params as { version: number }).version)).map((f) => ({ name: f.name, content: JSON.parse(f.text) as unknown })) }));

  app.get('/api/v1/rules/versions/:version/diff', {
    config: { action: 'rules.read' },
    schema: {
      tags: ['rules'], summary: 'Rule-by-rule differences against another version (default: the live rules)', params: VersionParams,
      querystring: Type.Object({ against: Type.Optional(Type.Integer({ minimum: 1 })) }, { additionalProperties: false }), response: errors(404),
    },
  }, async (req) => d.rules.diff((req.query as { against?: number }).against ?? null, (req.params as { version: number }).version));

  app.post('/api/v1/rules/versions/:version/activate', {
    config: { action: 'rules.activate' },
    schema: {
      tags: ['rules'], summary: 'Activate a draft (a second person: its author may not) and queue a full-catalog rescan',
      params: VersionParams, response: errors(403, 404, 409),
    },
  }, async (req) => {
    const r = await d.rules.activate(who(req), (req.params as { version: number }).version);
    return { ...presentVersion(r.version), rescan_id: r.rescanId };
  });

  app.post('/api/v1/rules/versions/:version/backtest', {
    config: { action: 'rules.edit' },
    schema: { tags: ['rules'], summary: 'Run the version over the stored catalog against the live rules and report what would change (progress: /api/v1/rescans/{id})', params: VersionParams, response: errors(404) },
  }, async (req, reply) => reply.status(202).send(presentRun(await d.rules.backtest(who(req), (req.params as { version: number }).version))));

  app.get('/api/v1/rules/precision', {
    config: { action: 'rules.read' },
    schema: { tags: ['rules'], summary: 'Measured precision per live rule and whether it may block on its own (≥ 0.98 over ≥ 200 reviewed hits, or an override)' },
  }, async () => d.rules.precision());

  app.get('/api/v1/rules/overrides', {
    config: { action: 'rules.read' },
    schema: { tags: ['rules'], summary: "Compliance officers' recorded overrides of the auto-action gate" },
  }, async () => ({ items: await d.rules.overrides() }));

  app.put('/api/v1/rules/:rule/override', {
    config: { action: 'rules.override' },
    schema: {
      tags: ['rules'], summary: 'Record why a rule may act automatically below the measured-precision gate', params: RuleParams,
      body: Type.Object({ reason: Type.String({ minLength: 20, maxLength: 5000 }) }, { additionalProperties: false }), response: errors(400, 404),
    },
  }, async (req, reply) => reply.status(201).send(await d.rules.recordOverride(who(req), (req.params as { rule: string }).rule, (req.body as { reason: string }).reason)));

  app.delete('/api/v1/rules/:rule/override', {
    config: { action: 'rules.override' },
    schema: { tags: ['rules'], summary: 'Revoke the override', params: RuleParams, response: { 204: Type.Null(), ...errors(404) } },
  }, async (req, reply) => {
    await d.rules.revokeOverride(who(req), (req.params as { rule: string }).rule);
    return reply.status(204).send();
  });
}
