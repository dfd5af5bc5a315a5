/**
 * PDQ steps 5–7: quality metric, the 16×16 partial DCT of the 64×64 buffer, median threshold.
 * float32 rounding is emulated as in pdq-downsample.ts (Math.fround after every product and sum)
 * so the DCT output equals the reference value for value.
 */
import { emptyPdqHash, setPdqBit, type PdqHash } from './pdq-hash.js';

const fround = Math.fround;

/**
 * D[i][j] = sqrt(2/64)·cos(π/128·(i+1)·(2j+1)), i = 0..15, j = 0..63. Frequency 0 (DC) is
 * skipped. The scale factor is a float32 constant and the product is stored as float32.
 */
const DCT_MATRIX: Float32Array = (() => {
  const d = new Float32Array(16 * 64);
  const scale = fround(Math.sqrt(2 / 64));
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) d[i * 64 + j] = scale * Math.cos((Math.PI / 2 / 64) * (i + 1) * (2 * j + 1));
  }
  return d;
})();

/** B = D·A·Dᵀ via T = D·A, summing in ascending k as the reference does. Row-major 16×16. */
export const dct64To16 = (a: Float32Array): Float32Array => {
  const t = new Float32Array(16 * 64);
  for (let i = 0; i < 16; i++) {
    const di = i * 64;
    for (let j = 0; j < 64; j++) {
      let sum = 0;
      for (let k = 0; k < 64; k++) sum = fround(sum + fround(DCT_MATRIX[di + k]! * a[k * 64 + j]!));
      t[di + j] = sum;
    }
  }
  const b = new Float32Array(16 * 16);
  for (let i = 0; i < 16; i++) {
    const ti = i * 64;
    for (let j = 0; j < 16; j++) {
      const dj = j * 64;
      let sum = 0;
      for (let k = 0; k < 64; k++) sum = fround(sum + fround(t[ti + k]! * DCT_MATRIX[dj + k]!));
      b[i * 16 + j] = sum;
    }
  }
  return b;
};

/**
 * Gradient-based quality 0–100 on the 64×64 buffer: the sum of |trunc((u − v)·100/255)| over
 * all vertically and horizontally adjacent pairs, divided by 90. Truncating each term first
 * counts only significant gradients (the reference's tuned heuristic).
 */
export const pdqQuality = (a: Float32Array): number => {
  let sum = 0;
  for (let i = 0; i < 63; i++) {
    for (let j = 0; j < 64; j++) {
      sum += Math.abs(Math.trunc(fround(fround(fround(a[i * 64 + j]! - a[(i + 1) * 64 + j]!) * 100) / 255)));
    }
  }
  for (let i = 0; i < 64; i++) {
    for (let j = 0; j < 63; j++) {
      sum += Math.abs(Math.trunc(fround(fround(fround(a[i * 64 + j]! - a[i * 64 + j + 1]!) * 100) / 255)));
    }
  }
  return Math.min(100, Math.floor(sum / 90));
};

/** The lower median (128th smallest of 256), which is what Torben's selection returns. */
export const lowerMedian = (values: Float32Array): number => {
  const sorted = Float32Array.from(values).sort();
  return sorted[(sorted.length - 1) >> 1]!;
};

/** Bit 16·i + j is set when B[i][j] is strictly greater than the median of B. */
export const dctToHash = (b: Float32Array): PdqHash => {
  const median = lowerMedian(b);
  const hash = emptyPdqHash();
  for (let k = 0; k < 256; k++) if (b[k]! > median) setPdqBit(hash, k);
  return hash;
};
