/**
 * Webhook delivery job. Each run does a few short rounds, then queues its own successor a couple of
 * seconds later (a cron every minute restarts the chain if a crash broke it). Rows are claimed with
 * leases, so a run that outlives its expiry and is repeated sends nothing twice at once, and
 * receivers de-duplicate on the idempotency key.
 */
import type PgBoss from 'pg-boss';
import type { AppContext } from '../context.js';
import { deliverRound } from '../services/outbox/deliver.js';
import { deliverMailRound } from '../services/outbox/deliver-mail.js';
import { QUEUES } from './queues.js';

export async function runOutboxDelivery(ctx: AppContext, boss: PgBoss | null): Promise<number> {
  const target = ctx.webhookTarget;
  let total = 0;
  if (target) {
    for (let round = 0; round < 5; round++) {
      const r = await deliverRound(ctx.store.db, ctx.clock, target);
      total += r.delivered + r.retried + r.dead;
      ctx.metrics.webhookDeliveries.inc({ outcome: 'delivered' }, r.delivered);
      ctx.metrics.webhookDeliveries.inc({ outcome: 'retry' }, r.retried);
      ctx.metrics.webhookDeliveries.inc({ outcome: 'dead' }, r.dead);
      if (r.delivered + r.retried + r.dead === 0) break;
    }
  }
  for (let round = 0; round < 5; round++) {
    const m = await deliverMailRound(ctx.store.db, ctx.clock, ctx.mail, ctx.config.webhookMaxAttempts);
    total += m.sent + m.failed;
    if (m.sent + m.failed === 0) break;
  }
  await boss?.send(QUEUES.outboxDeliver.name, {}, { startAfter: ctx.config.jobPollSeconds * 2 });
  return total;
}
