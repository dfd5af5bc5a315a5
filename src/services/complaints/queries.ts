/**
 * Reading complaints: the queue (oldest open first), the review screen's full picture (original
 * decision and statement, evidence from both sides, history from the ledger), the complainant's
 * private status view, and the metrics of Art. 15(1)(d) (CH-6).
 */
import { and, asc, eq, gt, inArray, or, sql } from 'drizzle-orm';
import { complaintMetrics } from '../../core/complaints/metrics.js';
import { complaintReference } from '../../core/complaints/outcome.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../store/database.js';
import { isoMs, readSubject } from '../../store/ledger.js';
import { complaint, decision, decisionRedress, evidenceFile, itemSnapshot, notice, odsBody, statement } from '../../store/schema/index.js';
import { decodeCursor, encodeCursor, type Page } from '../pagination.js';
import { complaintStatusToken, sameToken } from './tokens.js';

type Row = typeof complaint.$inferSelect;

const present = (c: Row) => ({
  id: c.id, reference: complaintReference(c.id), decision_id: c.decisionId, complainant_role: c.complainantRole, basis: c.basis, category: c.category,
  detection_rule: c.detectionRule, status: c.status, received_at: isoMs(c.receivedAt), window_closes_at: isoMs(c.windowClosesAt),
  claimed_by: c.claimedBy, claim_expires_at: c.claimExpiresAt ? isoMs(c.claimExpiresAt) : null, outcome: c.outcome, decided_by: c.decidedBy,
  decided_at: c.decidedAt ? isoMs(c.decidedAt) : null,
});

export async function listComplaints(db: Db, f: { status?: string; cursor?: string; limit?: number }): Promise<Page<ReturnType<typeof present>>> {
  const limit = f.limit ?? 50;
  const after = decodeCursor<string>(f.cursor, 'string');
  const [afterAt, afterId] = after ? after.split('|') : [];
  const rows = await db.select().from(complaint)
    .where(and(f.status ? eq(complaint.status, f.status) : undefined,
      afterAt ? or(gt(complaint.receivedAt, new Date(afterAt)), and(eq(complaint.receivedAt, new Date(afterAt)), gt(complaint.id, afterId!))) : undefined))
    .orderBy(asc(complaint.receivedAt), asc(complaint.id)).limit(limit + 1);
  const items = rows.slice(0, limit).map(present);
  const last = rows.length > limit ? rows[limit - 1]! : null;
  return { items, next_cursor: last ? encodeCursor(`${isoMs(last.receivedAt)}|${last.id}`) : null };
}

const file = (e: typeof evidenceFile.$inferSelect) => ({ id: e.id, owner: `${e.ownerType}:${e.ownerId}`, file_name: e.fileName, content_type: e.contentType, bytes: e.bytes, sha256: e.sha256 });

export async function getComplaint(db: Db, id: string) {
  const [c] = await db.select().from(complaint).where(eq(complaint.id, id));
  if (!c) return null;
  const [d] = await db.select().from(decision).where(eq(decision.id, c.decisionId));
  const [st] = await db.select().from(statement).where(eq(statement.decisionId, c.decisionId));
  const notices = d && d.noticeIds.length ? await db.select().from(notice).where(inArray(notice.id, d.noticeIds)) : [];
  const complainantFiles = await db.select().from(evidenceFile).where(and(eq(evidenceFile.ownerType, 'complaint'), eq(evidenceFile.ownerId, id)));
  const noticeFiles = notices.length ? await db.select().from(evidenceFile).where(and(eq(evidenceFile.ownerType, 'notice'), inArray(evidenceFile.ownerId, notices.map((n) => n.id)))) : [];
  const snapshots = d ? await db.select().from(itemSnapshot).where(and(eq(itemSnapshot.itemKind, d.subjectKind), eq(itemSnapshot.itemId, d.subjectId))).orderBy(asc(itemSnapshot.takenAt)) : [];
  const redress = await db.select().from(decisionRedress).where(eq(decisionRedress.decisionId, c.decisionId)).orderBy(asc(decisionRedress.at));
  const history = [
    ...(await readSubject(db, 'complaint', id, 0, 500)),
    ...(d ? await readSubject(db, 'decision', d.id, 0, 500) : []),
    ...(d?.caseId ? await readSubject(db, 'case', d.caseId, 0, 500) : []),
    ...(await Promise.all(notices.map((n) => readSubject(db, 'notice', n.id, 0, 100)))).flat(),
  ].sort((a, b) => a.seq - b.seq).map((e) => ({ seq: e.seq, at: e.at, type: e.type, subject: `${e.subject_type}:${e.subject_id}`, actor: e.actor_id ? `${e.actor_kind}:${e.actor_id}` : e.actor_kind, payload: e.payload }));
  // The complainant's side and the side that led to the decision, kept apart for the reviewer.
  const complainantSide = { explanation: c.explanation, language: c.language, files: complainantFiles.map(file) };
  const otherSide = {
    notices: notices.map((n) => ({ id: n.id, source_type: n.sourceType, explanation: n.explanation, received_at: isoMs(n.receivedAt), legal_ground: n.legalGround, files: noticeFiles.filter((f) => f.ownerId === n.id).map(file) })),
    snapshots: snapshots.map((s) => ({ sha256: s.sha256, taken_at: isoMs(s.takenAt), content: s.content })),
  };
  return {
    ...present(c),
    informed_at: isoMs(c.informedAt), original_decider: c.originalDecider, reasons: c.reasons, modification: c.modification, reviewer_qualification: c.reviewerQualification,
    manifestly_unfounded: c.manifestlyUnfounded,
    decision: d ? {
      id: d.id, case_id: d.caseId, subject: { kind: d.subjectKind, id: d.subjectId }, trader_id: d.traderId, action: d.action, ground: d.ground, legal_ground: d.legalGround,
      clause: d.clauseRef, explanation: d.explanation, category: d.category, decided_by: d.decidedBy, second_reviewer: d.secondReviewer, decided_at: isoMs(d.decidedAt), status: d.status,
      automated_detection: d.automatedDetection, automated_decision: d.automatedDecision, territorial_scope: d.territorialScope,
    } : null,
    statement: st ? { puid: st.puid, status: st.status, redress_status: st.redressStatus, trader_message: st.traderMessage } : null,
    complainant_side: complainantSide,
    decision_side: otherSide,
    redress: redress.map((r) => ({ id: r.id, source: r.source, kind: r.kind, at: isoMs(r.at), effect_required: r.effectRequired, effect_confirmed_at: r.effectConfirmedAt ? isoMs(r.effectConfirmedAt) : null })),
    history,
  };
}

/** The complainant's private view: status and, once decided, the reasoned outcome with the certified bodies (CH-4, ODS-1). */
export async function complaintStatus(db: Db, secret: Buffer, id: string, token: string, outOfCourtUrl: string) {
  const [c] = await db.select().from(complaint).where(eq(complaint.id, id));
  if (!c || !sameToken(complaintStatusToken(secret, id), token)) throw new DomainError('not_found', 'complaint not found');
  const bodies = await db.select().from(odsBody).where(eq(odsBody.status, 'active')).orderBy(asc(odsBody.name));
  return {
    reference: complaintReference(c.id), status: c.status, received_at: isoMs(c.receivedAt), outcome: c.outcome, reasons: c.reasons,
    decided_at: c.decidedAt ? isoMs(c.decidedAt) : null, language: c.language,
    out_of_court: { url: outOfCourtUrl, bodies: bodies.map((b) => ({ id: b.id, name: b.name, member_states: b.memberStates, languages: b.languages, url: b.url, fee_note: b.feeNote })) },
  };
}

/** CH-6 over complaints received in [from, to). */
export async function complaintMetricsReport(db: Db, from?: Date, to?: Date) {
  const rows = await db.select().from(complaint).where(and(from ? sql`${complaint.receivedAt} >= ${from}` : undefined, to ? sql`${complaint.receivedAt} < ${to}` : undefined));
  return {
    from: from ? isoMs(from) : null, to: to ? isoMs(to) : null,
    ...complaintMetrics(rows.map((r) => ({ basis: r.basis, category: r.category, rule: r.detectionRule, reviewer: r.decidedBy, outcome: r.outcome, receivedAt: r.receivedAt, decidedAt: r.decidedAt }))),
  };
}

export async function getEvidenceFile(db: Db, id: string) {
  const [f] = await db.select().from(evidenceFile).where(eq(evidenceFile.id, id));
  return f ?? null;
}
