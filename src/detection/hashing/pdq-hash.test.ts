import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../core/errors.js';
import {
  emptyPdqHash, getPdqBit, hammingDistance, isDegeneratePdqHash, parsePdqHex, pdqHashToHex, popcount32, setPdqBit,
  tryParsePdqHex,
} from './pdq-hash.js';

const hex = (s: string) => {
  const r = tryParsePdqHex(s);
  if (!r.ok) throw new Error(r.reason);
  return r.hash;
};

describe('PDQ hash text layout', () => {
  it('puts bit 16·i + j at the position of the Java Hash256 hex (word 15 first)', () => {
    const h = emptyPdqHash();
    setPdqBit(h, 0); // DCT (0, 0): lowest bit of the last hex digit
    expect(pdqHashToHex(h)).toBe('0'.repeat(63) + '1');
    const g = emptyPdqHash();
    setPdqBit(g, 16); // DCT (1, 0): lowest bit of 16-bit word 1
    expect(pdqHashToHex(g)).toBe('0'.repeat(56) + '00010000');
    const top = emptyPdqHash();
    setPdqBit(top, 255); // DCT (15, 15): highest bit, first hex digit
    expect(pdqHashToHex(top)).toBe('8' + '0'.repeat(63));
  });

  it('round-trips hex, accepting upper case and surrounding blanks', () => {
    const s = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
    expect(pdqHashToHex(hex(s))).toBe(s);
    expect(pdqHashToHex(hex(`  ${s.toUpperCase()}\n`))).toBe(s);
    expect(getPdqBit(hex(s), 1)).toBe(true); // ...22 → bit 1 set, bit 0 clear
    expect(getPdqBit(hex(s), 0)).toBe(false);
  });

  it('refuses wrong lengths and non-hex characters with a reason', () => {
    expect(tryParsePdqHex('abc')).toEqual({ ok: false, reason: expect.stringContaining('64 hex digits') });
    expect(tryParsePdqHex('g'.repeat(64))).toEqual({ ok: false, reason: expect.stringContaining('hex digits') });
    expect(tryParsePdqHex('0x' + '0'.repeat(62))).toMatchObject({ ok: false });
    try {
      parsePdqHex('nope', 'banks.0.hash');
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.code === 'invalid_body' && e.details?.[0]?.path === 'banks.0.hash').toBe(true);
    }
  });
});

describe('Hamming distance', () => {
  // Pairs and distances asserted in the ThreatExchange repository (hashtool256 regression
  // output, python-threatexchange test_pdq_utils.py, HMA's /m/compare test).
  const pairs: [string, string, number][] = [
    ['2b9c22a4d7d2244ce402fcc9dbe8e643356ac12184af5d6c7f19aec7c422ce38', '2b9c22a4d8d2244ce402fcc9dbe8e643356ac12184af5d6c7f19aec7c422ce38', 4],
    ['2b9c22a4d7d2244ce402fcc9dbe8e643356ac12184af5d6c7f19aec7c422ce38', 'f01a16252f5906ed468061d06ec37ba206c87c19282f66e29514bd305d8f4bbd', 122],
    ['0000000000000000000000000000000000000000000000000000000000000000', 'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff', 256],
    ['0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f', 'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff', 128],
    ['facd8bcb2a49bcebdec1985298d5fe84bcd006c187c598c720c3c087b3fdb318', 'facd8bcb2a49bcebdec1985228d5ae84bcd006c187c598c720c2b087b3fdb318', 9],
  ];
  it.each(pairs)('d(%s, %s) = %i', (a, b, d) => {
    expect(hammingDistance(hex(a), hex(b))).toBe(d);
    expect(hammingDistance(hex(b), hex(a))).toBe(d);
  });

  it('counts bits of any 32-bit value', () => {
    for (const [v, n] of [[0, 0], [1, 1], [0xffffffff, 32], [0x80000000, 1], [0x12345678, 13]] as const) expect(popcount32(v)).toBe(n);
  });

  it('calls all-zero and all-one hashes degenerate', () => {
    expect(isDegeneratePdqHash(hex('0'.repeat(64)))).toBe(true);
    expect(isDegeneratePdqHash(hex('f'.repeat(64)))).toBe(true);
    expect(isDegeneratePdqHash(hex('0'.repeat(63) + '1'))).toBe(false);
  });
});
