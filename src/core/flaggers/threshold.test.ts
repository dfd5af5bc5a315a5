/** The Art. 22(6) trigger (TF-2): enough decided notices, and a large enough share of them unfounded. */
import { describe, expect, it } from 'vitest';
import { crossesThreshold, unfoundedShare } from './threshold.js';

const T = { minDecided: 20, unfoundedShare: 0.3 };

describe('trusted-flagger report threshold', () => {
  it('is crossed at the minimum number of decided notices and the share, not below either', () => {
    expect(crossesThreshold(20, 6, T)).toBe(true);
    expect(crossesThreshold(20, 5, T)).toBe(false);
    expect(crossesThreshold(19, 19, T)).toBe(false);
    expect(crossesThreshold(100, 100, T)).toBe(true);
  });

  it('has no share without decided notices', () => {
    expect(unfoundedShare(0, 0)).toBeNull();
    expect(crossesThreshold(0, 0, { minDecided: 0, unfoundedShare: 0.1 })).toBe(false);
    expect(unfoundedShare(4, 1)).toBe(0.25);
  });
});
