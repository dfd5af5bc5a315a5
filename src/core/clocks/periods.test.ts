import { describe, expect, it } from 'vitest';
import { endOfDaysPeriod, endOfMonthsPeriod, startOfMonthsLookback } from './periods.js';

const t = (s: string) => new Date(s);
const iso = (d: Date) => d.toISOString();

describe('periods in days and months (Regulation 1182/71)', () => {
  it('ends a days period at the end of the last day, not counting the start day', () => {
    expect(iso(endOfDaysPeriod(t('2026-01-10T12:00:00Z'), 1, 'Europe/Paris'))).toBe('2026-01-11T22:59:59.999Z');
    expect(iso(endOfDaysPeriod(t('2026-01-10T23:30:00Z'), 1, 'Europe/Paris'))).toBe('2026-01-12T22:59:59.999Z'); // already the 11th in Paris
    expect(iso(endOfDaysPeriod(t('2026-01-10T23:30:00Z'), 1, 'Europe/Lisbon'))).toBe('2026-01-11T23:59:59.999Z');
    expect(iso(endOfDaysPeriod(t('2026-01-10T12:00:00Z'), 90, 'Europe/Paris'))).toBe('2026-04-10T21:59:59.999Z');
  });

  it('ends a months period on the same date, or the month\'s last day', () => {
    expect(iso(endOfMonthsPeriod(t('2026-03-15T10:00:00Z'), 6, 'Europe/Rome'))).toBe('2026-09-15T21:59:59.999Z');
    expect(iso(endOfMonthsPeriod(t('2026-08-31T10:00:00Z'), 6, 'Europe/Rome'))).toBe('2027-02-28T22:59:59.999Z');
    expect(iso(endOfMonthsPeriod(t('2027-08-31T10:00:00Z'), 6, 'Europe/Rome'))).toBe('2028-02-29T22:59:59.999Z');
    expect(iso(endOfMonthsPeriod(t('2026-06-30T22:30:00Z'), 6, 'Europe/Rome'))).toBe('2027-01-01T22:59:59.999Z'); // 1 July local
  });

  it('rolls a months period ending on a day off to the next working day when asked', () => {
    // 31 Aug 2026 + 6 months = 28 Feb 2027, a Sunday → Monday 1 March.
    expect(iso(endOfMonthsPeriod(t('2026-08-31T10:00:00Z'), 6, 'Europe/Rome', { ms: 'IT' }))).toBe('2027-03-01T22:59:59.999Z');
    // 25 Jun 2026 + 6 months = Christmas → 28 Dec in Italy (26 Dec St Stephen, 27 Sunday).
    expect(iso(endOfMonthsPeriod(t('2026-06-25T10:00:00Z'), 6, 'Europe/Rome', { ms: 'IT' }))).toBe('2026-12-28T22:59:59.999Z');
    expect(iso(endOfMonthsPeriod(t('2026-06-25T10:00:00Z'), 6, 'Europe/Rome', { ms: 'IT', extraHolidays: ['2026-12-28'] }))).toBe('2026-12-29T22:59:59.999Z');
    // A working last day stays.
    expect(iso(endOfMonthsPeriod(t('2026-03-16T10:00:00Z'), 6, 'Europe/Rome', { ms: 'IT' }))).toBe('2026-09-16T21:59:59.999Z');
  });

  it('starts a lookback at the first instant of the same date months before', () => {
    expect(iso(startOfMonthsLookback(t('2026-09-15T10:00:00Z'), 6, 'Europe/Warsaw'))).toBe('2026-03-14T23:00:00.000Z');
    expect(iso(startOfMonthsLookback(t('2026-08-31T10:00:00Z'), 6, 'Europe/Warsaw'))).toBe('2026-02-27T23:00:00.000Z'); // 28 Feb
    expect(iso(startOfMonthsLookback(t('2026-01-15T10:00:00Z'), 6, 'Europe/Warsaw'))).toBe('2025-07-14T22:00:00.000Z'); // summer time
  });
});
