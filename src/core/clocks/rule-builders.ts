import type { Weekday } from './civil-date.js';
import type { EasterRule, FixedRule, LastWeekdayRule, WeekdayOnOrAfterRule } from './holiday-rules.js';

/** Short constructors so the calendar files read like the statutes they transcribe. */

type Bounds = Pick<FixedRule, 'from' | 'until' | 'except'>;

export const fixed = (month: number, day: number, name: string, more: Omit<FixedRule, 'kind' | 'month' | 'day' | 'name'> = {}): FixedRule =>
  ({ kind: 'fixed', month, day, name, ...more });

/** Western Easter Sunday + offset days (Good Friday −2, Easter Monday +1, Ascension +39, Whit Monday +50, Corpus Christi +60). */
export const easter = (offset: number, name: string, bounds: Bounds = {}): EasterRule =>
  ({ kind: 'easter', easter: 'western', offset, name, ...bounds });

/** Orthodox Easter Sunday + offset days (Clean Monday −48, Good Friday −2, Whit Monday +50). */
export const orthodox = (offset: number, name: string, bounds: Bounds = {}): EasterRule =>
  ({ kind: 'easter', easter: 'orthodox', offset, name, ...bounds });

export const onOrAfter = (month: number, day: number, weekday: Weekday, name: string, more: Omit<WeekdayOnOrAfterRule, 'kind' | 'month' | 'day' | 'weekday' | 'name'> = {}): WeekdayOnOrAfterRule =>
  ({ kind: 'weekday-on-or-after', month, day, weekday, name, ...more });

export const lastWeekday = (month: number, weekday: Weekday, name: string, bounds: Bounds = {}): LastWeekdayRule =>
  ({ kind: 'last-weekday', month, weekday, name, ...bounds });

// Names shared by many calendars.
export const NEW_YEAR = fixed(1, 1, "New Year's Day");
export const EPIPHANY = fixed(1, 6, 'Epiphany');
export const LABOUR_DAY = fixed(5, 1, 'Labour Day');
export const ASSUMPTION = fixed(8, 15, 'Assumption Day');
export const ALL_SAINTS = fixed(11, 1, "All Saints' Day");
export const IMMACULATE_CONCEPTION = fixed(12, 8, 'Immaculate Conception');
export const CHRISTMAS_EVE = fixed(12, 24, 'Christmas Eve');
export const CHRISTMAS = fixed(12, 25, 'Christmas Day');
export const ST_STEPHEN = fixed(12, 26, "St Stephen's Day");
export const MAUNDY_THURSDAY = easter(-3, 'Maundy Thursday');
export const GOOD_FRIDAY = easter(-2, 'Good Friday');
export const EASTER_SUNDAY = easter(0, 'Easter Sunday');
export const EASTER_MONDAY = easter(1, 'Easter Monday');
export const ASCENSION = easter(39, 'Ascension Day');
export const WHIT_SUNDAY = easter(49, 'Whit Sunday');
export const WHIT_MONDAY = easter(50, 'Whit Monday');
export const CORPUS_CHRISTI = easter(60, 'Corpus Christi');
