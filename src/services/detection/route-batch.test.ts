import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestStore, type TestStore } from '../../../test/support/db.js';
import { ManualClock } from '../../core/clock.js';
import type { FiredRule, ScreenResult, ScreenVerdict } from '../../core/detection/screening.js';
import type { Actor, NewEvent } from '../../core/events.js';
import type { Db } from '../../store/database.js';
import { feedCasesBulk } from '../cases/feed-cases-bulk.js';
import { type CaseFeed, type CaseFeedResult, feedCase } from '../cases/open-case.js';
import { type AutoBlock, routeResult, routeResults, type Routed, type RouteItem } from './route.js';

const T0 = new Date('2026-03-02T10:00:00.000Z');
const actor: Actor = { kind: 'automated', id: 'detection', modelVersion: 'test' };

async function seed(db: Db, clock: ManualClock): Promise<void> {
  const now = T0.toISOString();
  await db.execute(sql`INSERT INTO trader (id, display_name, status, created_at, updated_at) VALUES ('t1', 'Shop', 'active', ${now}, ${now})`);
  for (let i = 1; i <= 8; i++) {
    await db.execute(sql`INSERT INTO listing (id, trader_id, source_version, version, title, description, category_path, image_urls, language, visibility, content_hash, created_at, updated_at)
      VALUES (${`l${i}`}, 't1', 1, 1, ${`Listing ${i}`}, 'text', '["Home"]'::jsonb, '[]'::jsonb, 'en', 'visible', ${`h${i}`}, ${now}, ${now})`);
  }
  // Before the batch: an open standard case on l2, a closed case on l3, an open case on l4 known later.
  await feedCase(db, clock, actor, { subject: { kind: 'listing', id: 'l2' }, lane: 'standard', category: null, language: 'de', link: { kind: 'notice', refId: 'n1' }, knowledgeAt: T0 });
  const closed = await feedCase(db, clock, actor, { subject: { kind: 'listing', id: 'l3' }, lane: 'standard', category: null, language: null, link: { kind: 'notice', refId: 'n2' }, knowledgeAt: null });
  await db.execute(sql`UPDATE moderation_case SET status = 'closed', closed_at = ${T0.toISOString()} WHERE id = ${closed.caseId}`);
  await feedCase(db, clock, actor, { subject: { kind: 'listing', id: 'l4' }, lane: 'detection', category: null, language: null, link: { kind: 'detection', refId: 's0' },
    knowledgeAt: new Date(T0.getTime() + 3_600_000), dueAt: new Date(T0.getTime() + 86_400_000) });
  clock.advance(60_000);
}

/** Everything the feeds wrote, with case ids replaced by their subject and status (ids are random). */
async function dump(db: Db): Promise<unknown> {
  const rows = async (q: ReturnType<typeof sql>) => ((await db.execute(q)) as unknown as { rows: Record<string, unknown>[] }).rows;
  return {
    cases: await rows(sql`SELECT subject_kind, subject_id, status, queue, priority, category, language, opened_at, knowledge_at, due_at, clocks FROM moderation_case ORDER BY subject_kind, subject_id, opened_at, status`),
    links: await rows(sql`SELECT c.subject_kind, c.subject_id, c.status, l.kind, l.ref_id, l.added_at FROM case_link l JOIN moderation_case c ON c.id = l.case_id ORDER BY 1, 2, 3, 4, 5`),
    snapshots: await rows(sql`SELECT sha256, item_kind, item_id, content, taken_at FROM item_snapshot ORDER BY sha256`),
    outbox: await rows(sql`SELECT topic, subject_type, subject_id, subject_seq, payload, status FROM outbox ORDER BY subject_type, subject_id, subject_seq`),
  };
}

async function caseNames(db: Db): Promise<Map<string, string>> {
  const r = ((await db.execute(sql`SELECT id, subject_kind, subject_id, status FROM moderation_case`)) as unknown as { rows: { id: string; subject_kind: string; subject_id: string; status: string }[] }).rows;
  return new Map(r.map((c) => [c.id, `${c.subject_kind}:${c.subject_id}:${c.status}`]));
}

/** Case ids (also inside payloads such as case_id) replaced by the case's subject. */
const named = (x: unknown, names: Map<string, string>): unknown => JSON.parse(JSON.stringify(x), (_k, v: unknown) => (typeof v === 'string' && names.has(v) ? names.get(v) : v));

const feeds: CaseFeed[] = [
  { subject: { kind: 'listing', id: 'l1' }, lane: 'detection', category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', language: 'en', link: { kind: 'detection', refId: 's1' }, knowledgeAt: T0 },
  { subject: { kind: 'listing', id: 'l2' }, lane: 'detection', category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', language: 'en', link: { kind: 'detection', refId: 's2' }, knowledgeAt: T0 },
  { subject: { kind: 'listing', id: 'l1' }, lane: 'authority', category: null, language: null, link: { kind: 'order', refId: 'o1' }, knowledgeAt: new Date(T0.getTime() - 1000), dueAt: new Date(T0.getTime() + 7_200_000) },
  { subject: { kind: 'listing', id: 'l3' }, lane: 'detection', category: null, language: null, link: { kind: 'detection', refId: 's3' }, knowledgeAt: T0 },
  { subject: { kind: 'listing', id: 'l4' }, lane: 'standard', category: null, language: 'fr', link: { kind: 'notice', refId: 'n4' }, knowledgeAt: T0, dueAt: new Date(T0.getTime() + 3_600_000) },
  { subject: { kind: 'listing', id: 'l4' }, lane: 'standard', category: null, language: 'fr', link: { kind: 'notice', refId: 'n4' }, knowledgeAt: null },
  { subject: { kind: 'url', id: 'https://elsewhere.example/x' }, lane: 'standard', category: null, language: null, link: { kind: 'notice', refId: 'n5' }, knowledgeAt: null },
  { subject: { kind: 'listing', id: 'missing' }, lane: 'detection', category: null, language: null, link: { kind: 'detection', refId: 's6' }, knowledgeAt: T0 },
];

const rule = (id: string, action: ScreenVerdict): FiredRule => ({
  id, version: 1, category: 'medicine', action, declaredAction: action, shadow: false, score: 0.9,
  legalGround: { requirement: 'DET-1', sorCategory: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', sorKeyword: 'KEYWORD_PROHIBITED_PRODUCTS' },
} as FiredRule);
const result = (id: string, verdict: ScreenVerdict): ScreenResult => ({
  id, verdict, score: 0.9, categories: verdict === 'allow' ? [] : ['medicine'],
  signals: [{ kind: 'term', rule: `r-${verdict}`, category: 'medicine', evidence: 'x', span: { field: 'title', start: 0, end: 1 }, transforms: [] }],
  rules: verdict === 'allow' ? [] : [rule(`r-${verdict}`, verdict)], shadow: verdict === 'review' ? [rule('r-shadow', 'block')] : [], degraded: [], versions: { rules: 'rs-test' },
} as unknown as ScreenResult);
const items: RouteItem[] = [
  { result: result('l1', 'review'), screeningId: '00000000-0000-4000-8000-000000000001', listingVersion: 1, language: 'en' },
  { result: result('l5', 'allow'), screeningId: '00000000-0000-4000-8000-000000000002', listingVersion: 1, language: 'en' },
  { result: result('l2', 'block'), screeningId: '00000000-0000-4000-8000-000000000003', listingVersion: 1, language: 'de' },
  { result: result('l6', 'age_restrict'), screeningId: '00000000-0000-4000-8000-000000000004', listingVersion: 1, language: null },
  { result: result('l4', 'review'), screeningId: '00000000-0000-4000-8000-000000000005', listingVersion: 1, language: 'fr' },
  { result: result('l7', 'block'), screeningId: '00000000-0000-4000-8000-000000000006', listingVersion: 1, language: 'en' },
];

describe.each(ENGINES)('batched case feeds on %s', (engine) => {
  let one: TestStore;
  let many: TestStore;
  beforeAll(async () => {
    [one, many] = await Promise.all([openTestStore(engine), openTestStore(engine)]);
  }, 120_000);
  afterAll(async () => {
    await one?.close();
    await many?.close();
  });

  it('feedCasesBulk writes the rows and events of feedCase called once per feed', async () => {
    const clockOne = new ManualClock(T0);
    const clockMany = new ManualClock(T0);
    const seq = await one.db.transaction(async (tx) => {
      await seed(tx, clockOne);
      const out: CaseFeedResult[] = [];
      for (const f of feeds) out.push(await feedCase(tx, clockOne, actor, f));
      return out;
    });
    const bulk = await many.db.transaction(async (tx) => {
      await seed(tx, clockMany);
      return feedCasesBulk(tx, clockMany, actor, feeds);
    });
    const [namesOne, namesMany] = [await caseNames(one.db), await caseNames(many.db)];
    expect(named(bulk, namesMany)).toEqual(named(seq, namesOne));
    expect(await dump(many.db)).toEqual(await dump(one.db));
    expect(bulk.filter((r) => r.opened).length).toBe(4); // l1, l3 (its case was closed), the url, the missing listing; l2 and l4 join
  });

  it('routeResults routes a batch as routeResult does one result at a time', async () => {
    for (const s of [one, many]) await s.db.execute(sql`TRUNCATE case_link, item_snapshot, outbox, outbox_subject_seq, moderation_case, listing, trader CASCADE`);
    const blocksOne: AutoBlock[] = [];
    const blocksMany: AutoBlock[] = [];
    const clockOne = new ManualClock(T0);
    const clockMany = new ManualClock(T0);
    const seq = await one.db.transaction(async (tx) => {
      await seed(tx, clockOne);
      const out: Routed[] = [];
      for (const x of items) out.push(await routeResult(tx, clockOne, actor, { onAutoBlock: async (_tx, b) => { blocksOne.push(b); } }, x));
      return out;
    });
    const bulk = await many.db.transaction(async (tx) => {
      await seed(tx, clockMany);
      return routeResults(tx, clockMany, actor, { onAutoBlock: async (_tx, b) => { blocksMany.push(b); } }, items);
    });
    const [namesOne, namesMany] = [await caseNames(one.db), await caseNames(many.db)];
    expect(named(bulk, namesMany)).toEqual(named(seq, namesOne));
    expect(named(blocksMany, namesMany)).toEqual(named(blocksOne, namesOne));
    expect(named(await dump(many.db), namesMany)).toEqual(named(await dump(one.db), namesOne));
    expect(bulk.map((r) => r.routed)).toEqual(['case', 'none', 'restricted', 'age_restricted', 'case', 'restricted']);
    const events = (rs: Routed[]): NewEvent['type'][] => rs.flatMap((r) => r.events.map((e) => e.type));
    expect(events(bulk)).toEqual(['case.opened', 'case.linked', 'case.linked', 'case.linked', 'case.opened', 'case.linked']);
  });
});
