/** The one metrics module: every Prometheus metric Vigil exports is declared here. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'vigil_' });
  return {
    registry,
    httpRequests: new Histogram({
      name: 'vigil_http_request_duration_seconds', help: 'HTTP request duration by route and status',
      labelNames: ['method', 'route', 'status'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], registers: [registry],
    }),
    ingestedRows: new Counter({ name: 'vigil_ingested_rows_total', help: 'Catalog rows written, by kind and outcome', labelNames: ['kind', 'status'], registers: [registry] }),
    webhookDeliveries: new Counter({ name: 'vigil_webhook_deliveries_total', help: 'Webhook delivery attempts by outcome', labelNames: ['outcome'], registers: [registry] }),
    statementBacklogAge: new Gauge({ name: 'vigil_statement_backlog_oldest_hours', help: 'Age of the oldest statement not yet in the Transparency Database', registers: [registry] }),
    unconfirmedEffects: new Gauge({ name: 'vigil_decisions_unconfirmed_effect', help: 'Restrictions past their effect deadline without confirmation', registers: [registry] }),
    effectLatency: new Histogram({ name: 'vigil_decision_effect_seconds', help: 'Time from decision to confirmed effect', buckets: [1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600], registers: [registry] }),
    enforcementDrift: new Gauge({ name: 'vigil_enforcement_drift', help: 'Penalties found unenforced or unconfirmed by the last reconciliation (RO-4)', labelNames: ['kind'], registers: [registry] }),
    jobDuration: new Histogram({ name: 'vigil_job_duration_seconds', help: 'Job run time by queue and outcome', labelNames: ['queue', 'outcome'], registers: [registry] }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
