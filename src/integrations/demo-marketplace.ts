/**
 * A simulated marketplace for the demo: it receives Vigil's signed webhooks on loopback, checks
 * the signature, and confirms each restriction's effect through Vigil's API a moment later — so
 * the demo shows the whole loop from notice to confirmed effect.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SimulatedMarketplace {
  url: string;
  secret: string;
  stats: { received: number; rejected: number; confirmed: number };
  connect(vigilUrl: string, apiKey: string): void;
  close(): Promise<void>;
}

export async function startSimulatedMarketplace(secret: string, delayMs = 500): Promise<SimulatedMarketplace> {
  const stats = { received: 0, rejected: 0, confirmed: 0 };
  let target: { url: string; key: string } | null = null;
  const confirm = async (decisionId: string) => confirmAt(`/api/v1/decisions/${decisionId}/effects`);
  const confirmAt = async (confirmPath: string) => {
    if (!target) return;
    const res = await fetch(`${target.url}${confirmPath}`, {
      method: 'POST', headers: { authorization: `Bearer ${target.key}`, 'content-type': 'application/json' }, body: '{}',
    }).catch(() => null);
    if (res?.ok) stats.confirmed += 1;
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const ts = String(req.headers['x-vigil-timestamp'] ?? '');
      const expected = Buffer.from(`v1=${createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex')}`);
      const given = Buffer.from(String(req.headers['x-vigil-signature'] ?? ''));
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
        stats.rejected += 1;
        res.writeHead(401).end();
        return;
      }
      stats.received += 1;
      res.writeHead(204).end();
      const msg = JSON.parse(body) as { topic: string; data: { decision_id?: string; confirm_effect?: boolean; confirm_url?: string } };
      if (msg.topic === 'decision.taken' && msg.data.confirm_effect && msg.data.decision_id) {
        // The marketplace applies the restriction, then confirms (Vigil decides, the marketplace enforces).
        setTimeout(() => void confirm(msg.data.decision_id!), delayMs);
      } else if (msg.topic.startsWith('enforcement.') && msg.data.confirm_effect && msg.data.confirm_url?.startsWith('/api/v1/enforcement/actions/')) {
        // Suspensions, terminations and lifts (Art. 23(1), RO-4): hide or restore the trader's listings, then confirm.
        setTimeout(() => void confirmAt(msg.data.confirm_url!), delayMs);
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`,
    secret,
    stats,
    connect(vigilUrl, apiKey) {
      target = { url: vigilUrl.replace(/\/$/, ''), key: apiKey };
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}
