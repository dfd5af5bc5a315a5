/**
 * Every XOR mask of `bits` width with at most `radius` bits set (0 first), each once: XORing a
 * value with each mask visits every value within that Hamming radius. Used by the
 * multi-index probe; cached because the same few radii are asked for on every query.
 */
const cache = new Map<string, Int32Array>();

export const neighbourMasks = (bits: number, radius: number): Int32Array => {
  const key = `${bits}:${radius}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const masks: number[] = [0];
  const extend = (mask: number, from: number, left: number): void => {
    for (let b = from; b < bits; b++) {
      const next = mask | (1 << b);
      masks.push(next);
      if (left > 1) extend(next, b + 1, left - 1);
    }
  };
  if (radius > 0) extend(0, 0, Math.min(radius, bits));
  const out = Int32Array.from(masks);
  cache.set(key, out);
  return out;
};
