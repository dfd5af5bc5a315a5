import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { a101 } from '../../test/fixtures/tdb/examples.js';
import { TdbEmulator } from './tdb-emulator.js';
import { isDomainError } from '../core/errors.js';
import type { TdbStatement } from '../core/statements/types.js';
import { TransparencyDbClient } from './transparency-db.js';

const TOKEN = '1|platform-a-secret';
const statements = (n: number, prefix: string): TdbStatement[] => Array.from({ length: n }, (_, i) => a101({ puid: `${prefix}-${i}` }) as unknown as TdbStatement);
const noSleep = { sleep: async (): Promise<void> => {}, random: () => 0.5 };

let tdb: TdbEmulator;
let client: TransparencyDbClient;
beforeEach(async () => {
  tdb = await TdbEmulator.start();
  client = new TransparencyDbClient({ baseUrl: tdb.url, token: TOKEN, timeoutMs: 2_000 });
});
afterEach(async () => {
  await client.close();
  await tdb.close();
});

describe('TransparencyDbClient against the emulator', () => {
  it('stores a batch and reports uuid and permalink per PUID (201)', async () => {
    const { statuses } = await client.submitAll(statements(3, 'ok'));
    expect([...statuses.values()].every((s) => s.status === 'stored' && !s.alreadyStored && typeof s.uuid === 'string')).toBe(true);
    expect(tdb.stored.map((s) => s.puid)).toEqual(['ok-0', 'ok-1', 'ok-2']);
  });

  it('1 bad statement in 40: the 39 good ones are stored, the bad one is reported with the server\'s reason', async () => {
    const batch = statements(40, 'forty');
    (batch[17] as unknown as Record<string, unknown>).content_type = [];
    const { statuses } = await client.submitAll(batch);
    expect(tdb.stored).toHaveLength(39);
    expect(statuses.get('forty-17')).toEqual({ status: 'rejected', errors: { content_type: ['The content type field is required.'] } });
    expect([...statuses.values()].filter((s) => s.status === 'stored')).toHaveLength(39);
    expect(tdb.requests.map((r) => r.statements)).toEqual([40, 39]);
  });

  it('without per-statement detail the batch is bisected until the bad one is alone', async () => {
    await tdb.close();
    tdb = await TdbEmulator.start({ perStatementErrors: false });
    client = new TransparencyDbClient({ baseUrl: tdb.url, token: TOKEN });
    const batch = statements(40, 'bisect');
    (batch[17] as unknown as Record<string, unknown>).content_type = [];
    const { statuses } = await client.submitAll(batch);
    expect(tdb.stored).toHaveLength(39);
    expect(statuses.get('bisect-17')).toEqual({ status: 'rejected', errors: { statements: ['The given data was invalid.'] } });
    // Depth first: 40 ✗ → 0–19 ✗ → 0–9 ✓, 10–19 ✗ → 10–14 ✓, 15–19 ✗ → 15–17 ✗ → 15–16 ✓, 17 ✗ alone; then 18–19 ✓, 20–39 ✓.
    expect(tdb.requests.map((r) => r.statements)).toEqual([40, 20, 10, 10, 5, 5, 3, 2, 1, 2, 20]);
  });

  it('a timeout whose batch was stored: the retry\'s duplicate-PUID answer counts as stored, nothing is stored twice', async () => {
    await client.close();
    client = new TransparencyDbClient({ baseUrl: tdb.url, token: TOKEN, timeoutMs: 300 });
    tdb.failNext(1, { kind: 'hang-after-store' });
    const { statuses } = await client.submitAll(statements(5, 'lost'), noSleep);
    expect([...statuses.values()]).toEqual(Array(5).fill({ status: 'stored', alreadyStored: true }));
    expect(tdb.stored).toHaveLength(5);
    expect(tdb.requests.map((r) => r.outcome)).toEqual(['hang', 422]);
  });

  it('429 then success: backs off once, honouring Retry-After when the server sends one', async () => {
    const slept: number[] = [];
    tdb.failNext(1, { kind: 'status', status: 429 });
    const { statuses } = await client.submitAll(statements(2, 'rl'), { sleep: async (ms) => void slept.push(ms), random: () => 0.5, baseDelayMs: 1000 });
    expect([...statuses.values()].every((s) => s.status === 'stored')).toBe(true);
    expect(slept).toEqual([750]);
    expect(tdb.requests.map((r) => r.outcome)).toEqual([429, 201]);
  });

  it('500 then success', async () => {
    tdb.failNext(1, { kind: 'status', status: 500 });
    const { statuses } = await client.submitAll(statements(2, 'five'), noSleep);
    expect([...statuses.values()].every((s) => s.status === 'stored')).toBe(true);
    expect(tdb.requests.map((r) => r.outcome)).toEqual([500, 201]);
  });

  it('a closed socket is a network failure to retry', async () => {
    tdb.failNext(1, { kind: 'close' });
    const { statuses } = await client.submitAll(statements(2, 'sock'), noSleep);
    expect([...statuses.values()].every((s) => s.status === 'stored')).toBe(true);
  });

  it('a server that stays down leaves everything pending and stops sending', async () => {
    tdb.failNext(10, { kind: 'status', status: 503 });
    const { statuses } = await client.submitAll(statements(150, 'down'), { ...noSleep, maxAttempts: 3 });
    expect(new Set([...statuses.values()].map((s) => s.status))).toEqual(new Set(['pending']));
    expect(statuses.size).toBe(150);
    expect(tdb.requests).toHaveLength(3);
  });

  it('401 is a configuration error for every statement, after one request', async () => {
    await client.close();
    client = new TransparencyDbClient({ baseUrl: tdb.url, token: '2|wrong' });
    const { statuses } = await client.submitAll(statements(120, 'auth'), noSleep);
    expect(new Set([...statuses.values()].map((s) => s.status))).toEqual(new Set(['config_error']));
    expect(tdb.requests).toHaveLength(1);
    expect(await client.ping()).toMatchObject({ kind: 'config', status: 401 });
  });

  it('checks PUIDs without following the 302', async () => {
    await client.submitAll(statements(1, 'exists'));
    expect(await client.existingPuid('exists-0')).toEqual({ kind: 'found', puid: 'exists-0' });
    expect(await client.existingPuid('missing-0')).toEqual({ kind: 'not_found', puid: 'missing-0' });
  });

  it('pings', async () => {
    expect(await client.ping()).toEqual({ kind: 'ok' });
  });

  it('reports PUIDs repeated in one submission and sends each once', async () => {
    const { statuses, repeatedPuids } = await client.submitAll([...statements(2, 'rep'), ...statements(1, 'rep')]);
    expect(repeatedPuids).toEqual(['rep-0']);
    expect(statuses.size).toBe(2);
    expect(tdb.stored).toHaveLength(2);
  });
});

describe('TransparencyDbClient: configuration and limits', () => {
  it('refuses a base URL that is not http(s) and an empty token', () => {
    for (const o of [{ baseUrl: 'not a url', token: 't' }, { baseUrl: 'ftp://x.example', token: 't' }, { baseUrl: 'https://x.example', token: '' }]) {
      try {
        new TransparencyDbClient(o);
        throw new Error('expected a failure');
      } catch (e) {
        expect(isDomainError(e) && e.code).toBe('invalid_config');
      }
    }
  });

  it('refuses batches outside 1–100 before sending', async () => {
    await expect(client.submitBatch([])).rejects.toThrow(/1–100/);
    await expect(client.submitBatch(statements(101, 'big'))).rejects.toThrow(/1–100/);
    expect(tdb.requests).toHaveLength(0);
  });

  it('an unreachable host is a network failure, not a crash', async () => {
    const port = new URL(tdb.url).port;
    await tdb.close();
    tdb = await TdbEmulator.start();
    const dead = new TransparencyDbClient({ baseUrl: `http://127.0.0.1:${port}`, token: TOKEN });
    try {
      expect(await dead.submitBatch(statements(1, 'dead'))).toMatchObject({ kind: 'retry', reason: 'network' });
    } finally {
      await dead.close();
    }
  });
});
