/**
 * A bounded chaos run for penalty enforcement (RO-4), shared by the chaos test and the bench: a
 * loopback marketplace that silently drops, fails (503) or delays Vigil's enforcement webhooks,
 * driven on simulated time (a ManualClock) so an hour of operation runs in seconds. Delivery is
 * the real outbox round; confirmations go through the real HTTP API; reconciliation (if enabled)
 * runs every simulated minute, as the job does.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ManualClock } from '../../src/core/clock.js';
import { SYSTEM_ACTOR } from '../../src/core/events.js';
import { applyDecisionPenalties } from '../../src/services/enforcement/apply.js';
import { reconcile } from '../../src/services/enforcement/reconcile.js';
import { deliverRound, type WebhookTarget } from '../../src/services/outbox/deliver.js';
import { decision, listing, trader } from '../../src/store/schema/index.js';
import type { TestApp } from './app.js';

export interface ChaosOptions {
  actors: number;
  dropRate: number;
  failRate: number;
  maxDelaySeconds: number;
  reconcile: boolean;
  maxMinutes: number;
  seed: number;
}

export interface ChaosResult {
  measures: number;
  confirmed: number;
  received: number;
  dropped: number;
  failed: number;
  resent: number;
  p50Seconds: number;
  p95Seconds: number;
  simulatedMinutes: number;
}

/** Deterministic PRNG (mulberry32) seeded per message, so a chaos run is repeatable whatever the delivery order. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function seedOffenders(t: TestApp, clock: ManualClock, n: number): Promise<void> {
  const db = t.ctx.store.db;
  const now = clock.now();
  await db.insert(trader).values(Array.from({ length: n }, (_, i) => ({ id: `CT-${i}`, displayName: `Chaos trader ${i}`, status: 'active', createdAt: now, updatedAt: now })));
  await db.insert(listing).values(Array.from({ length: n * 2 }, (_, j) => ({
    id: `CL-${j}`, traderId: `CT-${j >> 1}`, sourceVersion: 1, version: 1, title: `Chaos listing ${j}`, categoryPath: [], imageUrls: [], visibility: 'visible', contentHash: `c${j}`, createdAt: now, updatedAt: now,
  })));
  for (let i = 0; i < n; i++) {
    // Even traders: two scams (warning, then a 30-day suspension); odd: one grave case (immediate termination).
    const plan = i % 2 === 0 ? [false, false] : [true];
    for (const [k, grave] of plan.entries()) {
      // A burst of decisions (10 ms apart), so every measure's clock starts before the first delivery round.
      clock.advance(10);
      const at = clock.now();
      await db.transaction(async (tx) => {
        const id = randomUUID();
        await tx.insert(decision).values({
          id, subjectKind: 'listing', subjectId: `CL-${i * 2 + k}`, traderId: `CT-${i}`, action: 'remove', visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'], territorialScope: ['EU'],
          ground: 'DECISION_GROUND_ILLEGAL_CONTENT', explanation: 'chaos decision', category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', automatedDetection: false,
          automatedDecision: 'AUTOMATED_DECISION_NOT_AUTOMATED', sourceType: 'SOURCE_ARTICLE_16', noticeIds: [], facts: { input: { threat_to_life_or_safety: grave } },
          decidedBy: 'user:chaos', decidedAt: at, appliesFrom: at, effectRequired: true, status: 'effective',
        });
        await applyDecisionPenalties(tx, clock, SYSTEM_ACTOR, id, t.ctx.config.effectTimeoutMinutes);
      });
    }
  }
}

/** FNV-1a: a message's fate depends on what it is and how often it was seen, not on arrival order. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export async function runEnforcementChaos(t: TestApp, clock: ManualClock, o: ChaosOptions): Promise<ChaosResult> {
  const seen = new Map<string, number>();
  const stats = { received: 0, dropped: 0, failed: 0 };
  const due: { at: number; url: string }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const msg = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { topic: string; data: { confirm_effect?: boolean; confirm_url?: string; actor_id?: string } };
      const key = `${msg.topic}:${msg.data.actor_id ?? ''}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      const rnd = prng(hash(`${o.seed}:${key}:${n}`));
      const r = rnd();
      if (r < o.failRate) {
        stats.failed += 1;
        res.writeHead(503).end();
        return;
      }
      res.writeHead(204).end();
      if (r < o.failRate + o.dropRate) {
        stats.dropped += 1; // accepted, then lost: the outbox believes it delivered
        return;
      }
      stats.received += 1;
      if (msg.data.confirm_effect && msg.data.confirm_url) due.push({ at: clock.now().getTime() + Math.round(rnd() * o.maxDelaySeconds * 1000), url: msg.data.confirm_url });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
  const target = { url, secret: 'chaos', allowPrivate: true, maxAttempts: 50 } as unknown as WebhookTarget;
  const send = async (m: { topic: string; payload: unknown }) => {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ topic: m.topic, data: m.payload }) });
    return r.ok ? { ok: true } : { ok: false, error: `HTTP ${r.status}` };
  };
  const key = t.keys.integration;
  let resent = 0;
  const q = async <T>(sql: string) => (await t.ctx.store.query<T>(sql)).rows;
  try {
    await seedOffenders(t, clock, o.actors);
    const start = clock.now().getTime();
    const step = 15_000;
    for (let tick = 0; (clock.now().getTime() - start) / 60_000 < o.maxMinutes; tick++) {
      for (let round = 0; round < 20; round++) {
        const r = await deliverRound(t.ctx.store.db, clock, target, 200, send as never);
        if (r.delivered + r.retried + r.dead === 0) break;
      }
      const now = clock.now().getTime();
      for (const d of due.splice(0).filter((x) => (x.at <= now ? true : (due.push(x), false)))) {
        const res = await t.app.inject({ method: 'POST', url: d.url, headers: { authorization: `Bearer ${key}` }, payload: {} });
        if (res.statusCode !== 200) throw new Error(`confirmation failed: ${res.statusCode} ${res.body}`);
      }
      if (o.reconcile && tick % 4 === 3) {
        const r = await reconcile(t.ctx.store.db, clock, SYSTEM_ACTOR, t.ctx.config.effectTimeoutMinutes);
        resent += r.unconfirmed;
      }
      const [open] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM enforcement_action WHERE effect_required AND status = 'active' AND effect_confirmed_at IS NULL`);
      const [pending] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE status = 'pending'`);
      if (open!.n === 0 && pending!.n === 0 && due.length === 0) break;
      clock.advance(step);
    }
    const lat = (await q<{ s: number }>(`SELECT EXTRACT(EPOCH FROM (effect_confirmed_at - taken_at))::float8 AS s FROM enforcement_action WHERE effect_required AND effect_confirmed_at IS NOT NULL`)).map((r) => Number(r.s)).sort((a, b) => a - b);
    const [all] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM enforcement_action WHERE effect_required`);
    const pct = (p: number) => (lat.length ? lat[Math.min(lat.length - 1, Math.ceil(lat.length * p) - 1)]! : Number.NaN);
    return {
      measures: all!.n, confirmed: lat.length, ...stats, resent, p50Seconds: pct(0.5), p95Seconds: pct(0.95),
      simulatedMinutes: Math.round((clock.now().getTime() - start) / 60_000),
    };
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
}
