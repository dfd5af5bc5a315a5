import { describe, expect, it } from 'vitest';
import { publicHolidays, HOLIDAY_RULES } from './calendar.js';
import { EEA_MEMBER_STATES, type MemberState } from './member-states.js';

/**
 * Every national public holiday for 2025–2027, written out by hand from the statutes and the
 * governments' published lists (month-day; weekend holidays included). Easter Sundays used:
 * Western 20 Apr 2025, 5 Apr 2026, 28 Mar 2027; Orthodox 20 Apr 2025, 12 Apr 2026, 2 May 2027.
 */
const FULL: Partial<Record<MemberState, Record<number, string>>> = {
  DE: {
    2025: '01-01 04-18 04-21 05-01 05-29 06-09 10-03 12-25 12-26',
    2026: '01-01 04-03 04-06 05-01 05-14 05-25 10-03 12-25 12-26',
    2027: '01-01 03-26 03-29 05-01 05-06 05-17 10-03 12-25 12-26',
  },
  FR: {
    2025: '01-01 04-21 05-01 05-08 05-29 06-09 07-14 08-15 11-01 11-11 12-25',
    2026: '01-01 04-06 05-01 05-08 05-14 05-25 07-14 08-15 11-01 11-11 12-25',
    2027: '01-01 03-29 05-01 05-06 05-08 05-17 07-14 08-15 11-01 11-11 12-25',
  },
  IT: {
    2025: '01-01 01-06 04-20 04-21 04-25 05-01 06-02 08-15 11-01 12-08 12-25 12-26',
    2026: '01-01 01-06 04-05 04-06 04-25 05-01 06-02 08-15 10-04 11-01 12-08 12-25 12-26',
    2027: '01-01 01-06 03-28 03-29 04-25 05-01 06-02 08-15 10-04 11-01 12-08 12-25 12-26',
  },
  ES: {
    2025: '01-01 01-06 04-18 05-01 08-15 10-12 11-01 12-06 12-08 12-25',
    2026: '01-01 01-06 04-03 05-01 08-15 10-12 11-01 12-06 12-08 12-25',
    2027: '01-01 01-06 03-26 05-01 08-15 10-12 11-01 12-06 12-08 12-25',
  },
  PL: {
    2025: '01-01 01-06 04-20 04-21 05-01 05-03 06-08 06-19 08-15 11-01 11-11 12-24 12-25 12-26',
    2026: '01-01 01-06 04-05 04-06 05-01 05-03 05-24 06-04 08-15 11-01 11-11 12-24 12-25 12-26',
    2027: '01-01 01-06 03-28 03-29 05-01 05-03 05-16 05-27 08-15 11-01 11-11 12-24 12-25 12-26',
  },
  NL: {
    2025: '01-01 04-20 04-21 04-26 05-05 05-29 06-08 06-09 12-25 12-26',
    2026: '01-01 04-05 04-06 04-27 05-05 05-14 05-24 05-25 12-25 12-26',
    2027: '01-01 03-28 03-29 04-27 05-05 05-06 05-16 05-17 12-25 12-26',
  },
  IE: {
    2025: '01-01 02-03 03-17 04-21 05-05 06-02 08-04 10-27 12-25 12-26',
    2026: '01-01 02-02 03-17 04-06 05-04 06-01 08-03 10-26 12-25 12-26',
    2027: '01-01 02-01 03-17 03-29 05-03 06-07 08-02 10-25 12-25 12-26',
  },
  GR: {
    2025: '01-01 01-06 03-03 03-25 04-18 04-20 04-21 05-01 06-09 08-15 10-28 12-25 12-26',
    2026: '01-01 01-06 02-23 03-25 04-10 04-12 04-13 05-01 06-01 08-15 10-28 12-25 12-26',
    2027: '01-01 01-06 03-15 03-25 04-30 05-01 05-02 05-03 06-21 08-15 10-28 12-25 12-26',
  },
  SE: {
    2025: '01-01 01-06 04-18 04-20 04-21 05-01 05-29 06-06 06-08 06-20 06-21 11-01 12-24 12-25 12-26 12-31',
    2026: '01-01 01-06 04-03 04-05 04-06 05-01 05-14 05-24 06-06 06-19 06-20 10-31 12-24 12-25 12-26 12-31',
    2027: '01-01 01-06 03-26 03-28 03-29 05-01 05-06 05-16 06-06 06-25 06-26 11-06 12-24 12-25 12-26 12-31',
  },
  BG: {
    // Substitute days for fixed holidays on a weekend: 26 May and 8 Sep 2025, 25 May, 7 Sep and
    // 28 Dec 2026, 4 May (May Day on Holy Saturday, Easter Monday taken) and 27–28 Dec 2027.
    2025: '01-01 03-03 04-18 04-19 04-20 04-21 05-01 05-06 05-24 05-26 09-06 09-08 09-22 12-24 12-25 12-26',
    2026: '01-01 03-03 04-10 04-11 04-12 04-13 05-01 05-06 05-24 05-25 09-06 09-07 09-22 12-24 12-25 12-26 12-28',
    2027: '01-01 03-03 04-30 05-01 05-02 05-03 05-04 05-06 05-24 09-06 09-22 12-24 12-25 12-26 12-27 12-28',
  },
  LV: {
    // 4 May 2025 was a Sunday: Monday 5 May is the substitute day.
    2025: '01-01 04-18 04-20 04-21 05-01 05-04 05-05 06-08 06-23 06-24 11-18 12-24 12-25 12-26 12-31',
    2026: '01-01 04-03 04-05 04-06 05-01 05-04 05-24 06-23 06-24 11-18 12-24 12-25 12-26 12-31',
    2027: '01-01 03-26 03-28 03-29 05-01 05-04 05-16 06-23 06-24 11-18 12-24 12-25 12-26 12-31',
  },
  SK: {
    // 17 Nov a working day from 2025; 8 May and 15 Sep working days in 2026 only.
    2025: '01-01 01-06 04-18 04-21 05-01 05-08 07-05 08-29 09-15 11-01 12-24 12-25 12-26',
    2026: '01-01 01-06 04-03 04-06 05-01 07-05 08-29 11-01 12-24 12-25 12-26',
    2027: '01-01 01-06 03-26 03-29 05-01 05-08 07-05 08-29 09-15 11-01 12-24 12-25 12-26',
  },
};

// Spot checks for the other states: [date, expected holiday?].
const SPOT: readonly [MemberState, string, boolean][] = [
  ['AT', '2026-06-04', true], ['AT', '2026-10-26', true], ['AT', '2026-04-03', false], ['AT', '2027-12-08', true],
  ['BE', '2025-07-21', true], ['BE', '2026-11-11', true], ['BE', '2026-12-26', false], ['BE', '2027-05-17', true],
  ['CY', '2025-03-03', true], ['CY', '2026-04-01', true], ['CY', '2026-04-14', false], ['CY', '2027-06-21', true], ['CY', '2027-10-01', true],
  ['CZ', '2026-07-06', true], ['CZ', '2025-11-17', true], ['CZ', '2027-09-28', true], ['CZ', '2026-05-14', false],
  ['DK', '2026-04-02', true], ['DK', '2025-05-16', false], ['DK', '2023-05-05', true], ['DK', '2027-06-05', false],
  ['EE', '2026-02-24', true], ['EE', '2025-06-23', true], ['EE', '2027-08-20', true], ['EE', '2026-04-06', false],
  ['FI', '2025-06-20', true], ['FI', '2026-06-19', true], ['FI', '2027-12-06', true], ['FI', '2026-12-31', false],
  ['HR', '2025-06-19', true], ['HR', '2026-11-18', true], ['HR', '2027-08-05', true], ['HR', '2026-05-14', false],
  ['HU', '2026-03-15', true], ['HU', '2026-10-23', true], ['HU', '2027-03-26', true], ['HU', '2026-12-24', false],
  ['LT', '2026-02-16', true], ['LT', '2025-11-02', true], ['LT', '2027-07-06', true], ['LT', '2026-04-03', false],
  ['LU', '2025-05-09', true], ['LU', '2026-06-23', true], ['LU', '2018-05-09', false], ['LU', '2027-03-26', false],
  ['MT', '2026-02-10', true], ['MT', '2027-03-31', true], ['MT', '2026-12-13', true], ['MT', '2026-12-26', false],
  ['PT', '2026-06-04', true], ['PT', '2025-10-05', true], ['PT', '2027-12-01', true], ['PT', '2026-04-06', false],
  ['RO', '2026-01-07', true], ['RO', '2023-01-06', false], ['RO', '2027-06-21', true], ['RO', '2026-04-10', true], ['RO', '2026-04-03', false],
  ['SI', '2026-02-09', false], ['SI', '2027-02-08', true], ['SI', '2025-10-31', true], ['SI', '2026-06-25', true],
  ['IS', '2026-04-23', true], ['IS', '2027-08-02', true], ['IS', '2025-12-24', false], ['IS', '2026-06-17', true],
  ['LI', '2026-03-19', true], ['LI', '2027-09-08', true], ['LI', '2026-04-03', false], ['LI', '2027-05-27', true],
  ['NO', '2026-05-17', true], ['NO', '2027-03-25', true], ['NO', '2026-12-24', false], ['NO', '2027-05-17', true],
];

const mmdd = (ms: MemberState, year: number) => publicHolidays(ms, year).map((h) => h.date.slice(5)).join(' ');

describe('public holiday calendars', () => {
  it('covers every EU member state plus IS, LI and NO', () => {
    expect(Object.keys(HOLIDAY_RULES).sort()).toEqual([...EEA_MEMBER_STATES].sort());
    expect(EEA_MEMBER_STATES).toHaveLength(30);
  });

  for (const [ms, years] of Object.entries(FULL) as [MemberState, Record<number, string>][]) {
    for (const [year, expected] of Object.entries(years)) {
      it(`${ms} ${year}: every national holiday`, () => {
        expect(mmdd(ms, Number(year))).toBe(expected);
      });
    }
  }

  it.each(SPOT)('%s %s holiday: %s', (ms, date, expected) => {
    const year = Number(date.slice(0, 4));
    expect(publicHolidays(ms, year).some((h) => h.date === date)).toBe(expected);
  });

  it('marks substitute days and names both holidays sharing a day', () => {
    const bg2027 = publicHolidays('BG', 2027);
    expect(bg2027.find((h) => h.date === '2027-05-04')).toMatchObject({ substitute: true, name: 'Labour Day (substitute day)' });
    expect(bg2027.find((h) => h.date === '2027-05-01')?.name).toBe('Holy Saturday; Labour Day');
    expect(publicHolidays('DE', 2026).every((h) => h.substitute === undefined)).toBe(true);
  });

  it('follows the law as it changes: Polish Christmas Eve from 2025, Italian 4 October from 2026', () => {
    expect(publicHolidays('PL', 2024).some((h) => h.date === '2024-12-24')).toBe(false);
    expect(publicHolidays('IT', 2025).some((h) => h.date === '2025-10-04')).toBe(false);
    expect(publicHolidays('SK', 2023).some((h) => h.date === '2023-09-01')).toBe(true);
    expect(publicHolidays('SK', 2024).some((h) => h.date === '2024-09-01')).toBe(false);
    expect(publicHolidays('SK', 2024).some((h) => h.date === '2024-11-17')).toBe(true);
    // 27 April 2031 is a Sunday, so King's Day is kept on Saturday the 26th.
    expect(mmdd('NL', 2031)).toContain('04-26');
    expect(mmdd('NL', 2031)).not.toContain('04-27');
  });

  it('computes any year, sorted and without duplicates', () => {
    for (const ms of EEA_MEMBER_STATES) {
      for (const year of [1999, 2030, 2100]) {
        const dates = publicHolidays(ms, year).map((h) => h.date);
        expect([...dates].sort()).toEqual(dates);
        expect(new Set(dates).size).toBe(dates.length);
        expect(dates.every((d) => d.startsWith(`${year}-`))).toBe(true);
      }
    }
  });
});
