/**
 * Signed webhooks to the marketplace. The receiver checks
 * `X-Vigil-Signature: v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>` and the timestamp's age,
 * de-duplicates on `Idempotency-Key`, and orders events of one subject by `X-Vigil-Subject-Seq`.
 */
import { createHmac } from 'node:crypto';
import { request, type Dispatcher } from 'undici';
import { assertPublicUrl } from './safe-http.js';

export interface WebhookMessage {
  id: string;
  topic: string;
  subjectType: string;
  subjectId: string;
  subjectSeq: number;
  payload: unknown;
  createdAt: Date;
}

export interface DeliveryResult {
  ok: boolean;
  status: number | null;
  error: string | null;
}

export const signWebhook = (secret: string, timestamp: number, body: string): string =>
  `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

export function webhookBody(m: WebhookMessage): string {
  return JSON.stringify({
    id: m.id, topic: m.topic, subject: { type: m.subjectType, id: m.subjectId, seq: m.subjectSeq },
    created_at: m.createdAt.toISOString(), data: m.payload,
  });
}

export async function sendWebhook(url: string, secret: string, m: WebhookMessage, dispatcher: Dispatcher, allowPrivate: boolean, now = Date.now()): Promise<DeliveryResult> {
  try {
    assertPublicUrl(new URL(url), allowPrivate);
    const body = webhookBody(m);
    const ts = Math.floor(now / 1000);
    const res = await request(url, {
      method: 'POST',
      dispatcher,
      body,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Vigil-Webhooks/1',
        'idempotency-key': m.id,
        'x-vigil-event': m.topic,
        'x-vigil-subject': `${m.subjectType}:${m.subjectId}`,
        'x-vigil-subject-seq': String(m.subjectSeq),
        'x-vigil-timestamp': String(ts),
        'x-vigil-signature': signWebhook(secret, ts, body),
      },
    });
    await res.body.dump();
    const ok = res.statusCode >= 200 && res.statusCode < 300;
    return { ok, status: res.statusCode, error: ok ? null : `receiver answered ${res.statusCode}` };
  } catch (e) {
    return { ok: false, status: null, error: (e as Error).message.slice(0, 500) };
  }
}
