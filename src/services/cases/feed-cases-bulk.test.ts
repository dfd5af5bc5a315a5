/** The bulk case feed (notices' plan + link insert) gives what feedCase gives when called once per feed, in order. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/clock.js';
import { SYSTEM_ACTOR, type NewEvent } from '../../core/events.js';
import type { Store } from '../../store/database.js';
import { ENGINES, openTestStore } from '../../../test/support/db.js';
import { caseLinkInsert, planCaseFeedsBulk } from './feed-cases-bulk.js';
import { feedCase, type CaseFeed } from './open-case.js';

const t = (iso: string) => new Date(`2026-05-0${iso}Z`);
const IP = 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS';
const feed = (id: string, over: Partial<CaseFeed>): CaseFeed => ({
  subject: { kind: 'url', id }, lane: 'standard', category: null, language: 'en', link: { kind: 'notice', refId: `N-${Math.random()}` }, knowledgeAt: null, ...over,
});

describe.each(ENGINES)('planCaseFeedsBulk on %s', (engine) => {
  let one: Store;
  let batch: Store;
  const clock = new ManualClock(t('4T10:00:00'));
  beforeAll(async () => {
    one = await openTestStore(engine);
    batch = await openTestStore(engine);
    // A case already open on X in both.
    for (const s of [one, batch]) await s.db.transaction((tx) => feedCase(tx, clock, SYSTEM_ACTOR, feed('https://x.example/a', { knowledgeAt: t('3T09:00:00') })));
  });
  afterAll(async () => {
    await one?.close();
    await batch?.close();
  });

  it('opens, joins, raises priority and keeps the earliest knowledge and due dates exactly as one-by-one feeding does', async () => {
    const feeds = [
      feed('https://x.example/a', { knowledgeAt: t('4T09:00:00') }),
      feed('https://y.example/b', { lane: 'trusted_flagger', category: IP, flaggerExpertise: [IP], knowledgeAt: t('4T08:00:00') }),
      feed('https://x.example/a', { lane: 'trusted_flagger', category: IP, flaggerExpertise: [IP], knowledgeAt: t('2T08:00:00') }),
      feed('https://y.example/b', { lane: 'authority', dueAt: t('6T12:00:00'), link: { kind: 'order', refId: 'O-1' } }),
      feed('https://z.example/c', { lane: 'trusted_flagger', category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', flaggerExpertise: [IP] }),
      feed('https://y.example/b', { knowledgeAt: t('5T08:00:00'), dueAt: t('7T12:00:00') }),
    ];
    const sequential = await one.db.transaction(async (tx) => {
      const out = [];
      for (const f of feeds) out.push(await feedCase(tx, clock, SYSTEM_ACTOR, f));
      return out;
    });
    const batched = await batch.db.transaction(async (tx) => {
      const planned = await planCaseFeedsBulk(tx, clock, feeds.map((f) => ({ actor: SYSTEM_ACTOR, feed: f })));
      await tx.execute(caseLinkInsert(planned.links));
      return planned.results;
    });

    const shape = (events: NewEvent[]) => events.map((e) => ({ type: e.type, payload: { ...(e.payload as object), snapshot: undefined } }));
    expect(batched.map((r) => ({ opened: r.opened, events: shape(r.events) }))).toEqual(sequential.map((r) => ({ opened: r.opened, events: shape(r.events) })));
    // The same case for the same subject within the batch.
    expect(batched[0]!.caseId).toBe(batched[2]!.caseId);
    expect(batched[1]!.caseId).toBe(batched[3]!.caseId);

    type Row = { subject_id: string; status: string; queue: string; priority: number; knowledge_at: unknown; due_at: unknown; links: number };
    const rows = async (s: Store) => (await s.query<Row>(
      `SELECT subject_id, status, queue, priority, knowledge_at, due_at, (SELECT count(*)::int FROM case_link l WHERE l.case_id = c.id) AS links
         FROM moderation_case c ORDER BY subject_id`)).rows.map((r) => ({ ...r, knowledge_at: String(r.knowledge_at), due_at: String(r.due_at) }));
    const got = await rows(batch);
    expect(got).toEqual(await rows(one));
    expect(got.find((r) => r.subject_id === 'https://x.example/a')).toMatchObject({ queue: 'trusted_flagger', priority: 20, links: 3 });
  });
});
