/**
 * The one composition root: builds the store, services, keys and integrations from the config.
 * No DI container; tests pass overrides (a clock, a store) instead.
 */
import path from 'node:path';
import type { Dispatcher } from 'undici';
import type { Config } from './config.js';
import { systemClock, type Clock } from './core/clock.js';
import { createLogger, type Logger } from './logger.js';
import { createMetrics, type Metrics } from './metrics.js';
import { acquireDataDirLock, type DataDirLock } from './store/data-dir-lock.js';
import { openStore, type Store } from './store/database.js';
import { DirectoryCheckpointArchive, type CheckpointArchive } from './integrations/checkpoint-archive.js';
import { loadOrCreateLedgerKey, type LedgerKey } from './integrations/ledger-key.js';
import { safeAgent } from './integrations/safe-http.js';
import { loadOrCreateSecret } from './integrations/app-secret.js';
import { EvidenceStore } from './integrations/evidence-store.js';
import { DirectoryMailTransport, type MailTransport } from './integrations/mail.js';
import { authService, type AuthService } from './services/auth/auth-service.js';
import { catalogService, type CatalogService } from './services/catalog/index.js';
import { detectionService, type DetectionService } from './services/detection/index.js';
import type { WebhookTarget } from './services/outbox/deliver.js';

export interface AppContext {
  config: Config;
  store: Store;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
  ledgerKey: LedgerKey;
  checkpointArchive: CheckpointArchive;
  webhookTarget: WebhookTarget | null;
  auth: AuthService;
  catalog: CatalogService;
  /** Screening, rule versions, rescans, feedback loop (DET-1…DET-6); its listing hook runs in every catalog listing write. */
  detection: DetectionService;
  /** HMAC key for private links (notice status), created on first start. */
  secret: Buffer;
  evidence: EvidenceStore;
  mail: MailTransport;
  close(): Promise<void>;
}

export interface ContextOverrides {
  store?: Store;
  clock?: Clock;
  logger?: Logger;
  webhookDispatcher?: Dispatcher;
  mail?: MailTransport;
  /** What holds the embedded database (shown to a second process that is refused). */
  purpose?: string;
}

export async function createContext(config: Config, o: ContextOverrides = {}): Promise<AppContext> {
  let lock: DataDirLock | null = null;
  let store = o.store;
  if (!store) {
    if (!config.databaseUrl) lock = acquireDataDirLock(config.dataDir, o.purpose ?? 'vigil');
    try {
      store = await openStore({ databaseUrl: config.databaseUrl, dataDir: path.join(config.dataDir, 'pglite') });
      await store.migrate();
    } catch (e) {
      lock?.release();
      throw e;
    }
  }
  const clock = o.clock ?? systemClock;
  const webhookTarget: WebhookTarget | null = config.webhookUrl && config.webhookSecret
    ? {
        url: config.webhookUrl, secret: config.webhookSecret, allowPrivate: config.webhookAllowPrivate, maxAttempts: config.webhookMaxAttempts,
        dispatcher: o.webhookDispatcher ?? safeAgent({ allowPrivate: config.webhookAllowPrivate }),
      }
    : null;
  const ownedStore = !o.store;
  const s = store;
  const logger = o.logger ?? createLogger(config.logLevel);
  const detection = detectionService(s.db, clock, {
    ownDomains: config.ownDomains, rulesPollSeconds: config.rulesPollSeconds, links: config.detectionLinks, images: config.detectionImages,
    rescanBatch: config.rescanBatch,
    onReloadError: (version, err) => logger.error({ err, version }, 'rule-set version failed to load; the previous rules stay live'),
  });
  return {
    config,
    store: s,
    clock,
    logger,
    metrics: createMetrics(),
    ledgerKey: loadOrCreateLedgerKey(config.ledgerKeyFile),
    checkpointArchive: new DirectoryCheckpointArchive(config.checkpointDir),
    webhookTarget,
    auth: authService(s.db, clock, config.sessionTtlHours),
    // PostgreSQL writes a batch's rows in its own process while screening computes here.
    catalog: catalogService(s.db, clock, detection.listingHook, { overlapWrites: s.engine === 'postgres' }),
    detection,
    secret: loadOrCreateSecret(path.join(config.dataDir, 'keys', 'app-secret')),
    evidence: new EvidenceStore(path.join(config.dataDir, 'evidence')),
    mail: o.mail ?? new DirectoryMailTransport(path.join(config.dataDir, 'mail'), config.mailFrom),
    async close() {
      await detection.close();
      if (ownedStore) await s.close();
      lock?.release();
    },
  };
}
