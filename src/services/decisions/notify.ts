/**
 * Telling the notifiers the decision on their notices, with redress (Art. 16(5); Art. 20 for
 * notifiers), and recording it; the notice's outcome also feeds the trusted flaggers' accuracy.
 */
import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/events.js';
import { outcomeMessage } from '../../core/notices/outcome-text.js';
import { complaintUrl } from '../../core/statements/trader-statement.js';
import type { Db } from '../../store/database.js';
import { appendEvents, isoMs } from '../../store/ledger.js';
import { notice } from '../../store/schema/index.js';
import { noticeReference, statusToken } from '../notices/intake.js';
import { enqueue } from '../outbox/outbox.js';
import type { DecisionDeps } from './deps.js';
import type { CaseSources } from './source.js';

/** The notifier's complaint link (Art. 20): their notice and its private status token identify them. */
function notifierComplaintUrl(deps: DecisionDeps, decisionId: string, noticeId: string, lang: string): string {
  const url = complaintUrl(deps.complaintUrlTemplate, decisionId, lang, deps.secret ? statusToken(deps.secret, noticeId) : null);
  return `${url}${url.includes('?') ? '&' : '?'}notice=${encodeURIComponent(noticeId)}`;
}

export async function notifyNotifiers(tx: Db, deps: DecisionDeps, actor: Actor, decisionId: string, sources: CaseSources, acted: boolean, automated: boolean): Promise<void> {
  const now = deps.clock.now();
  for (const n of sources.notices) {
    await tx.update(notice).set({ status: 'decided', outcome: acted ? 'action' : 'no_action', decidedAt: now }).where(eq(notice.id, n.id));
    if (!n.notifierEmail) continue;
    const lang = n.language ?? 'en';
    const msg = outcomeMessage(lang, { reference: noticeReference(n.id), acted, automated, complaintUrl: notifierComplaintUrl(deps, decisionId, n.id, lang), outOfCourtUrl: deps.outOfCourtUrl, complaintWindowMonths: Math.max(6, deps.complaintWindowMonths ?? 6) });
    await enqueue(tx, deps.clock, { topic: 'mail.notice_outcome', subject: { type: 'notice', id: n.id }, payload: { notice_id: n.id, decision_id: decisionId, to: n.notifierEmail, subject: msg.subject, text: msg.text, language: msg.language } });
    await appendEvents(tx, deps.clock, [{ type: 'decision.notified', subject: { type: 'decision', id: decisionId }, actor, payload: { decision_id: decisionId, recipient_role: 'notifier', notified_at: isoMs(now) } }]);
  }
}
