import { describe, expect, it } from 'vitest';
import { EEA_MEMBER_STATES, EU_MEMBER_STATES, isMemberState, MEMBER_STATE_TIME_ZONES, type MemberState } from './member-states.js';
import { zoneOffsetMs } from './zoned-time.js';

// UTC offsets in hours on 15 January and 15 July 2026, written out per state.
const OFFSETS: Record<MemberState, [number, number]> = {
  AT: [1, 2], BE: [1, 2], BG: [2, 3], CY: [2, 3], CZ: [1, 2], DE: [1, 2], DK: [1, 2], EE: [2, 3], ES: [1, 2],
  FI: [2, 3], FR: [1, 2], GR: [2, 3], HR: [1, 2], HU: [1, 2], IE: [0, 1], IT: [1, 2], LT: [2, 3], LU: [1, 2],
  LV: [2, 3], MT: [1, 2], NL: [1, 2], PL: [1, 2], PT: [0, 1], RO: [2, 3], SE: [1, 2], SI: [1, 2], SK: [1, 2],
  IS: [0, 0], LI: [1, 2], NO: [1, 2],
};

describe('member states', () => {
  it('lists the 27 EU states and the 3 EEA states, with Greece as GR', () => {
    expect(EU_MEMBER_STATES).toHaveLength(27);
    expect(EEA_MEMBER_STATES).toHaveLength(30);
    expect(isMemberState('GR')).toBe(true);
    expect(isMemberState('EL')).toBe(false);
    expect(isMemberState('CH')).toBe(false);
    expect(isMemberState('gr')).toBe(false);
  });

  it.each(Object.entries(OFFSETS))('%s runs on its legal time', (ms, [winter, summer]) => {
    const zone = MEMBER_STATE_TIME_ZONES[ms as MemberState];
    expect(zoneOffsetMs(Date.parse('2026-01-15T12:00:00Z'), zone)).toBe(winter * 3_600_000);
    expect(zoneOffsetMs(Date.parse('2026-07-15T12:00:00Z'), zone)).toBe(summer * 3_600_000);
  });
});
