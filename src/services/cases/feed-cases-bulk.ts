/**
 * `feedCase` for the many feeds of one import batch or one group of notices, in a fixed number of statements however many
 * feeds there are: the open cases of every subject are read and locked in one statement (in subject
 * order, so two batches never wait on each other in a cycle), the missing cases are one multi-row
 * insert, their listing snapshots one read and one insert, the joined cases one update, the links
 * one insert. The result — rows, ids handed back, events and their order — is what calling
 * `feedCase` once per feed, in order, gives (a test compares the two); the partial unique index on
 * open cases still decides races with other transactions.
 */
import { createHash, randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';
import { inArray, sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import type { Actor, NewEvent } from '../../core/events.js';
import { routeCase } from '../../core/notices/routing.js';
import { bulkInsert, bulkInsertSql, type BulkColumn } from '../../store/bulk.js';
import type { Db } from '../../store/database.js';
import { isoMs } from '../../store/ledger.js';
import { listing } from '../../store/schema/index.js';
import { presentListing } from '../catalog/presenters.js';
import type { CaseFeed, CaseFeedResult } from './open-case.js';
import { snapshotItem } from './snapshots.js';

interface OpenCase {
  id: string;
  subjectKind: string;
  subjectId: string;
  queue: string;
  priority: number;
  knowledgeAt: Date | null;
  dueAt: Date | null;
}

interface NewCase extends OpenCase {
  category: string | null;
  language: string | null;
  openedAt: Date;
}

const keyOf = (kind: string, id: string): string => `${kind}\u0000${id}`;
const earliest = (a: Date | null, b: Date | null | undefined): Date | null => (b ? (a && a.getTime() <= b.getTime() ? a : b) : a);
const toDate = (v: unknown): Date | null => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));

async function rowsOf<T>(tx: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await tx.execute(query)) as unknown as { rows: T[] }).rows;
}

interface CaseRecord { id: string; subject_kind: string; subject_id: string; queue: string; priority: number; knowledge_at: unknown; due_at: unknown }
const fromRecord = (r: CaseRecord): OpenCase => ({
  id: r.id, subjectKind: r.subject_kind, subjectId: r.subject_id, queue: r.queue, priority: Number(r.priority), knowledgeAt: toDate(r.knowledge_at), dueAt: toDate(r.due_at),
});

/** Open cases of these subjects, locked, in subject order. */
async function lockOpen(tx: Db, subjects: { kind: string; id: string }[]): Promise<OpenCase[]> {
  if (subjects.length === 0) return [];
  const rows = await rowsOf<CaseRecord>(tx, sql`SELECT id, subject_kind, subject_id, queue, priority, knowledge_at, due_at FROM moderation_case
    WHERE status <> 'closed' AND (subject_kind, subject_id) IN (SELECT k, i FROM unnest(${sql.param(subjects.map((s) => s.kind))}::text[], ${sql.param(subjects.map((s) => s.id))}::text[]) AS s(k, i))
    ORDER BY subject_kind, subject_id FOR UPDATE`);
  return rows.map(fromRecord);
}

const CASE_COLUMNS: BulkColumn<NewCase>[] = [
  { name: 'id', type: 'uuid', get: (c) => c.id },
  { name: 'subject_kind', type: 'text', get: (c) => c.subjectKind },
  { name: 'subject_id', type: 'text', get: (c) => c.subjectId },
  { name: 'status', type: 'text', get: () => 'open' },
  { name: 'queue', type: 'text', get: (c) => c.queue },
  { name: 'priority', type: 'int', get: (c) => c.priority },
  { name: 'category', type: 'text', get: (c) => c.category },
  { name: 'language', type: 'text', get: (c) => c.language },
  { name: 'opened_at', type: 'timestamptz', get: (c) => c.openedAt },
  { name: 'knowledge_at', type: 'timestamptz', get: (c) => c.knowledgeAt },
  { name: 'due_at', type: 'timestamptz', get: (c) => c.dueAt },
  { name: 'clocks', type: 'jsonb', get: () => [] },
];

/** Inserts the new cases; returns the ids that went in (a case opened meanwhile by another transaction does not). */
async function insertCases(tx: Db, cases: NewCase[]): Promise<Set<string>> {
  if (cases.length === 0) return new Set();
  const names = CASE_COLUMNS.map((c) => `"${c.name}"`).join(', ');
  const selects = CASE_COLUMNS.map((c) => (c.type === 'jsonb' ? `"${c.name}"::jsonb` : `"${c.name}"`)).join(', ');
  const arrays = sql.join(CASE_COLUMNS.map((c) => {
    const values = cases.map((r) => {
      const v = c.get(r);
      return v === null || v === undefined ? null : c.type === 'jsonb' ? JSON.stringify(v) : v instanceof Date ? v.toISOString() : v;
    });
    return sql`${sql.param(values)}::${sql.raw(c.type === 'jsonb' ? 'text' : c.type)}[]`;
  }), sql`, `);
  const rows = await rowsOf<{ id: string }>(tx, sql`INSERT INTO moderation_case (${sql.raw(names)}) SELECT ${sql.raw(selects)} FROM unnest(${arrays}) AS t(${sql.raw(names)})
    ON CONFLICT DO NOTHING RETURNING id`);
  return new Set(rows.map((r) => r.id));
}

/**
 * `snapshotItem` for many listings: one read, one insert, the same content and hash. Other kinds
 * of subject (rare in a batch) go one at a time.
 */
async function snapshotSubjects(tx: Db, clock: Clock, subjects: { kind: string; id: string }[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  const listingIds = subjects.filter((s) => s.kind === 'listing').map((s) => s.id);
  if (listingIds.length) {
    const rows = new Map((await tx.select().from(listing).where(inArray(listing.id, listingIds))).map((r) => [r.id, r]));
    const snaps: { sha256: string; itemKind: string; itemId: string; content: unknown; takenAt: Date }[] = [];
    for (const id of listingIds) {
      const row = rows.get(id);
      if (!row) { out.set(keyOf('listing', id), null); continue; }
      const { created_at: _c, updated_at: _u, ...visible } = presentListing(row) as Record<string, unknown>;
      const body = canonicalize({ kind: 'listing', id, content: visible }) ?? '';
      const sha256 = createHash('sha256').update(body).digest('hex');
      snaps.push({ sha256, itemKind: 'listing', itemId: id, content: visible, takenAt: clock.now() });
      out.set(keyOf('listing', id), sha256);
    }
    await bulkInsert(tx, 'item_snapshot', SNAPSHOT_COLUMNS, snaps, sql`ON CONFLICT DO NOTHING`);
  }
  for (const s of subjects) {
    if (s.kind === 'listing') continue;
    out.set(keyOf(s.kind, s.id), s.kind === 'url' ? null : await snapshotItem(tx, clock, s.kind, s.id));
  }
  return out;
}

const SNAPSHOT_COLUMNS: BulkColumn<{ sha256: string; itemKind: string; itemId: string; content: unknown; takenAt: Date }>[] = [
  { name: 'sha256', type: 'text', get: (s) => s.sha256 },
  { name: 'item_kind', type: 'text', get: (s) => s.itemKind },
  { name: 'item_id', type: 'text', get: (s) => s.itemId },
  { name: 'content', type: 'jsonb', get: (s) => s.content },
  { name: 'taken_at', type: 'timestamptz', get: (s) => s.takenAt },
];

const LINK_COLUMNS: BulkColumn<CaseLinkRow>[] = [
  { name: 'case_id', type: 'uuid', get: (l) => l.caseId },
  { name: 'kind', type: 'text', get: (l) => l.kind },
  { name: 'ref_id', type: 'text', get: (l) => l.refId },
  { name: 'added_at', type: 'timestamptz', get: (l) => l.addedAt },
];

/** One feed and who caused it (an import batch has one actor, a batch of notices one per notice). */
export interface ActorFeed { actor: Actor; feed: CaseFeed }
export type CaseLinkRow = { caseId: string; kind: string; refId: string; addedAt: Date };

/** `feedCase` for many feeds in a fixed number of statements. */
export async function feedCasesBulk(tx: Db, clock: Clock, actor: Actor, feeds: readonly CaseFeed[]): Promise<CaseFeedResult[]> {
  const { results, links } = await planCaseFeedsBulk(tx, clock, feeds.map((feed) => ({ actor, feed })));
  await bulkInsert(tx, 'case_link', LINK_COLUMNS, links, sql`ON CONFLICT DO NOTHING`);
  return results;
}

/** The case links of a plan as one statement, for callers that send it together with their own rows (`insertTogether`). */
export const caseLinkInsert = (links: readonly CaseLinkRow[]) => bulkInsertSql<CaseLinkRow>('case_link', LINK_COLUMNS, [...links], sql`ON CONFLICT DO NOTHING`);

/**
 * `feedCasesBulk` without its last step: cases are opened, joined and updated, and the links are
 * returned for the caller to insert.
 */
export async function planCaseFeedsBulk(tx: Db, clock: Clock, actorFeeds: readonly ActorFeed[]): Promise<{ results: CaseFeedResult[]; links: CaseLinkRow[] }> {
  if (actorFeeds.length === 0) return { results: [], links: [] };
  const feeds = actorFeeds.map((a) => a.feed);
  const now = clock.now();
  const routes = feeds.map((f) => routeCase({ lane: f.lane, category: f.category, language: f.language, flaggerExpertise: f.flaggerExpertise }));
  const firstFeed = new Map<string, number>();
  feeds.forEach((f, i) => { if (!firstFeed.has(keyOf(f.subject.kind, f.subject.id))) firstFeed.set(keyOf(f.subject.kind, f.subject.id), i); });
  const subjects = [...firstFeed.keys()].sort().map((k) => feeds[firstFeed.get(k)!]!.subject);

  const state = new Map<string, OpenCase>();
  const before = new Map<string, OpenCase>();
  for (const c of await lockOpen(tx, subjects)) {
    state.set(keyOf(c.subjectKind, c.subjectId), c);
    before.set(keyOf(c.subjectKind, c.subjectId), { ...c });
  }

  // The first feed of a subject without an open case opens it, as feedCase would.
  const candidates: NewCase[] = [];
  for (const s of subjects) {
    const k = keyOf(s.kind, s.id);
    if (state.has(k)) continue;
    const i = firstFeed.get(k)!;
    const f = feeds[i]!;
    candidates.push({ id: randomUUID(), subjectKind: s.kind, subjectId: s.id, queue: routes[i]!.queue, priority: routes[i]!.priority,
      category: f.category, language: f.language, openedAt: now, knowledgeAt: f.knowledgeAt, dueAt: f.dueAt ?? null });
  }
  const inserted = await insertCases(tx, candidates);
  const opened = candidates.filter((c) => inserted.has(c.id));
  const raced = candidates.filter((c) => !inserted.has(c.id));
  // Another transaction opened some of them a moment ago: join those.
  for (const c of await lockOpen(tx, raced.map((r) => ({ kind: r.subjectKind, id: r.subjectId })))) {
    state.set(keyOf(c.subjectKind, c.subjectId), c);
    before.set(keyOf(c.subjectKind, c.subjectId), { ...c });
  }
  const snapshots = await snapshotSubjects(tx, clock, opened.map((c) => ({ kind: c.subjectKind, id: c.subjectId })));
  const openedBy = new Map<number, NewCase>();
  for (const c of opened) {
    const k = keyOf(c.subjectKind, c.subjectId);
    openedBy.set(firstFeed.get(k)!, c);
    state.set(k, { ...c });
    before.set(k, { ...c });
  }

  const results: CaseFeedResult[] = [];
  const links: CaseLinkRow[] = [];
  const linkKeys = new Set<string>();
  feeds.forEach((f, i) => {
    const { actor } = actorFeeds[i]!;
    const cur = state.get(keyOf(f.subject.kind, f.subject.id))!;
    const route = routes[i]!;
    const events: NewEvent[] = [];
    const opening = openedBy.get(i);
    if (opening) {
      events.push({
        type: 'case.opened', subject: { type: 'case', id: opening.id }, actor,
        payload: { subject_kind: f.subject.kind, subject_id: f.subject.id, lane: f.lane, queue: route.queue, priority: route.priority,
          knowledge_at: f.knowledgeAt ? isoMs(f.knowledgeAt) : null, snapshot: snapshots.get(keyOf(f.subject.kind, f.subject.id)) ?? null },
      });
    } else {
      // A more urgent feed moves the whole case up; knowledge and due dates are the earliest (feedCase's update).
      if (route.priority < cur.priority) cur.queue = route.queue;
      cur.priority = Math.min(cur.priority, route.priority);
      cur.knowledgeAt = earliest(cur.knowledgeAt, f.knowledgeAt);
      cur.dueAt = earliest(cur.dueAt, f.dueAt);
    }
    const linkKey = `${cur.id}\u0000${f.link.kind}\u0000${f.link.refId}`;
    if (!linkKeys.has(linkKey)) { linkKeys.add(linkKey); links.push({ caseId: cur.id, kind: f.link.kind, refId: f.link.refId, addedAt: now }); }
    events.push({ type: 'case.linked', subject: { type: 'case', id: cur.id }, actor, payload: { kind: f.link.kind, ref_id: f.link.refId, knowledge_at: f.knowledgeAt ? isoMs(f.knowledgeAt) : null } });
    results.push({ caseId: cur.id, opened: opening !== undefined, events });
  });

  const ms = (d: Date | null): number | null => d?.getTime() ?? null;
  const changed = [...state.entries()].filter(([k, cur]) => {
    const was = before.get(k)!;
    return cur.priority !== was.priority || cur.queue !== was.queue || ms(cur.knowledgeAt) !== ms(was.knowledgeAt) || ms(cur.dueAt) !== ms(was.dueAt);
  }).map(([, cur]) => cur);
  if (changed.length) {
    await tx.execute(sql`UPDATE moderation_case m SET priority = u.p, queue = u.q, knowledge_at = u.k, due_at = u.d
      FROM unnest(${sql.param(changed.map((c) => c.id))}::uuid[], ${sql.param(changed.map((c) => c.priority))}::int[], ${sql.param(changed.map((c) => c.queue))}::text[],
        ${sql.param(changed.map((c) => c.knowledgeAt?.toISOString() ?? null))}::timestamptz[], ${sql.param(changed.map((c) => c.dueAt?.toISOString() ?? null))}::timestamptz[]) AS u(id, p, q, k, d)
      WHERE m.id = u.id`);
  }
  return { results, links };
}
