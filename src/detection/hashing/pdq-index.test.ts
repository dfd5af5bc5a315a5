import { describe, expect, it } from 'vitest';
import { neighbourMasks } from './bit-neighbours.js';
import { emptyPdqHash, PDQ_HASH_WORDS, popcount32, type PdqHash } from './pdq-hash.js';
import { linearScan, PdqIndex, PdqIndexBuilder } from './pdq-index.js';

const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const randomHash = (r: () => number): PdqHash => {
  const h = emptyPdqHash();
  for (let w = 0; w < PDQ_HASH_WORDS; w++) h[w] = Math.floor(r() * 2 ** 32) >>> 0;
  return h;
};

/** Flips exactly `k` distinct random bits. */
const nearCopy = (h: PdqHash, k: number, r: () => number): PdqHash => {
  const out = Uint32Array.from(h);
  const bits = new Set<number>();
  while (bits.size < k) bits.add(Math.floor(r() * 256));
  for (const b of bits) out[b >>> 5] = (out[b >>> 5]! ^ (1 << (b & 31))) >>> 0;
  return out;
};

/**
 * Flips `k` bits spread as evenly as possible over the 16 chunks, the hardest case for
 * multi-index hashing: e.g. k = 31 puts 2 bits in 15 chunks and 1 in the last, so only one
 * chunk is within radius 1 of the query.
 */
const spreadCopy = (h: PdqHash, k: number, r: () => number): PdqHash => {
  const out = Uint32Array.from(h);
  const start = Math.floor(r() * 16);
  const used = new Set<number>();
  for (let i = 0; i < k; i++) {
    const chunk = (start + i) % 16;
    let b: number;
    do b = chunk * 16 + Math.floor(r() * 16);
    while (used.has(b));
    used.add(b);
    out[b >>> 5] = (out[b >>> 5]! ^ (1 << (b & 31))) >>> 0;
  }
  return out;
};

describe('neighbourMasks', () => {
  it.each([0, 1, 2, 3])('visits each value within radius %i exactly once', (radius) => {
    const seen = new Map<number, number>();
    for (const m of neighbourMasks(16, radius)) seen.set(0xa5c3 ^ m, (seen.get(0xa5c3 ^ m) ?? 0) + 1);
    const expected = [1, 16, 120, 560].slice(0, radius + 1).reduce((a, b) => a + b, 0);
    expect(seen.size).toBe(expected);
    for (const [v, n] of seen) {
      expect(n).toBe(1);
      expect(popcount32(v ^ 0xa5c3)).toBeLessThanOrEqual(radius);
    }
  });
});

describe('PdqIndex', () => {
  // Random hashes plus near-duplicates planted at every distance around the thresholds, so
  // both sides of each threshold and chunk-boundary cases are exercised.
  const r = rng(42);
  const hashes: PdqHash[] = [];
  for (let i = 0; i < 3000; i++) hashes.push(randomHash(r));
  const queries = Array.from({ length: 40 }, () => randomHash(r));
  for (const q of queries) {
    for (let k = 0; k <= 70; k += 1 + Math.floor(r() * 3)) hashes.push(nearCopy(q, k, r));
    for (let k = 14; k <= 82; k++) hashes.push(spreadCopy(q, k, r));
  }
  // Pathological: many entries sharing all chunks but one, and exact duplicates.
  for (let i = 0; i < 50; i++) hashes.push(Uint32Array.from(queries[0]!));
  const index = PdqIndex.fromEntries(hashes.map((hash, i) => ({ hash, label: `L${i % 7}`, source: i % 2 ? 'ngo' : 'own' })));

  it.each([0, 1, 10, 15, 16, 17, 31, 32, 47, 48, 63, 64, 79, 80, 100])('returns exactly what a linear scan returns at threshold %i', (t) => {
    let total = 0;
    for (const q of [...queries, ...Array.from({ length: 5 }, () => randomHash(r))]) {
      const got = index.search(q, t).map((m) => ({ id: m.id, distance: m.distance }));
      expect(got).toEqual(linearScan(hashes, q, t));
      expect(index.scan(q, t).map((m) => m.id)).toEqual(got.map((m) => m.id));
      total += got.length;
    }
    if (t >= 31) expect(total).toBeGreaterThan(0); // the planted copies were found
  });

  it('reports label and source of each match', () => {
    const [m] = index.search(hashes[5]!, 0).filter((x) => x.id === 5);
    expect(m).toEqual({ id: 5, distance: 0, label: 'L5', source: 'ngo' });
  });

  it('finds planted copies of a rotated image through its variants, at the closest variant', () => {
    const b = new PdqIndexBuilder();
    const banked = randomHash(r);
    b.add(banked, 'known bad', 'bank-a');
    for (let i = 0; i < 500; i++) b.add(randomHash(r), 'noise', 'bank-a');
    const idx = b.build();
    const variants = [
      { variant: 'orig', hash: randomHash(r) },
      { variant: 'rot90', hash: nearCopy(banked, 9, r) },
      { variant: 'flipX', hash: nearCopy(banked, 20, r) },
    ];
    expect(idx.searchVariants(variants)).toEqual([{ id: 0, distance: 9, label: 'known bad', source: 'bank-a', variant: 'rot90' }]);
  });

  it('grows past its initial capacity and handles an empty bank', () => {
    const b = new PdqIndexBuilder();
    for (let i = 0; i < 5000; i++) b.add(randomHash(r), 'x', 's');
    const idx = b.build();
    expect(idx.size).toBe(5000);
    expect(idx.search(idx.hashAt(4321), 0).map((m) => m.id)).toContain(4321);
    expect(new PdqIndexBuilder().build().search(randomHash(r))).toEqual([]);
  });

  it('refuses thresholds outside 0..256', () => {
    expect(() => index.search(queries[0]!, -1)).toThrow(RangeError);
    expect(() => index.search(queries[0]!, 2.5)).toThrow(RangeError);
  });
});
