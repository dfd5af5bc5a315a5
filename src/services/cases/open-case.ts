/**
 * One open case per subject (the partial unique index guarantees it even under concurrent
 * notices): a new notice, detection hit or order on the same item joins the open case instead of
 * creating another, so duplicates are grouped, not lost.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import type { Actor, NewEvent } from '../../core/events.js';
import type { Lane } from '../../core/notices/routing.js';
import { routeCase } from '../../core/notices/routing.js';
import type { Db } from '../../store/database.js';
import { isoMs } from '../../store/ledger.js';
import { caseLink, moderationCase } from '../../store/schema/index.js';
import { snapshotItem } from './snapshots.js';

export interface CaseFeed {
  subject: { kind: string; id: string };
  lane: Lane;
  category: string | null;
  language: string | null;
  flaggerExpertise?: string[];
  link: { kind: 'notice' | 'detection' | 'order'; refId: string };
  knowledgeAt: Date | null;
  dueAt?: Date | null;
}

export interface CaseFeedResult {
  caseId: string;
  opened: boolean;
  events: NewEvent[];
}

export async function feedCase(tx: Db, clock: Clock, actor: Actor, f: CaseFeed): Promise<CaseFeedResult> {
  const now = clock.now();
  const route = routeCase({ lane: f.lane, category: f.category, language: f.language, flaggerExpertise: f.flaggerExpertise });
  const events: NewEvent[] = [];
  let [open] = await tx.select().from(moderationCase)
    .where(and(eq(moderationCase.subjectKind, f.subject.kind), eq(moderationCase.subjectId, f.subject.id), ne(moderationCase.status, 'closed'))).for('update');
  let opened = false;
  if (!open) {
    const id = randomUUID();
    const inserted = await tx.insert(moderationCase).values({
      id, subjectKind: f.subject.kind, subjectId: f.subject.id, status: 'open', queue: route.queue, priority: route.priority, category: f.category,
      language: f.language, openedAt: now, knowledgeAt: f.knowledgeAt, dueAt: f.dueAt ?? null, clocks: [],
    }).onConflictDoNothing().returning({ id: moderationCase.id });
    if (inserted.length === 0) {
      // Another transaction opened it a moment ago: join that one.
      [open] = await tx.select().from(moderationCase)
        .where(and(eq(moderationCase.subjectKind, f.subject.kind), eq(moderationCase.subjectId, f.subject.id), ne(moderationCase.status, 'closed'))).for('update');
    } else {
      opened = true;
      const snapshot = f.subject.kind === 'url' ? null : await snapshotItem(tx, clock, f.subject.kind, f.subject.id);
      events.push({
        type: 'case.opened', subject: { type: 'case', id }, actor,
        payload: { subject_kind: f.subject.kind, subject_id: f.subject.id, lane: f.lane, queue: route.queue, priority: route.priority, knowledge_at: f.knowledgeAt ? isoMs(f.knowledgeAt) : null, snapshot },
      });
      open = { id } as typeof open;
    }
  }
  const caseId = open!.id;
  if (!opened) {
    // A more urgent feed (a trusted flagger, an order) moves the whole case up; knowledge is the earliest.
    await tx.update(moderationCase).set({
      priority: sql`LEAST(${moderationCase.priority}, ${route.priority})`,
      queue: sql`CASE WHEN ${route.priority} < ${moderationCase.priority} THEN ${route.queue} ELSE ${moderationCase.queue} END`,
      knowledgeAt: f.knowledgeAt ? sql`LEAST(COALESCE(${moderationCase.knowledgeAt}, ${f.knowledgeAt}), ${f.knowledgeAt})` : moderationCase.knowledgeAt,
      dueAt: f.dueAt ? sql`LEAST(COALESCE(${moderationCase.dueAt}, ${f.dueAt}), ${f.dueAt})` : moderationCase.dueAt,
    }).where(eq(moderationCase.id, caseId));
  }
  await tx.insert(caseLink).values({ caseId, kind: f.link.kind, refId: f.link.refId, addedAt: now }).onConflictDoNothing();
  events.push({ type: 'case.linked', subject: { type: 'case', id: caseId }, actor, payload: { kind: f.link.kind, ref_id: f.link.refId, knowledge_at: f.knowledgeAt ? isoMs(f.knowledgeAt) : null } });
  return { caseId, opened, events };
}
