import { describe, expect, it } from 'vitest';
import { epochDay, isoFromEpochDay, weekdayOfEpochDay } from './civil-date.js';
import { orthodoxEaster, westernEaster } from './easter.js';

// Published Easter dates (church calendars), written out rather than derived.
const WESTERN: Record<number, string> = {
  1818: '1818-03-22', 1943: '1943-04-25', 2000: '2000-04-23', 2008: '2008-03-23', 2011: '2011-04-24',
  2019: '2019-04-21', 2024: '2024-03-31', 2025: '2025-04-20', 2026: '2026-04-05', 2027: '2027-03-28',
  2028: '2028-04-16', 2029: '2029-04-01', 2030: '2030-04-21', 2038: '2038-04-25', 2285: '2285-03-22',
};
const ORTHODOX: Record<number, string> = {
  2008: '2008-04-27', 2016: '2016-05-01', 2021: '2021-05-02', 2022: '2022-04-24', 2023: '2023-04-16',
  2024: '2024-05-05', 2025: '2025-04-20', 2026: '2026-04-12', 2027: '2027-05-02', 2028: '2028-04-16',
  2029: '2029-04-08', 2030: '2030-04-28',
};

describe('westernEaster', () => {
  it.each(Object.entries(WESTERN))('%s', (year, date) => {
    expect(isoFromEpochDay(westernEaster(Number(year)))).toBe(date);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    for (let y = 1900; y <= 2200; y++) {
      const e = westernEaster(y);
      expect(weekdayOfEpochDay(e)).toBe(0);
      expect(e).toBeGreaterThanOrEqual(epochDay(y, 3, 22));
      expect(e).toBeLessThanOrEqual(epochDay(y, 4, 25));
    }
  });
});

describe('orthodoxEaster', () => {
  it.each(Object.entries(ORTHODOX))('%s', (year, date) => {
    expect(isoFromEpochDay(orthodoxEaster(Number(year)))).toBe(date);
  });

  it('is always a Sunday, never before the Western Easter, between 4 April and 8 May (1900–2099)', () => {
    for (let y = 1900; y <= 2099; y++) {
      const o = orthodoxEaster(y);
      expect(weekdayOfEpochDay(o)).toBe(0);
      expect(o).toBeGreaterThanOrEqual(westernEaster(y));
      expect(o).toBeGreaterThanOrEqual(epochDay(y, 4, 4));
      expect(o).toBeLessThanOrEqual(epochDay(y, 5, 8));
    }
  });
});
