import { addMonthsToEpochDay } from './civil-date.js';
import { firstWorkingDayOnOrAfter } from './calendar.js';
import type { IsoDate } from './civil-date.js';
import type { MemberState } from './member-states.js';
import { endOfLocalDay, localEpochDay, startOfLocalDay } from './zoned-time.js';

/**
 * Periods in calendar days and months, counted as Regulation (EEC, Euratom) No 1182/71 counts
 * them: the day of the starting event is not counted (Art. 3(1)), and the period ends with the
 * last hour of its last day (Art. 3(2)(b)–(c)) in the local time of the member state.
 */

/** The end (23:59:59.999 local) of the `days`-th day after the local day of `from`. */
export function endOfDaysPeriod(from: Date, days: number, timeZone: string): Date {
  return endOfLocalDay(localEpochDay(from, timeZone) + days, timeZone);
}

/**
 * The end of a period of `months` months from `from`: the last hour of the day in the last month
 * bearing the same date (or that month's last day). With `rollTo`, a period ending on a weekend
 * or holiday runs to the end of the next working day (Art. 3(4)); used only where that lengthens
 * a period in the affected person's favour (the complaint window).
 */
export function endOfMonthsPeriod(
  from: Date, months: number, timeZone: string,
  rollTo?: { ms: MemberState; extraHolidays?: readonly IsoDate[] },
): Date {
  let last = addMonthsToEpochDay(localEpochDay(from, timeZone), months);
  if (rollTo) last = firstWorkingDayOnOrAfter(last, rollTo.ms, rollTo.extraHolidays ?? []);
  return endOfLocalDay(last, timeZone);
}

/**
 * The start of a lookback of `months` months before `at`: the first instant of the local day
 * bearing the same date `months` months earlier, so the whole of that day is inside.
 */
export function startOfMonthsLookback(at: Date, months: number, timeZone: string): Date {
  return startOfLocalDay(addMonthsToEpochDay(localEpochDay(at, timeZone), -months), timeZone);
}
