import { describe, expect, it } from 'vitest';
import { addWorkingDays, firstWorkingDayOnOrAfter, isWorkingDay, workingDaysBetween } from './calendar.js';
import { epochDayFromIso, isoFromEpochDay } from './civil-date.js';

const at = (s: string) => new Date(s);
const due = (from: string, n: number, ms: Parameters<typeof addWorkingDays>[2], options = {}) =>
  addWorkingDays(at(from), n, ms, options).toISOString();

describe('isWorkingDay', () => {
  it('is false on weekends and public holidays, true otherwise', () => {
    expect(isWorkingDay('2026-04-03', 'DE')).toBe(false); // Good Friday
    expect(isWorkingDay('2026-04-04', 'DE')).toBe(false); // Saturday
    expect(isWorkingDay('2026-04-07', 'DE')).toBe(true);
    expect(isWorkingDay('2026-04-03', 'GR')).toBe(true); // Western Good Friday is no Greek holiday
    expect(isWorkingDay('2026-04-10', 'GR')).toBe(false); // Orthodox Good Friday
    expect(isWorkingDay('2026-06-19', 'SE')).toBe(false); // Midsummer Eve
    expect(isWorkingDay('2026-06-19', 'NO')).toBe(true);
  });

  it('places an instant on the member state\'s own calendar', () => {
    // Friday 2 Jan 2026 22:30Z is already Saturday in Athens but still Friday in Dublin.
    expect(isWorkingDay(at('2026-01-02T22:30:00Z'), 'GR')).toBe(false);
    expect(isWorkingDay(at('2026-01-02T22:30:00Z'), 'IE')).toBe(true);
  });

  it('takes operator extra holidays and refuses malformed ones', () => {
    expect(isWorkingDay('2026-01-06', 'DE')).toBe(true);
    expect(isWorkingDay('2026-01-06', 'DE', ['2026-01-06'])).toBe(false);
    expect(() => isWorkingDay('2026-01-06', 'DE', ['6.1.2026'])).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('skips the receipt day and the weekend, and ends at 23:59:59.999 local', () => {
    // Friday 9 Jan 2026, 10:00 Berlin → Mon, Tue, Wed → end of Wednesday 14 Jan (CET, UTC+1).
    expect(due('2026-01-09T09:00:00Z', 3, 'DE')).toBe('2026-01-14T22:59:59.999Z');
    expect(due('2026-01-09T09:00:00Z', 2, 'DE')).toBe('2026-01-13T22:59:59.999Z');
    expect(due('2026-01-09T09:00:00Z', 1, 'DE')).toBe('2026-01-12T22:59:59.999Z');
  });

  it('does not count the receipt day even when received one minute after midnight', () => {
    expect(due('2026-01-06T23:01:00Z', 1, 'DE')).toBe('2026-01-08T22:59:59.999Z'); // Wed 7th 00:01 local → Thu
  });

  it('moves the ±1 ms around local midnight onto the right receipt day', () => {
    // Thursday 8 Jan 23:59:59.999 Berlin counts Fri, Mon, Tue; one millisecond later it is Friday.
    expect(due('2026-01-08T22:59:59.999Z', 3, 'DE')).toBe('2026-01-13T22:59:59.999Z');
    expect(due('2026-01-08T23:00:00.000Z', 3, 'DE')).toBe('2026-01-14T22:59:59.999Z');
  });

  it('skips Easter in Germany and Orthodox Easter in Greece', () => {
    // Maundy Thursday 2 Apr 2026 → (Good Friday, weekend, Easter Monday) → Tue, Wed, Thu 9 Apr, CEST.
    expect(due('2026-04-02T12:00:00Z', 3, 'DE')).toBe('2026-04-09T21:59:59.999Z');
    // Received on Good Friday itself: the same end.
    expect(due('2026-04-03T08:00:00Z', 3, 'DE')).toBe('2026-04-09T21:59:59.999Z');
    // GPSR order in Athens on Orthodox Maundy Thursday 9 Apr 2026 → Tue 14, Wed 15 (EEST, UTC+3).
    expect(due('2026-04-09T07:00:00Z', 2, 'GR')).toBe('2026-04-15T20:59:59.999Z');
    // The same order in Germany is not delayed by Orthodox Easter.
    expect(due('2026-04-09T07:00:00Z', 2, 'DE')).toBe('2026-04-13T21:59:59.999Z');
  });

  it('skips Midsummer Eve in Sweden and Finland', () => {
    expect(due('2026-06-18T10:00:00Z', 2, 'SE')).toBe('2026-06-23T21:59:59.999Z');
    expect(due('2026-06-18T10:00:00Z', 2, 'FI')).toBe('2026-06-23T20:59:59.999Z');
    expect(due('2026-06-18T10:00:00Z', 2, 'NO')).toBe('2026-06-22T21:59:59.999Z');
  });

  it('skips Bulgarian substitute days', () => {
    // 24–26 Dec 2026 are holidays, 26 Dec is a Saturday → Monday 28 is off; Tue 29, Wed 30.
    expect(due('2026-12-23T10:00:00Z', 2, 'BG')).toBe('2026-12-30T21:59:59.999Z');
  });

  it('crosses the year boundary', () => {
    // Poland: 24–26 Dec 2026 holidays → Mon 28, Tue 29, Wed 30.
    expect(due('2026-12-23T14:00:00Z', 3, 'PL')).toBe('2026-12-30T22:59:59.999Z');
    // Finland: Thu 31 Dec 2026 counts, New Year and the weekend do not → Mon 4, Tue 5 Jan 2027.
    expect(due('2026-12-30T10:00:00Z', 3, 'FI')).toBe('2027-01-05T21:59:59.999Z');
    // Sweden: 31 Dec and Epiphany (Wed 6 Jan) do not count → Mon 4, Tue 5, Thu 7 Jan 2027.
    expect(due('2026-12-30T10:00:00Z', 3, 'SE')).toBe('2027-01-07T22:59:59.999Z');
  });

  it('runs across the spring and autumn clock changes', () => {
    // Received Friday 27 Mar 2026 (CET) → Mon 30, Tue 31 Mar, Wed 1 Apr — which ends in CEST.
    expect(due('2026-03-27T16:00:00Z', 3, 'DE')).toBe('2026-04-01T21:59:59.999Z');
    // Received Friday 23 Oct 2026 (CEST) → Mon 26, Tue 27, Wed 28 Oct — which end in CET.
    expect(due('2026-10-23T16:00:00Z', 3, 'DE')).toBe('2026-10-28T22:59:59.999Z');
    // Received on the 23-hour Sunday itself.
    expect(due('2026-03-29T01:30:00Z', 1, 'FR')).toBe('2026-03-30T21:59:59.999Z');
    // Received in the repeated hour of the 25-hour Sunday (02:30 CET, the second time round).
    expect(due('2026-10-25T01:30:00Z', 1, 'FR')).toBe('2026-10-26T22:59:59.999Z');
  });

  it('depends on the member state\'s time zone for the receipt day', () => {
    // 23:30Z on Thursday 8 Jan 2026 is Friday 01:30 in Athens but Thursday 23:30 in Dublin.
    expect(due('2026-01-08T23:30:00Z', 1, 'GR')).toBe('2026-01-12T21:59:59.999Z');
    expect(due('2026-01-08T23:30:00Z', 1, 'IE')).toBe('2026-01-09T23:59:59.999Z');
  });

  it('takes a time zone override (Canary Islands) and extra holidays (a Land holiday)', () => {
    expect(due('2026-01-08T23:30:00Z', 1, 'ES')).toBe('2026-01-12T22:59:59.999Z');
    expect(due('2026-01-08T23:30:00Z', 1, 'ES', { timeZone: 'Atlantic/Canary' })).toBe('2026-01-09T23:59:59.999Z');
    // Epiphany is a holiday in Bavaria, not federally.
    expect(due('2026-01-05T09:00:00Z', 3, 'DE')).toBe('2026-01-08T22:59:59.999Z');
    expect(due('2026-01-05T09:00:00Z', 3, 'DE', { extraHolidays: ['2026-01-06'] })).toBe('2026-01-09T22:59:59.999Z');
  });

  it('gives an instant whose local day is the last working day and whose next millisecond is not', () => {
    const end = addWorkingDays(at('2026-05-13T08:00:00Z'), 3, 'AT'); // Ascension 14th → Fri, Mon, Tue
    expect(end.toISOString()).toBe('2026-05-19T21:59:59.999Z');
    expect(isWorkingDay(end, 'AT')).toBe(true);
    expect(new Date(end.getTime() + 1).toISOString()).toBe('2026-05-19T22:00:00.000Z');
  });

  it('refuses a count that is not a positive integer', () => {
    for (const n of [0, -1, 1.5, Number.NaN]) expect(() => addWorkingDays(at('2026-01-05T09:00:00Z'), n, 'DE')).toThrow(RangeError);
    expect(() => addWorkingDays(at('2026-01-05T09:00:00Z'), 1, 'DE', { extraHolidays: ['2026-02-30'] })).toThrow(RangeError);
  });
});

describe('working-day helpers', () => {
  it('finds the first working day on or after a day', () => {
    const first = (d: string, ms: 'DE' | 'BG') => isoFromEpochDay(firstWorkingDayOnOrAfter(epochDayFromIso(d), ms));
    expect(first('2026-04-03', 'DE')).toBe('2026-04-07');
    expect(first('2026-04-07', 'DE')).toBe('2026-04-07');
    expect(first('2026-12-24', 'BG')).toBe('2026-12-29');
  });

  it('counts working days between two instants', () => {
    expect(workingDaysBetween(at('2026-04-02T12:00:00Z'), at('2026-04-09T12:00:00Z'), 'DE')).toBe(3);
    expect(workingDaysBetween(at('2026-04-09T12:00:00Z'), at('2026-04-02T12:00:00Z'), 'DE')).toBe(-3);
    expect(workingDaysBetween(at('2026-04-09T12:00:00Z'), at('2026-04-09T20:00:00Z'), 'DE')).toBe(0);
  });
});
