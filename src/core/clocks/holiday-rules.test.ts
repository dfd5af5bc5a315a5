import { describe, expect, it } from 'vitest';
import { FRIDAY, MONDAY, SATURDAY, THURSDAY } from './civil-date.js';
import { evaluateRules, type HolidayRule } from './holiday-rules.js';
import { easter, fixed, lastWeekday, onOrAfter, orthodox } from './rule-builders.js';

const dates = (rules: HolidayRule[], year: number) => evaluateRules(rules, year).map((h) => h.date);

describe('holiday rule evaluation', () => {
  it('evaluates fixed days, Easter offsets in both reckonings, and sorts the result', () => {
    expect(dates([fixed(12, 25, 'X'), easter(-2, 'GF'), orthodox(1, 'OEM'), fixed(1, 1, 'NY')], 2026))
      .toEqual(['2026-01-01', '2026-04-03', '2026-04-13', '2026-12-25']);
  });

  it('respects from, until and except', () => {
    const rules = [fixed(5, 8, 'A', { from: 2025, until: 2027, except: [2026] })];
    expect(dates(rules, 2024)).toEqual([]);
    expect(dates(rules, 2025)).toEqual(['2025-05-08']);
    expect(dates(rules, 2026)).toEqual([]);
    expect(dates(rules, 2027)).toEqual(['2027-05-08']);
    expect(dates(rules, 2028)).toEqual([]);
    expect(dates([easter(26, 'Prayer', { until: 2023 })], 2024)).toEqual([]);
  });

  it('finds a weekday on or after a day, keeping the anchor on a listed weekday', () => {
    // Midsummer Day: the Saturday between 20 and 26 June.
    expect(dates([onOrAfter(6, 20, SATURDAY, 'M')], 2026)).toEqual(['2026-06-20']);
    expect(dates([onOrAfter(6, 20, SATURDAY, 'M')], 2027)).toEqual(['2027-06-26']);
    // Iceland's First Day of Summer: the Thursday from 19 April.
    expect(dates([onOrAfter(4, 19, THURSDAY, 'S')], 2029)).toEqual(['2029-04-19']);
    // St Brigid's Day: 1 Feb 2030 is a Friday and is kept; 1 Feb 2029 is a Thursday → Monday 5th.
    const brigid = onOrAfter(2, 1, MONDAY, 'B', { keepOn: [FRIDAY] });
    expect(dates([brigid], 2030)).toEqual(['2030-02-01']);
    expect(dates([brigid], 2029)).toEqual(['2029-02-05']);
  });

  it('finds the last weekday of a month', () => {
    expect(dates([lastWeekday(10, MONDAY, 'O')], 2026)).toEqual(['2026-10-26']);
    expect(dates([lastWeekday(5, MONDAY, 'O')], 2027)).toEqual(['2027-05-31']);
    expect(dates([lastWeekday(12, THURSDAY, 'O')], 2026)).toEqual(['2026-12-31']);
  });

  it('shifts a holiday off a given weekday', () => {
    const kings = fixed(4, 27, "King's Day", { shift: { 0: -1 } });
    expect(dates([kings], 2025)).toEqual(['2025-04-26']); // 27 April 2025 was a Sunday
    expect(dates([kings], 2026)).toEqual(['2026-04-27']);
  });

  it('gives substitute days in date order past weekends and other holidays', () => {
    const sub = { substitute: 'next-working-day' as const };
    // 2027: 24 Dec Friday, 25 Saturday, 26 Sunday → substitutes Monday 27 and Tuesday 28.
    const xmas = [fixed(12, 24, 'Eve', sub), fixed(12, 25, 'Day', sub), fixed(12, 26, 'Second', sub)];
    const h = evaluateRules(xmas, 2027);
    expect(h.map((x) => x.date)).toEqual(['2027-12-24', '2027-12-25', '2027-12-26', '2027-12-27', '2027-12-28']);
    expect(h.filter((x) => x.substitute).map((x) => x.name)).toEqual(['Day (substitute day)', 'Second (substitute day)']);
    // A weekday holiday has no substitute; a rule without `substitute` never gets one.
    expect(dates([fixed(12, 24, 'Eve', sub)], 2026)).toEqual(['2026-12-24']);
    expect(dates([fixed(12, 26, 'Second')], 2026)).toEqual(['2026-12-26']);
    // The substitute skips an Easter Monday: 1 May 2027 is a Saturday, 3 May Orthodox Easter Monday.
    expect(dates([fixed(5, 1, 'May', sub), orthodox(1, 'EM')], 2027)).toEqual(['2027-05-01', '2027-05-03', '2027-05-04']);
  });

  it('keeps one entry for two holidays on one day, naming both', () => {
    const h = evaluateRules([fixed(5, 1, 'Labour Day'), orthodox(-1, 'Holy Saturday')], 2027);
    expect(h).toEqual([{ date: '2027-05-01', name: 'Labour Day; Holy Saturday' }]);
  });
});
