/**
 * `feedCase` for many feeds in one transaction, with the same result as calling it once per feed
 * in order: one open case per subject (the partial unique index still decides races), priority and
 * queue move up to the most urgent feed, knowledge and due dates are the earliest. The open cases
 * are read and locked in one statement, in subject order (so two batches never wait on each other
 * in a cycle), the case rows are updated only when a feed changes them, and the links are one
 * multi-row insert.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import type { Actor, NewEvent } from '../../core/events.js';
import { routeCase } from '../../core/notices/routing.js';
import { bulkInsertSql } from '../../store/bulk.js';
import type { Db } from '../../store/database.js';
import { isoMs } from '../../store/ledger.js';
import { caseLink, moderationCase } from '../../store/schema/index.js';
import type { CaseFeed, CaseFeedResult } from './open-case.js';
import { snapshotItem } from './snapshots.js';

type CaseRow = typeof moderationCase.$inferSelect;
const keyOf = (s: { kind: string; id: string }) => `${s.kind}\u0000${s.id}`;
const earliest = (a: Date | null, b: Date | null | undefined): Date | null => (b ? (a && a.getTime() <= b.getTime() ? a : b) : a);

async function lockOpen(tx: Db, subjects: { kind: string; id: string }[]): Promise<CaseRow[]> {
  if (subjects.length === 0) return [];
  const pairs = sql.join(subjects.map((s) => sql`(${s.kind}, ${s.id})`), sql`, `);
  return tx.select().from(moderationCase)
    .where(and(ne(moderationCase.status, 'closed'), sql`(${moderationCase.subjectKind}, ${moderationCase.subjectId}) IN (${pairs})`))
    .orderBy(moderationCase.subjectKind, moderationCase.subjectId)
    .for('update');
}

export async function feedCaseBatch(tx: Db, clock: Clock, feeds: { actor: Actor; feed: CaseFeed }[]): Promise<CaseFeedResult[]> {
  const { results, links } = await planCaseFeeds(tx, clock, feeds);
  if (links.length > 0) await tx.insert(caseLink).values(links).onConflictDoNothing();
  return results;
}

export type CaseLinkRow = typeof caseLink.$inferInsert;

/** `feedCaseBatch` without the last step: the case links are returned for the caller to insert with its own rows (`caseLinkInsert`). */
export async function planCaseFeeds(tx: Db, clock: Clock, feeds: { actor: Actor; feed: CaseFeed }[]): Promise<{ results: CaseFeedResult[]; links: CaseLinkRow[] }> {
  if (feeds.length === 0) return { results: [], links: [] };
  const now = clock.now();
  const subjects = [...new Map(feeds.map(({ feed }) => [keyOf(feed.subject), feed.subject])).entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, s]) => s);
  const open = new Map<string, CaseRow>();
  for (const row of await lockOpen(tx, subjects)) open.set(keyOf({ kind: row.subjectKind, id: row.subjectId }), row);

  const before = new Map<string, CaseRow>();
  const state = new Map<string, CaseRow>();
  for (const [k, row] of open) {
    before.set(k, row);
    state.set(k, { ...row });
  }
  // Cases to open, in subject order like the locks above; the first feed of a subject opens it.
  const openers = new Map<number, NewEvent>();
  for (const s of subjects) {
    const k = keyOf(s);
    if (state.has(k)) continue;
    const i = feeds.findIndex(({ feed }) => keyOf(feed.subject) === k);
    const { actor, feed: f } = feeds[i]!;
    const route = routeCase({ lane: f.lane, category: f.category, language: f.language, flaggerExpertise: f.flaggerExpertise });
    const id = randomUUID();
    const inserted = await tx.insert(moderationCase).values({
      id, subjectKind: f.subject.kind, subjectId: f.subject.id, status: 'open', queue: route.queue, priority: route.priority, category: f.category,
      language: f.language, openedAt: now, knowledgeAt: f.knowledgeAt, dueAt: f.dueAt ?? null, clocks: [],
    }).onConflictDoNothing().returning();
    let row = inserted[0];
    if (!row) {
      // Another transaction opened it a moment ago: join that one.
      [row] = await tx.select().from(moderationCase)
        .where(and(eq(moderationCase.subjectKind, f.subject.kind), eq(moderationCase.subjectId, f.subject.id), ne(moderationCase.status, 'closed'))).for('update');
    } else {
      const snapshot = f.subject.kind === 'url' ? null : await snapshotItem(tx, clock, f.subject.kind, f.subject.id);
      openers.set(i, {
        type: 'case.opened', subject: { type: 'case', id }, actor,
        payload: { subject_kind: f.subject.kind, subject_id: f.subject.id, lane: f.lane, queue: route.queue, priority: route.priority, knowledge_at: f.knowledgeAt ? isoMs(f.knowledgeAt) : null, snapshot },
      });
    }
    before.set(k, row!);
    state.set(k, { ...row! });
  }

  const results: CaseFeedResult[] = [];
  for (const [i, { actor, feed: f }] of feeds.entries()) {
    const cur = state.get(keyOf(f.subject))!;
    const route = routeCase({ lane: f.lane, category: f.category, language: f.language, flaggerExpertise: f.flaggerExpertise });
    const events: NewEvent[] = [];
    const opening = openers.get(i);
    const opened = opening !== undefined;
    if (opening) events.push(opening);
    if (!opened) {
      // A more urgent feed (a trusted flagger, an order) moves the whole case up; knowledge is the earliest.
      if (route.priority < cur.priority) cur.queue = route.queue;
      cur.priority = Math.min(cur.priority, route.priority);
      cur.knowledgeAt = earliest(cur.knowledgeAt, f.knowledgeAt);
      cur.dueAt = earliest(cur.dueAt, f.dueAt);
    }
    events.push({ type: 'case.linked', subject: { type: 'case', id: cur.id }, actor, payload: { kind: f.link.kind, ref_id: f.link.refId, knowledge_at: f.knowledgeAt ? isoMs(f.knowledgeAt) : null } });
    results.push({ caseId: cur.id, opened, events });
  }
  const ms = (d: Date | null) => d?.getTime() ?? null;
  for (const [k, cur] of state) {
    const was = before.get(k)!;
    if (cur.priority !== was.priority || cur.queue !== was.queue || ms(cur.knowledgeAt) !== ms(was.knowledgeAt) || ms(cur.dueAt) !== ms(was.dueAt)) {
      await tx.update(moderationCase).set({ priority: cur.priority, queue: cur.queue, knowledgeAt: cur.knowledgeAt, dueAt: cur.dueAt }).where(eq(moderationCase.id, cur.id));
    }
  }
  return { results, links: feeds.map(({ feed }, i) => ({ caseId: results[i]!.caseId, kind: feed.link.kind, refId: feed.link.refId, addedAt: now })) };
}

/** The case links as one insert for `insertTogether` (links already there are kept). */
export const caseLinkInsert = (links: CaseLinkRow[]): SQL => bulkInsertSql<CaseLinkRow>('case_link', [
  { name: 'case_id', type: 'uuid', get: (r) => r.caseId },
  { name: 'kind', type: 'text', get: (r) => r.kind },
  { name: 'ref_id', type: 'text', get: (r) => r.refId },
  { name: 'added_at', type: 'timestamptz', get: (r) => r.addedAt },
], links, sql`ON CONFLICT DO NOTHING`);
