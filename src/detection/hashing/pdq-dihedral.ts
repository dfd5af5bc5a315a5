/**
 * The eight dihedral variants of a PDQ hash, derived from the 16×16 DCT without re-hashing the
 * image. Rotating or mirroring an image permutes and sign-flips DCT coefficients, so a listing
 * photo that a trader rotated or flipped to dodge a hash list still meets the bank entry
 * (DET-4, evasion resistance). Each variant is thresholded at its own median.
 *
 * Names and pixel meanings follow the reference tools: rot90 is a counter-clockwise quarter
 * turn, flipX mirrors top↔bottom, flipY mirrors left↔right, flipPlus1 is the transpose and
 * flipMinus1 the anti-diagonal reflection. DCT-domain variants approximate the hash of the
 * physically transformed image (within a few bits on photos), they are not bit-identical to it.
 */
import { dctToHash } from './pdq-dct.js';
import type { PdqHash } from './pdq-hash.js';

export const DIHEDRAL_NAMES = ['orig', 'rot90', 'rot180', 'rot270', 'flipX', 'flipY', 'flipPlus1', 'flipMinus1'] as const;
export type DihedralName = (typeof DIHEDRAL_NAMES)[number];

/** For source coefficient (i, j): whether the result is transposed and whether it is negated. */
const RULES: Record<DihedralName, { transpose: boolean; negate: (i: number, j: number) => boolean }> = {
  orig: { transpose: false, negate: () => false },
  rot90: { transpose: true, negate: (_i, j) => (j & 1) === 0 },
  rot180: { transpose: false, negate: (i, j) => ((i + j) & 1) === 1 },
  rot270: { transpose: true, negate: (i) => (i & 1) === 0 },
  flipX: { transpose: false, negate: (i) => (i & 1) === 0 },
  flipY: { transpose: false, negate: (_i, j) => (j & 1) === 0 },
  flipPlus1: { transpose: true, negate: () => false },
  flipMinus1: { transpose: true, negate: (i, j) => ((i + j) & 1) === 1 },
};

export const transformDct = (b: Float32Array, name: DihedralName): Float32Array => {
  const rule = RULES[name];
  const out = new Float32Array(256);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      const v = b[i * 16 + j]!;
      out[rule.transpose ? j * 16 + i : i * 16 + j] = rule.negate(i, j) ? -v : v;
    }
  }
  return out;
};

export type DihedralHashes = Record<DihedralName, PdqHash>;

export const dihedralHashesFromDct = (b: Float32Array): DihedralHashes => {
  const out = {} as DihedralHashes;
  for (const name of DIHEDRAL_NAMES) out[name] = dctToHash(transformDct(b, name));
  return out;
};
