// Art. 17(1)(c)/(d), Art. 24(5): a suspension or termination under the penalty policy has its own statement of reasons, on both engines.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/clock.js';
import { SYSTEM_ACTOR } from '../../core/events.js';
import { findPersonalData } from '../../core/privacy/scrubber.js';
import { buildStatement } from '../../core/statements/build.js';
import { lintSpecificity } from '../../core/statements/specificity.js';
import type { TdbStatement } from '../../core/statements/types.js';
import { validateStatement } from '../../core/statements/validate.js';
import { TransparencyDbClient } from '../../integrations/transparency-db.js';
import { openStore } from '../../store/database.js';
import { decision, listing, statement, trader } from '../../store/schema/index.js';
import { runVigil } from '../../../test/support/child.js';
import { ENGINES, openTestStore, type TestStore } from '../../../test/support/db.js';
import { TdbEmulator } from '../../integrations/tdb-emulator.js';
import { exportStatements } from '../statements/export.js';
import { submitPending } from '../statements/submit.js';
import { applyDecisionPenalties } from './apply.js';
import { reconcile } from './reconcile.js';
import { withdrawDecisionStrikes } from './withdraw.js';

const T0 = new Date('2026-03-01T10:00:00Z');
type Db = TestStore['db'];

async function seed(db: Db, now: Date): Promise<void> {
  await db.insert(trader).values({ id: 'T-1', displayName: 'Anna Schmidt Handel', status: 'active', createdAt: now, updatedAt: now });
  await db.insert(listing).values([1, 2, 3].map((n) => ({
    id: `L-${n}`, traderId: 'T-1', sourceVersion: 1, version: 1, title: `Item ${n}`, categoryPath: [], imageUrls: [], visibility: 'visible', contentHash: `h${n}`, createdAt: now, updatedAt: now,
  })));
}

/** A standing removal with its decision statement (as finalizeDecision writes them), on listing L-n. */
async function decide(db: Db, now: Date, n: number, opts: { grave?: boolean; automated?: boolean } = {}): Promise<string> {
  const id = randomUUID();
  const category = opts.grave ? 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS' : 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD';
  await db.insert(decision).values({
    id, subjectKind: 'listing', subjectId: `L-${n}`, traderId: 'T-1', action: 'remove', visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
    territorialScope: ['EU'], ground: 'DECISION_GROUND_ILLEGAL_CONTENT', explanation: 'test decision', category, keyword: null, automatedDetection: !!opts.automated,
    automatedDecision: 'AUTOMATED_DECISION_NOT_AUTOMATED', sourceType: 'SOURCE_ARTICLE_16', noticeIds: [], facts: { input: { threat_to_life_or_safety: !!opts.grave } },
    decidedBy: 'user:r1', decidedAt: now, appliesFrom: now, effectRequired: true, status: 'pending_effect',
  });
  const built = buildStatement({
    decisionId: id, restrictions: { visibility: { types: ['DECISION_VISIBILITY_CONTENT_REMOVED'] } }, accountType: 'business',
    ground: { kind: 'illegal', legalGround: 'Directive 2005/29/EC, Article 6(1)(b)', explanation: 'the listing asks buyers to pay by bank transfer outside the checkout and ships nothing' },
    category: category as never, primaryKeyword: (opts.grave ? 'KEYWORD_UNSAFE_PRODUCTS' : 'KEYWORD_PHISHING') as never, contentTypes: ['CONTENT_TYPE_PRODUCT', 'CONTENT_TYPE_TEXT'],
    contentDate: '2026-02-01', applicationDate: now, territorialScope: 'EU', source: { kind: 'notice' }, automatedDetection: !!opts.automated, automatedDecision: 'not_automated',
    facts: { itemKind: 'listing', itemId: `L-${n}`, title: `Item ${n}`, finding: 'the seller asks for payment by bank transfer outside the checkout and never ships the watch' },
  });
  await db.insert(statement).values({
    decisionId: id, puid: built.statement.puid, payload: built.statement, tdbRequired: true, status: 'pending', nextAttemptAt: now, createdAt: now,
    traderMessage: { decisionId: id, language: 'de', complaintUrl: `https://market.example/complaints/new?decision=${id}&token=tok-${n}&lang=de` },
  });
  return id;
}

interface Row { action_id: string; puid: string; status: string; payload: TdbStatement; trader_message: { language: string; text: string; complaintUrl: string; complaintDecisionId: string }; redress_status: string | null }

describe.each(ENGINES)('measure statements on %s', (engine) => {
  let store: TestStore;
  let clock: ManualClock;
  const rows = async () => (await store.query<Row>(`SELECT s.action_id, s.puid, s.status, s.payload, s.trader_message, s.redress_status FROM measure_statement s ORDER BY s.created_at`)).rows;
  const apply = (id: string) => store.db.transaction((tx) => applyDecisionPenalties(tx, clock, SYSTEM_ACTOR, id, 5));

  beforeEach(async () => {
    store = await openTestStore(engine);
    clock = new ManualClock(T0);
    await seed(store.db, clock.now());
  });
  afterEach(async () => store.close());

  it('writes exactly one valid, specific statement without personal data for a suspension, idempotently, exported and submitted', async () => {
    const d1 = await decide(store.db, clock.now(), 1);
    await apply(d1); // warning: no statement
    expect(await rows()).toEqual([]);
    clock.advance(86_400_000);
    const d2 = await decide(store.db, clock.now(), 2, { automated: true });
    await apply(d2);
    await apply(d2); // a retry
    await reconcile(store.db, clock, SYSTEM_ACTOR, 5); // reconciliation plans nothing and writes nothing
    const [action] = (await store.query<{ id: string; until: Date }>(`SELECT id, until FROM enforcement_action WHERE measure = 'suspension'`)).rows;
    const all = await rows();
    expect(all).toHaveLength(1);
    const s = all[0]!;
    expect(s).toMatchObject({ action_id: action!.id, puid: action!.id, status: 'pending' });
    const p = s.payload;
    expect(validateStatement(p).errors).toEqual({});
    expect(lintSpecificity(p).problems).toEqual([]);
    expect(p).toMatchObject({
      decision_account: 'DECISION_ACCOUNT_SUSPENDED', account_type: 'ACCOUNT_TYPE_BUSINESS', decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      automated_detection: 'Yes', automated_decision: 'AUTOMATED_DECISION_FULLY', source_type: 'SOURCE_VOLUNTARY',
      application_date: '2026-03-02', end_date_account_restriction: '2026-04-01', category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', category_specification: ['KEYWORD_PHISHING'],
    });
    expect(p.territorial_scope).toHaveLength(27);
    expect(p.incompatible_content_ground).toContain('T-7.3 (Suspension)');
    expect(p.incompatible_content_ground).toContain('6 points, we suspend it for 30 days');
    expect(p.decision_facts).toContain(d1);
    expect(p.decision_facts).toContain(d2);
    expect(p.decision_facts).toContain(action!.id);
    // Art. 24(5): nothing personal: neither the trader's name nor their id.
    const text = JSON.stringify(p);
    expect(text).not.toContain('T-1');
    expect(text).not.toContain('Schmidt');
    expect(findPersonalData(text, { names: ['Anna Schmidt Handel'] })).toEqual({});
    // The trader's statement: their language, the decisions counted, the complaint link of the decision that triggered it, all three routes.
    expect(s.trader_message).toMatchObject({ language: 'de', complaintDecisionId: d2, complaintUrl: `https://market.example/complaints/new?decision=${d2}&token=tok-2&lang=de` });
    expect(s.trader_message.text).toContain('Ihr Konto wurde gesperrt');
    expect(s.trader_message.text).toContain(d1);
    expect(s.trader_message.text).toContain('Außergerichtliche Streitbeilegung');
    expect(s.trader_message.text).toContain('vor Gericht');
    const hook = (await store.query<{ payload: { statement_of_reasons?: { puid: string } } }>(`SELECT payload FROM outbox WHERE topic = 'enforcement.suspension'`)).rows;
    expect(hook[0]!.payload.statement_of_reasons?.puid).toBe(action!.id);

    const exported: TdbStatement[] = [];
    for await (const x of exportStatements(store.db)) exported.push(x as TdbStatement);
    expect(exported.map((x) => x.puid)).toEqual([d1, d2, action!.id]);

    const tdb = await TdbEmulator.start();
    const client = new TransparencyDbClient({ baseUrl: tdb.url, token: '1|platform-a-secret' });
    try {
      expect(await submitPending(store.db, clock, (b) => client.submitAll(b, { maxAttempts: 2 }))).toMatchObject({ sent: 3, stored: 3 });
      expect(tdb.stored.map((x) => x.puid).sort()).toEqual([d1, d2, action!.id].sort());
      expect((await rows())[0]!.status).toBe('submitted');
      const ev = (await store.query<{ type: string; subject_id: string }>(`SELECT type, subject_id FROM ledger_event WHERE type = 'measure_statement.submitted'`)).rows;
      expect(ev).toEqual([{ type: 'measure_statement.submitted', subject_id: action!.id }]);
    } finally {
      await client.close();
      await tdb.close();
    }
  });

  it('writes one for an immediate termination, and marks a lifted suspension\'s statement reversed', async () => {
    const grave = await decide(store.db, clock.now(), 3, { grave: true });
    await apply(grave);
    const [t] = await rows();
    expect(t!.payload).toMatchObject({ decision_account: 'DECISION_ACCOUNT_TERMINATED', category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', automated_detection: 'No' });
    expect(t!.payload.end_date_account_restriction).toBeUndefined();
    expect(validateStatement(t!.payload).errors).toEqual({});
    expect(lintSpecificity(t!.payload).problems).toEqual([]);
    await store.db.transaction((tx) => withdrawDecisionStrikes(tx, clock, SYSTEM_ACTOR, grave, 'complaint upheld'));
    expect((await rows())[0]).toMatchObject({ redress_status: 'reversed' });
    // Strikes and reconciliation never see the statement: no strike for the measure, nothing to heal.
    const strikes = (await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM strike`)).rows[0]!.n;
    expect(strikes).toBe(1);
    expect(await reconcile(store.db, clock, SYSTEM_ACTOR, 5)).toMatchObject({ unenforced: 0 });
  });
});

describe('vigil statements export', () => {
  it('prints the measure statement with the decisions\' (embedded store)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vigil-ms-'));
    try {
      const s = await openStore({ dataDir: path.join(dir, 'pglite') });
      await s.migrate();
      const now = new Date();
      await seed(s.db, now);
      const grave = await decide(s.db, now, 1, { grave: true });
      await s.db.transaction((tx) => applyDecisionPenalties(tx, new ManualClock(now), SYSTEM_ACTOR, grave, 5));
      const [m] = (await s.query<{ id: string }>(`SELECT action_id AS id FROM measure_statement`)).rows;
      await s.close();
      const r = await runVigil(['statements', 'export'], { VIGIL_DATA_DIR: dir, VIGIL_LOG_LEVEL: 'error' });
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as TdbStatement);
      expect(lines.map((l) => l.puid)).toEqual([grave, m!.id]);
      expect(lines[1]).toMatchObject({ decision_account: 'DECISION_ACCOUNT_TERMINATED', automated_decision: 'AUTOMATED_DECISION_FULLY' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('measure statement settings from the configuration', () => {
  it('give reconciliation the same tokenised complaint link a decision statement carries (Art. 17(3)(f), CH-1)', async () => {
    const { measureStatementSettings } = await import('./measure-statement.js');
    const { traderComplaintToken } = await import('../complaints/tokens.js');
    const secret = Buffer.alloc(32, 7);
    const s = measureStatementSettings({ platformName: 'M', outOfCourtUrl: null, complaintWindowMonths: 9, complaintUrlTemplate: 'https://m.example/c?d={decisionId}&t={token}&l={lang}' }, secret);
    expect(s.complaintWindowMonths).toBe(9);
    expect(s.complaintUrl!('D-1', 'de')).toBe(`https://m.example/c?d=D-1&t=${encodeURIComponent(traderComplaintToken(secret, 'D-1'))}&l=de`);
  });
});
