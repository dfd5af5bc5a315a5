/** Drains due outbox rows to the marketplace's webhook endpoint, in short bounded rounds. */
import type { Dispatcher } from 'undici';
import type { Clock } from '../../core/clock.js';
import type { Db } from '../../store/database.js';
import { sendWebhook, type DeliveryResult, type WebhookMessage } from '../../integrations/webhook-sender.js';
import { claimDue, markDelivered, markFailed, type OutboxRow } from './outbox.js';

export interface WebhookTarget {
  url: string;
  secret: string;
  dispatcher: Dispatcher;
  allowPrivate: boolean;
  maxAttempts: number;
}

export interface DeliveryRound {
  delivered: number;
  retried: number;
  dead: number;
}

export type Send = (row: WebhookMessage) => Promise<DeliveryResult>;

const toMessage = (r: OutboxRow): WebhookMessage => ({
  id: r.id, topic: r.topic, subjectType: r.subjectType, subjectId: r.subjectId, subjectSeq: r.subjectSeq, payload: r.payload, createdAt: r.createdAt,
});

/**
 * One round: claim up to `batch` rows, send them (a few at a time), record outcomes. Kept short so a
 * job that outlives its expiry and runs again only repeats a small, idempotent amount of work.
 */
export async function deliverRound(db: Db, clock: Clock, target: WebhookTarget, batch = 50, send?: Send): Promise<DeliveryRound> {
  const rows = await claimDue(db, clock, batch);
  const round: DeliveryRound = { delivered: 0, retried: 0, dead: 0 };
  const doSend: Send = send ?? ((m) => sendWebhook(target.url, target.secret, m, target.dispatcher, target.allowPrivate, clock.now().getTime()));
  for (let i = 0; i < rows.length; i += 8) {
    await Promise.all(rows.slice(i, i + 8).map(async (row) => {
      const result = await doSend(toMessage(row));
      if (result.ok) {
        await markDelivered(db, clock, row.id);
        round.delivered += 1;
      } else {
        const outcome = await markFailed(db, clock, row, result.error ?? 'failed', target.maxAttempts);
        round[outcome === 'dead' ? 'dead' : 'retried'] += 1;
      }
    }));
  }
  return round;
}
