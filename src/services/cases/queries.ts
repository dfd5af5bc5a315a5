/** Queue and case views: what a reviewer needs to decide, in one read. */
import { and, asc, desc, eq, gt, inArray, ne, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../store/database.js';
import { isoMs } from '../../store/ledger.js';
import { caseLink, decision, itemSnapshot, moderationCase, notice } from '../../store/schema/index.js';
import { getListing, getTrader } from '../catalog/queries.js';
import { decodeCursor, encodeCursor, type Page } from '../pagination.js';

const present = (c: typeof moderationCase.$inferSelect) => ({
  id: c.id, subject: { kind: c.subjectKind, id: c.subjectId }, status: c.status, queue: c.queue, priority: c.priority, category: c.category,
  language: c.language, opened_at: isoMs(c.openedAt), knowledge_at: c.knowledgeAt ? isoMs(c.knowledgeAt) : null, due_at: c.dueAt ? isoMs(c.dueAt) : null,
  claimed_by: c.claimedBy, claim_expires_at: c.claimExpiresAt ? isoMs(c.claimExpiresAt) : null, closed_at: c.closedAt ? isoMs(c.closedAt) : null,
});

/** Open cases, most urgent first (priority, then due date, then age); cursor = offset key. */
export async function listCases(db: Db, f: { queue?: string; status?: string; cursor?: string; limit?: number }): Promise<Page<ReturnType<typeof present>>> {
  const limit = f.limit ?? 50;
  const after = decodeCursor<string>(f.cursor, 'string');
  const where: SQL[] = [];
  if (f.queue) where.push(eq(moderationCase.queue, f.queue));
  where.push(f.status ? eq(moderationCase.status, f.status) : ne(moderationCase.status, 'closed'));
  if (after) {
    const [p, o, id] = after.split('|');
    const pr = Number(p);
    where.push(or(gt(moderationCase.priority, pr), and(eq(moderationCase.priority, pr), gt(moderationCase.openedAt, new Date(o!))),
      and(eq(moderationCase.priority, pr), eq(moderationCase.openedAt, new Date(o!)), gt(moderationCase.id, id!))) as SQL);
  }
  const rows = await db.select().from(moderationCase).where(and(...where)).orderBy(asc(moderationCase.priority), asc(moderationCase.openedAt), asc(moderationCase.id)).limit(limit + 1);
  const more = rows.length > limit;
  const items = (more ? rows.slice(0, limit) : rows);
  const last = items[items.length - 1];
  return { items: items.map(present), next_cursor: more && last ? encodeCursor(`${last.priority}|${last.openedAt.toISOString()}|${last.id}`) : null };
}

export async function getCase(db: Db, id: string) {
  const [c] = await db.select().from(moderationCase).where(eq(moderationCase.id, id));
  if (!c) return null;
  const links = await db.select().from(caseLink).where(eq(caseLink.caseId, id)).orderBy(asc(caseLink.addedAt));
  const noticeIds = links.filter((l) => l.kind === 'notice').map((l) => l.refId);
  const notices = noticeIds.length ? await db.select().from(notice).where(inArray(notice.id, noticeIds)) : [];
  const snapshots = await db.select().from(itemSnapshot).where(and(eq(itemSnapshot.itemKind, c.subjectKind), eq(itemSnapshot.itemId, c.subjectId))).orderBy(desc(itemSnapshot.takenAt));
  const decisions = await db.select().from(decision).where(eq(decision.caseId, id)).orderBy(asc(decision.decidedAt));
  const listing = c.subjectKind === 'listing' ? await getListing(db, c.subjectId) : null;
  const trader = listing ? await getTrader(db, listing.trader_id) : null;
  return {
    ...present(c),
    item: listing,
    trader,
    snapshots: snapshots.map((s) => ({ sha256: s.sha256, taken_at: isoMs(s.takenAt), content: s.content })),
    links: links.map((l) => ({ kind: l.kind, ref_id: l.refId, added_at: isoMs(l.addedAt) })),
    notices: notices.map((n) => ({
      id: n.id, source_type: n.sourceType, trusted_flagger_id: n.trustedFlaggerId, category: n.category, keyword: n.keyword, explanation: n.explanation,
      received_at: isoMs(n.receivedAt), language: n.language, member_states: n.memberStates, legal_ground: n.legalGround,
    })),
    decisions: decisions.map((d) => ({
      id: d.id, action: d.action, ground: d.ground, category: d.category, decided_at: isoMs(d.decidedAt), status: d.status,
      decided_by: d.decidedBy, second_reviewer: d.secondReviewer,
      // TC-4: why the second reviewer sent a severe decision back, for the reviewer who proposed it.
      rejection: (d.facts as { rejection?: { by: string; at: string; reason: string } }).rejection ?? null,
    })),
  };
}
