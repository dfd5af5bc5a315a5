/**
 * Calls `visit` with every `bits`-wide value within Hamming distance `radius` of `value`
 * (the value itself first), each exactly once. Used by the multi-index probe.
 */
export const enumerateWithinRadius = (value: number, bits: number, radius: number, visit: (v: number) => void): void => {
  visit(value);
  const flip = (v: number, from: number, left: number): void => {
    for (let b = from; b < bits; b++) {
      const next = v ^ (1 << b);
      visit(next);
      if (left > 1) flip(next, b + 1, left - 1);
    }
  };
  if (radius > 0) flip(value, 0, Math.min(radius, bits));
};
