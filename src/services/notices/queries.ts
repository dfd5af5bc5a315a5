/** Reading notices: the notifier's own status view (by private token) and the staff views. */
import { timingSafeEqual } from 'node:crypto';
import { and, desc, eq, lt, ne, sql, type SQL } from 'drizzle-orm';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../store/database.js';
import { isoMs } from '../../store/ledger.js';
import { decision, evidenceFile, notice, noticeLocation } from '../../store/schema/index.js';
import { decodeCursor, encodeCursor, type Page } from '../pagination.js';
import { noticeReference, statusToken } from './intake.js';

/** What the notifier may see through the private link: no other party's data. */
export async function noticeStatus(db: Db, secret: Buffer, id: string, token: string) {
  const expected = Buffer.from(statusToken(secret, id));
  const given = Buffer.from(token);
  const [n] = expected.length === given.length && timingSafeEqual(expected, given) ? await db.select().from(notice).where(eq(notice.id, id)) : [];
  // The same answer for an unknown notice and a wrong token reveals nothing.
  if (!n) throw new DomainError('not_found', 'no notice matches this status link');
  const locs = await db.select().from(noticeLocation).where(eq(noticeLocation.noticeId, id));
  // The decisions that answered the notice: the status page links each to the complaint form (Art. 20).
  const decided = n.status === 'decided' ? await db.select({ id: decision.id }).from(decision).where(and(sql`${decision.noticeIds} @> ${JSON.stringify([id])}::jsonb`, ne(decision.status, 'pending_approval'))) : [];
  return {
    decision_ids: decided.map((d) => d.id),
    reference: noticeReference(n.id), received_at: isoMs(n.receivedAt), acknowledged_at: n.acknowledgedAt ? isoMs(n.acknowledgedAt) : null,
    status: n.status, outcome: n.outcome, decided_at: n.decidedAt ? isoMs(n.decidedAt) : null, locations: locs.length, language: n.language,
  };
}

const present = (n: typeof notice.$inferSelect) => ({
  id: n.id, reference: noticeReference(n.id), source_type: n.sourceType, trusted_flagger_id: n.trustedFlaggerId, category: n.category, keyword: n.keyword,
  explanation: n.explanation, notifier: { name: n.notifierName, email: n.notifierEmail }, member_states: n.memberStates, legal_ground: n.legalGround,
  language: n.language, status: n.status, outcome: n.outcome, received_at: isoMs(n.receivedAt), knowledge_at: n.knowledgeAt ? isoMs(n.knowledgeAt) : null,
  acknowledged_at: n.acknowledgedAt ? isoMs(n.acknowledgedAt) : null, decided_at: n.decidedAt ? isoMs(n.decidedAt) : null,
});

export async function listNotices(db: Db, f: { status?: string; source_type?: string; cursor?: string; limit?: number }): Promise<Page<ReturnType<typeof present>>> {
  const limit = f.limit ?? 50;
  const before = decodeCursor<string>(f.cursor, 'string');
  const where: SQL[] = [];
  if (before) where.push(lt(notice.receivedAt, new Date(before)));
  if (f.status) where.push(eq(notice.status, f.status));
  if (f.source_type) where.push(eq(notice.sourceType, f.source_type));
  const rows = await db.select().from(notice).where(and(...where)).orderBy(desc(notice.receivedAt)).limit(limit + 1);
  const more = rows.length > limit;
  const items = (more ? rows.slice(0, limit) : rows).map(present);
  return { items, next_cursor: more ? encodeCursor(items[items.length - 1]!.received_at) : null };
}

export async function getNotice(db: Db, id: string) {
  const [n] = await db.select().from(notice).where(eq(notice.id, id));
  if (!n) return null;
  const locations = await db.select().from(noticeLocation).where(eq(noticeLocation.noticeId, id)).orderBy(noticeLocation.position);
  const files = await db.select().from(evidenceFile).where(and(eq(evidenceFile.ownerType, 'notice'), eq(evidenceFile.ownerId, id)));
  return {
    ...present(n),
    locations: locations.map((l) => ({ url: l.url, item: l.itemKind ? { kind: l.itemKind, id: l.itemId } : null, case_id: l.caseId })),
    evidence: files.map((f) => ({ id: f.id, sha256: f.sha256, content_type: f.contentType, bytes: f.bytes, file_name: f.fileName })),
  };
}
