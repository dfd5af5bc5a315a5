import { describe, expect, it } from 'vitest';
import type { TdbStatement } from '../core/statements/types.js';
import { backoffMs, bisect, planBatches, submitAll, type BatchSender } from './transparency-db-batches.js';
import { classifyBatchResponse, retryAfterMs, type SubmitOutcome } from './transparency-db-responses.js';

const st = (puid: string): TdbStatement => ({ puid } as TdbStatement);
const many = (n: number, prefix = 's'): TdbStatement[] => Array.from({ length: n }, (_, i) => st(`${prefix}-${i}`));
const json = (v: unknown): string => JSON.stringify(v);

describe('planBatches and bisect', () => {
  it('cuts 250 statements into 100, 100, 50 and keeps the first of a repeated PUID', () => {
    const { batches, repeated } = planBatches([...many(250), st('s-3')]);
    expect(batches.map((b) => b.length)).toEqual([100, 100, 50]);
    expect(repeated.map((s) => s.puid)).toEqual(['s-3']);
  });

  it('never plans a batch above the TDB limit', () => {
    expect(() => planBatches(many(3), 101)).toThrow(RangeError);
    expect(() => planBatches(many(3), 0)).toThrow(RangeError);
    expect(planBatches([], 100).batches).toEqual([]);
  });

  it('halves, the first half taking the odd one', () => {
    expect(bisect([1, 2, 3, 4, 5])).toEqual([[1, 2, 3], [4, 5]]);
    expect(bisect([1])).toEqual([[1], []]);
  });

  it('backs off exponentially with jitter, capped, never below Retry-After', () => {
    const o = { baseDelayMs: 1000, maxDelayMs: 8000, random: () => 1 };
    expect([1, 2, 3, 4, 5].map((a) => backoffMs(a, o))).toEqual([1000, 2000, 4000, 8000, 8000]);
    expect(backoffMs(1, { ...o, random: () => 0 })).toBe(500);
    expect(backoffMs(1, o, 30_000)).toBe(30_000);
  });
});

describe('classifyBatchResponse (A7)', () => {
  const h = {};
  it.each<[string, number, Record<string, string>, string, SubmitOutcome['kind']]>([
    ['201 stored', 201, h, json({ statements: [{ puid: 'a', uuid: 'u' }] }), 'stored'],
    ['422 per statement', 422, h, json({ errors: { statement_1: { content_type: ['x'] } } }), 'rejected'],
    ['422 duplicate PUIDs', 422, h, json({ message: 'm', errors: { puid: ['m'], existing_puids: ['a'] } }), 'duplicate'],
    ['422 on statements', 422, h, json({ message: 'The statements field is required.', errors: { statements: ['…'] } }), 'invalid'],
    ['422 with a statement index outside the batch', 422, h, json({ errors: { statement_7: { puid: ['x'] } } }), 'invalid'],
    ['422 that is not JSON', 422, h, '<html>', 'invalid'],
    ['413 too large', 413, h, 'too large', 'invalid'],
    ['429 rate limited', 429, { 'retry-after': '7' }, 'Limit Reached. Please do not overload the API', 'retry'],
    ['500', 500, h, json({ message: 'Server Error' }), 'retry'],
    ['503', 503, h, '', 'retry'],
    ['401', 401, h, json({ message: 'Unauthenticated.' }), 'config'],
    ['403', 403, h, json({ message: 'This action is unauthorized.' }), 'config'],
    ['404 wrong base URL', 404, h, '', 'config'],
    ['302 (no Accept header, or a login redirect)', 302, h, '', 'config'],
  ])('%s', (_, status, headers, body, kind) => {
    expect(classifyBatchResponse(status, headers, body, 2).kind).toBe(kind);
  });

  it('keeps the per-statement errors by index, the duplicate PUIDs and Retry-After', () => {
    expect(classifyBatchResponse(422, {}, json({ errors: { statement_1: { content_type: ['x'] } } }), 2)).toEqual({ kind: 'rejected', errors: new Map([[1, { content_type: ['x'] }]]) });
    expect(classifyBatchResponse(422, {}, json({ errors: { existing_puids: ['a', 'b'] } }), 2)).toEqual({ kind: 'duplicate', existingPuids: ['a', 'b'] });
    expect(classifyBatchResponse(429, { 'retry-after': '7' }, 'Limit Reached. Please do not overload the API', 2)).toMatchObject({ reason: 'rate_limited', retryAfterMs: 7000, message: 'Limit Reached. Please do not overload the API' });
    expect(retryAfterMs('Wed, 01 Jan 2025 00:00:10 GMT', Date.parse('2025-01-01T00:00:00Z'))).toBe(10_000);
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});

describe('submitAll with a scripted server', () => {
  const noSleep = { sleep: async (): Promise<void> => {}, random: () => 0.5 };
  /** A server that refuses, without detail, any batch holding a bad PUID. */
  const strictServer = (bad: Set<string>, calls: number[]): BatchSender => async (batch) => {
    calls.push(batch.length);
    if (batch.some((s) => bad.has(s.puid))) return { kind: 'invalid', status: 422, message: 'The given data was invalid.' };
    return { kind: 'stored', statements: batch.map((s) => ({ puid: s.puid, uuid: `u-${s.puid}`, created_at: '', permalink: `p/${s.puid}`, self: '' })) };
  };

  it('isolates two bad statements among 100 by halving, storing the other 98', async () => {
    const calls: number[] = [];
    const { statuses } = await submitAll(strictServer(new Set(['s-3', 's-77']), calls), many(100));
    expect([...statuses.values()].filter((s) => s.status === 'stored')).toHaveLength(98);
    expect(statuses.get('s-3')).toEqual({ status: 'rejected', errors: { statements: ['The given data was invalid.'] } });
    expect(statuses.get('s-77')?.status).toBe('rejected');
    expect(calls.length).toBeLessThanOrEqual(2 * 2 * Math.ceil(Math.log2(100)) + 1);
    expect(statuses.get('s-0')).toEqual({ status: 'stored', uuid: 'u-s-0', permalink: 'p/s-0', alreadyStored: false });
  });

  it('drops the statements the server names and resends the rest at once', async () => {
    const calls: number[] = [];
    const send: BatchSender = async (batch) => {
      calls.push(batch.length);
      const i = batch.findIndex((s) => s.puid === 's-5');
      return i >= 0 ? { kind: 'rejected', errors: new Map([[i, { puid: ['The puid format is invalid.'] }]]) } : { kind: 'stored', statements: [] };
    };
    const { statuses } = await submitAll(send, many(10));
    expect(calls).toEqual([10, 9]);
    expect(statuses.get('s-5')).toEqual({ status: 'rejected', errors: { puid: ['The puid format is invalid.'] } });
  });

  it('treats PUIDs the TDB already has as stored and sends the others again', async () => {
    const calls: string[][] = [];
    const send: BatchSender = async (batch) => {
      calls.push(batch.map((s) => s.puid));
      return batch.some((s) => s.puid === 's-1') ? { kind: 'duplicate', existingPuids: ['s-1'] } : { kind: 'stored', statements: [] };
    };
    const { statuses } = await submitAll(send, many(3));
    expect(statuses.get('s-1')).toEqual({ status: 'stored', alreadyStored: true });
    expect(calls).toEqual([['s-0', 's-1', 's-2'], ['s-0', 's-2']]);
  });

  it('retries up to maxAttempts, then leaves this and every later batch pending with the reason', async () => {
    let n = 0;
    const send: BatchSender = async () => { n++; return { kind: 'retry', reason: 'server_error', status: 502, message: 'Bad Gateway' }; };
    const { statuses } = await submitAll(send, many(250), { ...noSleep, maxAttempts: 2 });
    expect(n).toBe(2);
    expect(statuses.get('s-249')).toEqual({ status: 'pending', reason: 'server_error: Bad Gateway', retryAfterMs: undefined });
  });

  it('stops at a configuration error', async () => {
    let n = 0;
    const send: BatchSender = async () => { n++; return { kind: 'config', status: 403, message: 'permission missing' }; };
    const { statuses } = await submitAll(send, many(150), noSleep);
    expect(n).toBe(1);
    expect(statuses.get('s-149')).toEqual({ status: 'config_error', message: 'permission missing' });
  });
});
