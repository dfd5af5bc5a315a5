import { describe, expect, it } from 'vitest';
import {
  addMonthsToEpochDay, daysInMonth, epochDay, epochDayFromIso, isIsoDate, isoFromEpochDay,
  parseIsoDate, weekdayOfEpochDay,
} from './civil-date.js';

describe('civil dates', () => {
  it('round-trips epoch days', () => {
    expect(epochDay(1970, 1, 1)).toBe(0);
    expect(epochDay(2026, 4, 6)).toBe(20549);
    expect(isoFromEpochDay(20549)).toBe('2026-04-06');
    expect(epochDayFromIso('1969-12-31')).toBe(-1);
  });

  it('knows weekdays, before the epoch too', () => {
    expect(weekdayOfEpochDay(0)).toBe(4); // Thursday
    expect(weekdayOfEpochDay(epochDayFromIso('2026-04-06'))).toBe(1);
    expect(weekdayOfEpochDay(epochDayFromIso('1969-12-28'))).toBe(0);
  });

  it('accepts real calendar days only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-4-6')).toBe(false);
    expect(isIsoDate('2026-04-06T00:00:00Z')).toBe(false);
    expect(parseIsoDate('2026-04-06')).toEqual({ year: 2026, month: 4, day: 6 });
    expect(() => epochDayFromIso('2026-02-30')).toThrow(RangeError);
  });

  it('counts months as Regulation 1182/71 does: same date, or the last day of a shorter month', () => {
    const add = (d: string, m: number) => isoFromEpochDay(addMonthsToEpochDay(epochDayFromIso(d), m));
    expect(add('2026-03-15', 6)).toBe('2026-09-15');
    expect(add('2026-08-31', 6)).toBe('2027-02-28');
    expect(add('2027-08-31', 6)).toBe('2028-02-29');
    expect(add('2026-10-31', 3)).toBe('2027-01-31');
    expect(add('2026-12-31', -6)).toBe('2026-06-30');
    expect(add('2026-01-15', -6)).toBe('2025-07-15');
    expect(daysInMonth(2028, 2)).toBe(29);
  });
});
