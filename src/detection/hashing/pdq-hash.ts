/**
 * A 256-bit PDQ hash as eight 32-bit words, least significant word first (DET-4).
 *
 * Bit k = 16·i + j is DCT coefficient (i, j): it lives in word k >>> 5 at bit k & 31. The text
 * form is the one HMA/ThreatExchange exchange in hash lists (the Java Hash256 layout): the
 * 256-bit big-endian integer, i.e. word 7 first, 64 lowercase hex digits. Keeping the same
 * layout is what lets Vigil match hashes that other platforms and NGOs share.
 */
import { DomainError } from '../../core/errors.js';

export type PdqHash = Uint32Array;

export const PDQ_HASH_WORDS = 8;
export const PDQ_HASH_BITS = 256;
export const PDQ_HEX_LENGTH = 64;

/** The documented PDQ match threshold: distance ≤ 31 is a match (ThreatExchange pdq/README). */
export const PDQ_MATCH_THRESHOLD = 31;
/** Hashes with quality below this are discarded by HMA (quality ≤ 49 is too flat to trust). */
export const PDQ_MIN_QUALITY = 50;

export const emptyPdqHash = (): PdqHash => new Uint32Array(PDQ_HASH_WORDS);

export const setPdqBit = (hash: PdqHash, k: number): void => {
  hash[k >>> 5] = (hash[k >>> 5]! | (1 << (k & 31))) >>> 0;
};

export const getPdqBit = (hash: PdqHash, k: number): boolean => ((hash[k >>> 5]! >>> (k & 31)) & 1) === 1;

/** Number of set bits in a 32-bit integer (SWAR; no BigInt, no tables, fast in V8). */
export const popcount32 = (v: number): number => {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
};

export const hammingDistance = (a: PdqHash, b: PdqHash): number => {
  let d = 0;
  for (let w = 0; w < PDQ_HASH_WORDS; w++) d += popcount32(a[w]! ^ b[w]!);
  return d;
};

export const pdqHashToHex = (hash: PdqHash): string => {
  let out = '';
  for (let w = PDQ_HASH_WORDS - 1; w >= 0; w--) out += hash[w]!.toString(16).padStart(8, '0');
  return out;
};

export type ParsedPdqHex = { ok: true; hash: PdqHash } | { ok: false; reason: string };

const HEX_RE = /^[0-9a-fA-F]{64}$/;

/** Parses 64 hex digits (either case, surrounding whitespace allowed); never throws. */
export const tryParsePdqHex = (text: string): ParsedPdqHex => {
  const s = text.trim();
  if (s.length !== PDQ_HEX_LENGTH) {
    return { ok: false, reason: `a PDQ hash has ${PDQ_HEX_LENGTH} hex digits, got ${s.length} characters` };
  }
  if (!HEX_RE.test(s)) return { ok: false, reason: 'a PDQ hash may contain only the hex digits 0-9 and a-f' };
  const hash = emptyPdqHash();
  for (let w = 0; w < PDQ_HASH_WORDS; w++) {
    const start = (PDQ_HASH_WORDS - 1 - w) * 8;
    hash[w] = parseInt(s.slice(start, start + 8), 16) >>> 0;
  }
  return { ok: true, hash };
};

/** For API and CLI input: a bad hash is the caller's mistake, reported on the field's path. */
export const parsePdqHex = (text: string, path = 'hash'): PdqHash => {
  const r = tryParsePdqHex(text);
  if (!r.ok) throw new DomainError('invalid_body', `invalid PDQ hash: ${r.reason}`, [{ path, problem: r.reason }]);
  return r.hash;
};

export const popcountHash = (hash: PdqHash): number => {
  let n = 0;
  for (let w = 0; w < PDQ_HASH_WORDS; w++) n += popcount32(hash[w]!);
  return n;
};

/**
 * All-zero (what PDQ returns for images smaller than 5 px) and all-one hashes carry no image
 * information; matching them would flag every tiny or blank image, so banks refuse them.
 */
export const isDegeneratePdqHash = (hash: PdqHash): boolean => {
  const n = popcountHash(hash);
  return n === 0 || n === PDQ_HASH_BITS;
};
