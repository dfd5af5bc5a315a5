import { describe, expect, it } from 'vitest';
import { epochDayFromIso } from './civil-date.js';
import { endOfLocalDay, localIsoDate, startOfLocalDay, zoneOffsetMs } from './zoned-time.js';

const day = epochDayFromIso;
const iso = (d: Date) => d.toISOString();

describe('zoned time', () => {
  it('places an instant on the local calendar', () => {
    expect(localIsoDate(new Date('2026-01-02T22:59:59.999Z'), 'Europe/Berlin')).toBe('2026-01-02');
    expect(localIsoDate(new Date('2026-01-02T23:00:00.000Z'), 'Europe/Berlin')).toBe('2026-01-03');
    expect(localIsoDate(new Date('2026-07-02T21:00:00.000Z'), 'Europe/Athens')).toBe('2026-07-03');
    expect(localIsoDate(new Date('2026-07-02T23:59:59.999Z'), 'Atlantic/Reykjavik')).toBe('2026-07-02');
  });

  it('knows the offsets, with and without summer time', () => {
    expect(zoneOffsetMs(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(3_600_000);
    expect(zoneOffsetMs(Date.parse('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(7_200_000);
    expect(zoneOffsetMs(Date.parse('2026-07-15T12:00:00.500Z'), 'Europe/Helsinki')).toBe(10_800_000);
    expect(zoneOffsetMs(Date.parse('2026-07-15T12:00:00Z'), 'Europe/Lisbon')).toBe(3_600_000);
    expect(zoneOffsetMs(Date.parse('2026-07-15T12:00:00Z'), 'Atlantic/Reykjavik')).toBe(0);
  });

  it('ends a winter and a summer day at 23:59:59.999 local', () => {
    expect(iso(endOfLocalDay(day('2026-01-07'), 'Europe/Berlin'))).toBe('2026-01-07T22:59:59.999Z');
    expect(iso(endOfLocalDay(day('2026-07-07'), 'Europe/Berlin'))).toBe('2026-07-07T21:59:59.999Z');
    expect(iso(endOfLocalDay(day('2026-07-07'), 'Europe/Dublin'))).toBe('2026-07-07T22:59:59.999Z');
    expect(iso(endOfLocalDay(day('2026-07-07'), 'Europe/Athens'))).toBe('2026-07-07T20:59:59.999Z');
  });

  it('handles the 23-hour and 25-hour days of the clock changes', () => {
    // 29 March 2026: clocks go 02:00 → 03:00 in Berlin; the day starts in CET and ends in CEST.
    expect(iso(startOfLocalDay(day('2026-03-29'), 'Europe/Berlin'))).toBe('2026-03-28T23:00:00.000Z');
    expect(iso(endOfLocalDay(day('2026-03-29'), 'Europe/Berlin'))).toBe('2026-03-29T21:59:59.999Z');
    // 25 October 2026: 03:00 → 02:00; the day starts in CEST and ends in CET.
    expect(iso(startOfLocalDay(day('2026-10-25'), 'Europe/Berlin'))).toBe('2026-10-24T22:00:00.000Z');
    expect(iso(endOfLocalDay(day('2026-10-25'), 'Europe/Berlin'))).toBe('2026-10-25T22:59:59.999Z');
    // Helsinki changes at the same UTC instant, two hours ahead.
    expect(iso(endOfLocalDay(day('2026-03-29'), 'Europe/Helsinki'))).toBe('2026-03-29T20:59:59.999Z');
  });

  it('finds the first instant of a day whose midnight a zone skips', () => {
    // America/Santiago skipped 00:00–01:00 on 2024-09-08.
    expect(iso(startOfLocalDay(day('2024-09-08'), 'America/Santiago'))).toBe('2024-09-08T04:00:00.000Z');
  });

  it('rejects an unknown zone', () => {
    expect(() => endOfLocalDay(day('2026-01-01'), 'Europe/Atlantis')).toThrow(RangeError);
  });
});
