import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../core/events.js';
import { DEFAULT_RULES_DIR } from '../../services/detection/load-engine.js';
import { ENGINES } from '../../../test/support/db.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';

const shipped = readdirSync(DEFAULT_RULES_DIR).filter((f) => f.endsWith('.json')).sort()
  .map((name) => ({ name, content: JSON.parse(readFileSync(join(DEFAULT_RULES_DIR, name), 'utf8')) as object }));

/** A family that flags jigsaw puzzles: harmless listings the shipped rules let pass, so a change is visible. */
const puzzles = {
  name: 'puzzles.json',
  content: {
    family: 'puzzles', description: 'test family', failMode: 'open',
    rules: [{
      id: 'puzzles.any', version: 1, description: 'every puzzle', category: 'unsafe', severity: 'low', action: 'review', autoAct: false, shadow: false, score: 0.5,
      legalGround: { requirement: 'DET-1', sorCategory: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', sorKeyword: 'KEYWORD_UNSAFE_PRODUCTS' },
      when: { listing: { categoryContains: ['puzzles'] } },
    }],
  },
};
const PUZZLE = { trader_id: 'T-1', source_version: 1, title: 'Wooden jigsaw, 500 pieces', description: 'Alpine landscape', category_path: ['Toys', 'Puzzles'], price: 19, currency: 'EUR' };

describe.each(ENGINES)('rule versions, activation, backtests and rescans on %s', (engine) => {
  let t: TestApp;
  let officer: string;
  let officer2: string;
  const q = <T>(text: string, params: unknown[] = []) => t.ctx.store.query<T>(text, params).then((r) => r.rows);
  const as = (key: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) => t.app.inject({ method, url, headers: t.auth(key), ...(payload ? { payload } : {}) });
  const drain = async () => {
    while ((await t.ctx.detection.rescans.work(60_000)) !== 'idle');
  };

  beforeAll(async () => {
    t = await createTestApp(engine, { env: { VIGIL_RULES_POLL_SECONDS: '0', VIGIL_RESCAN_BATCH: '10' } });
    officer = (await t.ctx.auth.createApiKey(SYSTEM_ACTOR, { name: 'co', role: 'compliance_officer' })).key;
    officer2 = (await t.ctx.auth.createApiKey(SYSTEM_ACTOR, { name: 'co2', role: 'compliance_officer' })).key;
    await t.ctx.catalog.putTrader(SYSTEM_ACTOR, 'T-1', { display_name: 'Shop', created_at: '2020-01-01T00:00:00Z' });
    for (let i = 0; i < 25; i++) await t.ctx.catalog.putListing(SYSTEM_ACTOR, `P-${String(i).padStart(2, '0')}`, { ...PUZZLE, title: `${PUZZLE.title} no. ${i}` });
  }, 120_000);
  afterAll(async () => t?.close());

  it('rejects a bad rule file with its path and reason and keeps the live rules', async () => {
    const bad = { name: 'bad.json', content: { family: 'bad', description: 'x', failMode: 'open', rules: [{ id: 'x' }] } };
    const r = await as(officer, 'POST', '/api/v1/rules/versions', { files: [...shipped, bad] });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.details.map((d: { path: string }) => d.path)).toContain('bad.json.rules.0');
    expect(r.json().error.details[0].problem).toEqual(expect.any(String));
    expect((await as(officer, 'GET', '/api/v1/rules/versions')).json()).toMatchObject({ items: [], live: { version: null } });
    expect((await as(t.keys.reviewer, 'POST', '/api/v1/rules/versions', { files: shipped })).statusCode).toBe(403);
  });

  it('activates a draft only by a second person, and the running engine uses it without a restart', async () => {
    const created = await as(officer, 'POST', '/api/v1/rules/versions', { files: [...shipped, puzzles], note: 'flag puzzles' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ version: 1, status: 'draft', note: 'flag puzzles' });
    const diff = (await as(officer, 'GET', '/api/v1/rules/versions/1/diff')).json();
    expect(diff.added).toEqual([{ id: 'puzzles.any', version: 1 }]);
    const own = await as(officer, 'POST', '/api/v1/rules/versions/1/activate');
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toMatch(/second person/);
    // Still the shipped rules: a new puzzle passes.
    await t.ctx.catalog.putListing(SYSTEM_ACTOR, 'Q-1', PUZZLE);
    expect((await t.ctx.detection.screening.latest('Q-1'))!.verdict).toBe('allow');
    const ok = await as(officer2, 'POST', '/api/v1/rules/versions/1/activate');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'active', activated_by: expect.stringMatching(/^api_key:/), rescan_id: expect.any(String) });
    expect((await as(officer2, 'POST', '/api/v1/rules/versions/1/activate')).statusCode).toBe(409);
    // Same process, same context, no restart: the next write is screened with version 1.
    await t.ctx.catalog.putListing(SYSTEM_ACTOR, 'Q-2', PUZZLE);
    const s = (await t.ctx.detection.screening.latest('Q-2'))!;
    expect(s).toMatchObject({ verdict: 'review', rule_set_version: 1 });
    expect((s.rules as { id: string }[]).map((r) => r.id)).toEqual(['puzzles.any']);
    const exported = (await as(t.keys.trustee, 'GET', '/api/v1/rules/versions/1/export')).json();
    expect(exported.files.map((f: { name: string }) => f.name)).toContain('puzzles.json');
  });

  it('rescans the catalog after activation in batches, resuming from the cursor', async () => {
    const [run] = await q<{ id: string }>(`SELECT id FROM rescan_run WHERE kind = 'rescan' AND status = 'queued'`);
    await t.ctx.store.query(`UPDATE rescan_run SET status = 'running', heartbeat_at = now() WHERE id = $1`, [run!.id]);
    const { runBatch } = await import('../../services/detection/rescan.js');
    // One batch, then the worker "dies": the batch and the cursor committed together.
    await runBatchOnce(t, run!.id, runBatch);
    let p = (await as(officer, 'GET', `/api/v1/rescans/${run!.id}`)).json();
    expect(p).toMatchObject({ status: 'running', processed: 10, cursor: 'P-09', total: 27 });
    // Another worker takes over once the first has been quiet long enough.
    await t.ctx.store.query(`UPDATE rescan_run SET heartbeat_at = now() - interval '10 minutes' WHERE id = $1`, [run!.id]);
    await drain();
    p = (await as(officer, 'GET', `/api/v1/rescans/${run!.id}`)).json();
    expect(p).toMatchObject({ status: 'done', processed: 27, progress: 1 });
    expect(p.changed).toBeGreaterThanOrEqual(26);
    const twice = await q(`SELECT listing_id FROM screening WHERE reason = 'rescan' GROUP BY listing_id HAVING count(*) > 1`);
    expect(twice).toEqual([]);
    expect((await t.ctx.detection.screening.latest('P-03'))).toMatchObject({ verdict: 'review', reason: 'rescan', rule_set_version: 1 });
  });

  it('backtests a draft over the stored catalog and reports what would change', async () => {
    const v2 = await as(officer2, 'POST', '/api/v1/rules/versions', { files: shipped, note: 'drop puzzles again' });
    expect(v2.json().version).toBe(2);
    const started = await as(officer, 'POST', '/api/v1/rules/versions/2/backtest');
    expect(started.statusCode).toBe(202);
    await drain();
    const run = (await as(officer, 'GET', `/api/v1/rescans/${started.json().id}`)).json();
    expect(run).toMatchObject({ kind: 'backtest', status: 'done', baseline_version: 1, rule_set_version: 2, processed: 27 });
    expect(run.summary.transitions['review->allow']).toBe(27);
    expect(run.summary.rules_removed['puzzles.any']).toBe(27);
    expect(run.summary.rule_diff.removed).toEqual([{ id: 'puzzles.any', version: 1 }]);
    // A backtest changes nothing: the draft stays a draft and no result was stored.
    expect((await t.ctx.detection.screening.latest('P-03'))!.rule_set_version).toBe(1);
    expect((await as(officer, 'GET', '/api/v1/rules/versions/2')).json().status).toBe('draft');
    const list = (await as(t.keys.integration, 'GET', '/api/v1/rescans?kind=backtest')).json();
    expect(list.items).toHaveLength(1);
  });

  it('keeps the live version when a new file is bad or a stored version cannot be loaded', async () => {
    const bad = { name: 'medicine.json', content: { ...(shipped.find((f) => f.name === 'medicine.json')!.content), failMode: 'sometimes' } };
    const r = await as(officer, 'POST', '/api/v1/rules/versions', { files: [...shipped.filter((f) => f.name !== 'medicine.json'), bad, puzzles] });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.details).toContainEqual({ path: 'medicine.json.failMode', problem: expect.any(String) });
    // A version altered in the database behind the service is refused at activation; version 1 stays live.
    await t.ctx.store.query(`UPDATE rule_set_version SET families = '[{"family":"broken","rules":"nope"}]'::jsonb WHERE version = 2`);
    const refused = await as(officer, 'POST', '/api/v1/rules/versions/2/activate');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details[0].path).toMatch(/^broken\.json/);
    await t.ctx.catalog.putListing(SYSTEM_ACTOR, 'Q-3', PUZZLE);
    expect((await t.ctx.detection.screening.latest('Q-3'))).toMatchObject({ verdict: 'review', rule_set_version: 1 });
  });
});

async function runBatchOnce(t: TestApp, id: string, runBatch: typeof import('../../services/detection/rescan.js').runBatch): Promise<void> {
  const d = t.ctx.detection;
  const { HashBankCache } = await import('../../services/detection/hash-banks.js');
  await runBatch({ db: t.ctx.store.db, clock: t.ctx.clock, runtime: d.runtime, hooks: d.hooks, banks: new HashBankCache(), ownDomains: [], enrich: { links: false, images: false } }, id, 10);
}
