/**
 * The worker: in-process by default, or alone as `vigil worker` against PostgreSQL, where several
 * can run at once (claims are SKIP LOCKED, effects idempotent).
 */
import type PgBoss from 'pg-boss';
import type { AppContext } from '../context.js';
import { createBoss } from './boss.js';
import { runLedgerCheckpoint } from './ledger-checkpoint.js';
import { runOutboxDelivery } from './outbox-deliver.js';
import { QUEUES } from './queues.js';
import { runTdbSubmit } from './tdb-submit.js';
import { runDecisionDrift } from './decision-drift.js';
import { runEnforcementReconcile } from './enforcement-reconcile.js';
import { runDetectionEnrich } from './detection-enrich.js';
import { runDetectionFeedback } from './detection-feedback.js';
import { runDetectionRescan } from './detection-rescan.js';

export interface Worker {
  boss: PgBoss;
  stop(): Promise<void>;
}

export async function startWorker(ctx: AppContext): Promise<Worker> {
  const boss = createBoss(ctx.store, { pollSeconds: ctx.config.jobPollSeconds });
  boss.on('error', (err: Error) => ctx.logger.error({ err }, 'job system error'));
  await boss.start();
  for (const q of Object.values(QUEUES)) await boss.createQueue(q.name, q);
  const poll = { pollingIntervalSeconds: ctx.config.jobPollSeconds, batchSize: 1 };
  const guard = (name: string, fn: () => Promise<unknown>) => async () => {
    const end = ctx.metrics.jobDuration.startTimer({ queue: name });
    try {
      await fn();
      end({ outcome: 'ok' });
    } catch (err) {
      end({ outcome: 'error' });
      ctx.logger.error({ err, queue: name }, 'job failed');
      throw err;
    }
  };
  await boss.work(QUEUES.outboxDeliver.name, poll, guard(QUEUES.outboxDeliver.name, () => runOutboxDelivery(ctx, boss)));
  await boss.work(QUEUES.ledgerCheckpoint.name, poll, guard(QUEUES.ledgerCheckpoint.name, () => runLedgerCheckpoint(ctx)));
  await boss.work(QUEUES.tdbSubmit.name, poll, guard(QUEUES.tdbSubmit.name, () => runTdbSubmit(ctx)));
  await boss.work(QUEUES.decisionDrift.name, poll, guard(QUEUES.decisionDrift.name, () => runDecisionDrift(ctx)));
  await boss.work(QUEUES.enforcementReconcile.name, poll, guard(QUEUES.enforcementReconcile.name, () => runEnforcementReconcile(ctx)));
  await boss.work(QUEUES.detectionRescan.name, poll, guard(QUEUES.detectionRescan.name, () => runDetectionRescan(ctx, boss)));
  await boss.work(QUEUES.detectionEnrich.name, poll, guard(QUEUES.detectionEnrich.name, () => runDetectionEnrich(ctx, boss)));
  await boss.work(QUEUES.detectionFeedback.name, poll, guard(QUEUES.detectionFeedback.name, () => runDetectionFeedback(ctx)));
  await boss.schedule(QUEUES.detectionRescan.name, '* * * * *');
  await boss.schedule(QUEUES.detectionEnrich.name, '* * * * *');
  await boss.schedule(QUEUES.detectionFeedback.name, '* * * * *');
  // The demo's local sandbox emulator answers at once: submit every minute there, so statements show as submitted soon.
  await boss.schedule(QUEUES.tdbSubmit.name, ctx.config.tdbLocalSandbox ? '* * * * *' : '*/5 * * * *');
  await boss.schedule(QUEUES.decisionDrift.name, '* * * * *');
  await boss.schedule(QUEUES.enforcementReconcile.name, '* * * * *');
  await boss.schedule(QUEUES.outboxDeliver.name, '* * * * *');
  await boss.schedule(QUEUES.ledgerCheckpoint.name, `*/${ctx.config.checkpointIntervalMinutes} * * * *`);
  await boss.send(QUEUES.outboxDeliver.name, {});
  // What waited while no worker ran goes out now, not at the next scheduled round.
  await boss.send(QUEUES.tdbSubmit.name, {});
  await boss.send(QUEUES.detectionRescan.name, {});
  await boss.send(QUEUES.detectionEnrich.name, {});
  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
    },
  };
}
