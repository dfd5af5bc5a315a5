/** Every queue, its policy and the options its jobs get, in one place. */
import type PgBoss from 'pg-boss';

export const QUEUES = {
  // `stately`: at most one queued and one active job, so the self-renewing delivery chain never forks.
  outboxDeliver: { name: 'outbox-deliver', policy: 'stately', retryLimit: 0, expireInSeconds: 120 },
  ledgerCheckpoint: { name: 'ledger-checkpoint', policy: 'stately', retryLimit: 3, expireInSeconds: 120 },
  tdbSubmit: { name: 'tdb-submit', policy: 'stately', retryLimit: 2, expireInSeconds: 600 },
  decisionDrift: { name: 'decision-drift', policy: 'stately', retryLimit: 2, expireInSeconds: 300 },
  // RO-4: penalties reconciled with the marketplace's live state every minute (well inside the 5-minute target).
  enforcementReconcile: { name: 'enforcement-reconcile', policy: 'stately', retryLimit: 2, expireInSeconds: 300 },
  // Detection (DET-3, DET-4, DET-6): rescans and link/image work re-queue themselves like outbox delivery.
  detectionRescan: { name: 'detection-rescan', policy: 'stately', retryLimit: 2, expireInSeconds: 300 },
  detectionEnrich: { name: 'detection-enrich', policy: 'stately', retryLimit: 2, expireInSeconds: 600 },
  detectionFeedback: { name: 'detection-feedback', policy: 'stately', retryLimit: 2, expireInSeconds: 300 },
} as const satisfies Record<string, PgBoss.Queue>;
