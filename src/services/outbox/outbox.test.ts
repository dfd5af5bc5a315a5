import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/clock.js';
import { safeAgent } from '../../integrations/safe-http.js';
import { signWebhook } from '../../integrations/webhook-sender.js';
import { ENGINES, openTestStore, type TestStore } from '../../../test/support/db.js';
import { deliverRound, type WebhookTarget } from './deliver.js';
import { backoffMs, countByStatus, enqueue, listByStatus, redeliver } from './outbox.js';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

describe.each(ENGINES)('outbox and signed webhooks on %s', (engine) => {
  let store: TestStore;
  let server: Server;
  let url: string;
  const received: Received[] = [];
  let failNext = 0;
  const clock = new ManualClock(new Date('2026-06-01T12:00:00Z'));
  const secret = 'a-very-long-shared-secret';

  beforeAll(async () => {
    store = await openTestStore(engine);
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        if (failNext > 0) {
          failNext -= 1;
          res.writeHead(503).end();
          return;
        }
        received.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await store?.close();
  });

  const target = (over: Partial<WebhookTarget> = {}): WebhookTarget => ({ url, secret, dispatcher: safeAgent({ allowPrivate: true }), allowPrivate: true, maxAttempts: 3, ...over });

  it('delivers signed events with per-subject sequence numbers and an idempotency key', async () => {
    await store.db.transaction(async (tx) => {
      await enqueue(tx, clock, { topic: 'listing.restricted', subject: { type: 'listing', id: 'L-1' }, payload: { visibility: 'restricted' } });
      await enqueue(tx, clock, { topic: 'listing.restored', subject: { type: 'listing', id: 'L-1' }, payload: { visibility: 'visible' } });
      await enqueue(tx, clock, { topic: 'listing.restricted', subject: { type: 'listing', id: 'L-2' }, payload: {} });
    });
    expect(await deliverRound(store.db, clock, target())).toEqual({ delivered: 3, retried: 0, dead: 0 });
    expect(received).toHaveLength(3);
    const seqs = received.map((r) => [r.headers['x-vigil-subject'], r.headers['x-vigil-subject-seq']]).sort();
    expect(seqs).toEqual([['listing:L-1', '1'], ['listing:L-1', '2'], ['listing:L-2', '1']]);
    for (const r of received) {
      const ts = Number(r.headers['x-vigil-timestamp']);
      expect(r.headers['x-vigil-signature']).toBe(signWebhook(secret, ts, r.body));
      expect(JSON.parse(r.body).id).toBe(r.headers['idempotency-key']);
    }
    expect(await deliverRound(store.db, clock, target())).toEqual({ delivered: 0, retried: 0, dead: 0 });
  });

  it('retries with backoff, dead-letters after the last attempt, and redelivers on request', async () => {
    received.length = 0;
    failNext = 100;
    await store.db.transaction((tx) => enqueue(tx, clock, { topic: 'listing.restricted', subject: { type: 'listing', id: 'L-3' }, payload: {} }));
    expect((await deliverRound(store.db, clock, target())).retried).toBe(1);
    // Not due again until its backoff has passed.
    expect((await deliverRound(store.db, clock, target())).retried).toBe(0);
    clock.advance(3_600_000);
    expect((await deliverRound(store.db, clock, target())).retried).toBe(1);
    clock.advance(3_600_000);
    expect((await deliverRound(store.db, clock, target())).dead).toBe(1);
    const dead = await listByStatus(store.db, 'dead', undefined, 10);
    expect(dead.items).toHaveLength(1);
    expect(dead.items[0]).toMatchObject({ attempts: 3, last_error: 'receiver answered 503' });
    failNext = 0;
    await redeliver(store.db, clock, dead.items[0]!.id);
    expect((await deliverRound(store.db, clock, target())).delivered).toBe(1);
    expect(received).toHaveLength(1);
    expect(await countByStatus(store.db)).toEqual({ delivered: 4 });
  });

  it('refuses private addresses unless allowed (SSRF guard on the connected address)', async () => {
    await store.db.transaction((tx) => enqueue(tx, clock, { topic: 'x', subject: { type: 'listing', id: 'L-4' }, payload: {} }));
    const r = await deliverRound(store.db, clock, target({ allowPrivate: false, dispatcher: safeAgent({ allowPrivate: false }), url: url.replace('127.0.0.1', 'localhost') }));
    expect(r.retried).toBe(1);
    const pending = await listByStatus(store.db, 'pending', undefined, 10);
    expect(pending.items[0]!.last_error).toMatch(/private address/);
  });

  it('backs off exponentially with jitter, capped at an hour', () => {
    expect(backoffMs(1, () => 0)).toBe(2500);
    expect(backoffMs(2, () => 1)).toBe(10_000);
    expect(backoffMs(30, () => 1)).toBe(3_600_000);
  });
});
