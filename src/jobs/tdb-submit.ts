/** Sends pending statements of reasons to the Transparency Database; alerts when the backlog is a day old (SOR-4). */
import type { AppContext } from '../context.js';
import { TransparencyDbClient } from '../integrations/transparency-db.js';
import { statementBacklog, submitPending } from '../services/statements/submit.js';

export async function runTdbSubmit(ctx: AppContext): Promise<void> {
  const backlog = await statementBacklog(ctx.store.db, ctx.clock);
  ctx.metrics.statementBacklogAge.set(backlog.oldest_pending_age_hours);
  if (backlog.alert) ctx.logger.error({ backlog }, 'ALERT: the oldest statement of reasons not yet in the Transparency Database is 24 hours old or more');
  if (!ctx.config.tdbUrl || !ctx.config.tdbToken) return;
  const client = new TransparencyDbClient({ baseUrl: ctx.config.tdbUrl, token: ctx.config.tdbToken });
  try {
    const r = await submitPending(ctx.store.db, ctx.clock, (s) => client.submitAll(s, { maxAttempts: 2 }));
    if (r.sent) ctx.logger.info(r, 'statements submitted to the Transparency Database');
  } finally {
    await client.close();
  }
}
