import { describe, expect, it } from 'vitest';
import { epochDayFromIso } from './civil-date.js';
import { EEA_MEMBER_STATES, MEMBER_STATE_TIME_ZONES } from './member-states.js';
import { endOfLocalDay, localIsoDate, startOfLocalDay } from './zoned-time.js';

/**
 * European summer time starts on the last Sunday of March and ends on the last Sunday of
 * October, at 01:00 UTC in every zone (Directive 2000/84/EC). Iceland keeps UTC all year.
 */
const CHANGES: readonly { year: number; spring: string; autumn: string }[] = [
  { year: 2025, spring: '2025-03-30', autumn: '2025-10-26' },
  { year: 2026, spring: '2026-03-29', autumn: '2026-10-25' },
  { year: 2027, spring: '2027-03-28', autumn: '2027-10-31' },
];
const HOUR = 3_600_000;
const length = (iso: string, zone: string) => {
  const d = epochDayFromIso(iso);
  return endOfLocalDay(d, zone).getTime() + 1 - startOfLocalDay(d, zone).getTime();
};

describe('days across the clock changes, in every member state', () => {
  for (const ms of EEA_MEMBER_STATES) {
    const zone = MEMBER_STATE_TIME_ZONES[ms];
    it(`${ms}: 23-hour spring days and 25-hour autumn days`, () => {
      for (const c of CHANGES) {
        expect(length(c.spring, zone)).toBe(ms === 'IS' ? 24 * HOUR : 23 * HOUR);
        expect(length(c.autumn, zone)).toBe(ms === 'IS' ? 24 * HOUR : 25 * HOUR);
        // The days either side are ordinary.
        const before = new Date(Date.parse(`${c.spring}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        expect(length(before, zone)).toBe(24 * HOUR);
      }
    });

    it(`${ms}: the last millisecond of a day and the first of the next are consecutive`, () => {
      for (const c of CHANGES) {
        for (const iso of [c.spring, c.autumn, `${c.year}-12-31`]) {
          const end = endOfLocalDay(epochDayFromIso(iso), zone);
          expect(localIsoDate(end, zone)).toBe(iso);
          expect(localIsoDate(new Date(end.getTime() + 1), zone)).not.toBe(iso);
          expect(startOfLocalDay(epochDayFromIso(iso) + 1, zone).getTime()).toBe(end.getTime() + 1);
        }
      }
    });
  }
});
