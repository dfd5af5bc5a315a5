import { eq } from 'drizzle-orm';
import type { Db } from '../../store/database.js';
import { isoMs } from '../../store/ledger.js';
import { decision } from '../../store/schema/index.js';

export async function getDecision(db: Db, id: string) {
  const [d] = await db.select().from(decision).where(eq(decision.id, id));
  if (!d) return null;
  return {
    id: d.id, case_id: d.caseId, subject: { kind: d.subjectKind, id: d.subjectId }, trader_id: d.traderId, action: d.action, visibility: d.visibility,
    monetary: d.monetary, provision: d.provision, account: d.account, ends_at: d.endsAt ? isoMs(d.endsAt) : null, territorial_scope: d.territorialScope,
    ground: d.ground, legal_ground: d.legalGround, clause: d.clauseRef, explanation: d.explanation, category: d.category, keyword: d.keyword,
    automated_detection: d.automatedDetection, automated_decision: d.automatedDecision, source_type: d.sourceType, notice_ids: d.noticeIds, order_id: d.orderId,
    decided_by: d.decidedBy, second_reviewer: d.secondReviewer, decided_at: isoMs(d.decidedAt), applies_from: isoMs(d.appliesFrom),
    effect_required: d.effectRequired, effect_due_at: d.effectDueAt ? isoMs(d.effectDueAt) : null, effect_confirmed_at: d.effectConfirmedAt ? isoMs(d.effectConfirmedAt) : null,
    status: d.status,
  };
}
