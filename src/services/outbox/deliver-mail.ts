/**
 * Delivers `mail.*` outbox rows through the mail transport. A delivered receipt confirmation marks
 * the notice acknowledged and records it in the ledger (Art. 16(4), NA-4: the time from receipt to
 * confirmation is measured from these events).
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Clock } from '../../core/clock.js';
import { SYSTEM_ACTOR } from '../../core/events.js';
import type { Db } from '../../store/database.js';
import { appendEvents, isoMs } from '../../store/ledger.js';
import { notice, outbox } from '../../store/schema/index.js';
import type { MailTransport } from '../../integrations/mail.js';
import { claimDue, markFailed } from './outbox.js';

interface MailPayload {
  to: string;
  subject: string;
  text: string;
  language?: string;
  notice_id?: string;
}

export async function deliverMailRound(db: Db, clock: Clock, transport: MailTransport, maxAttempts: number, batch = 50): Promise<{ sent: number; failed: number }> {
  const rows = await claimDue(db, clock, batch, 'mail');
  let sent = 0;
  let failed = 0;
  for (const row of rows) {
    const p = row.payload as MailPayload;
    try {
      await transport.send({ id: row.id, to: p.to, subject: p.subject, text: p.text, language: p.language });
    } catch (e) {
      failed += 1;
      await markFailed(db, clock, row, (e as Error).message, maxAttempts);
      continue;
    }
    const now = clock.now();
    await db.transaction(async (tx) => {
      await tx.update(outbox).set({ status: 'delivered', deliveredAt: now, lastError: null }).where(eq(outbox.id, row.id));
      if (row.topic === 'mail.notice_receipt' && p.notice_id) {
        const updated = await tx.update(notice).set({ acknowledgedAt: now }).where(and(eq(notice.id, p.notice_id), isNull(notice.acknowledgedAt))).returning({ id: notice.id });
        if (updated.length > 0) {
          await appendEvents(tx, clock, [{ type: 'notice.acknowledged', subject: { type: 'notice', id: p.notice_id }, actor: SYSTEM_ACTOR, payload: { notice_id: p.notice_id, acknowledged_at: isoMs(now) } }]);
        }
      }
    });
    sent += 1;
  }
  return { sent, failed };
}
