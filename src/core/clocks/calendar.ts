import {
  epochDayFromIso, isIsoDate, isoFromEpochDay, weekdayOfEpochDay, type IsoDate,
} from './civil-date.js';
import { evaluateRules, type Holiday, type HolidayRule } from './holiday-rules.js';
import { BG, CZ, HR, HU, PL, RO, SI, SK } from './holidays-central-east.js';
import { DK, EE, FI, IS, LT, LV, NO, SE } from './holidays-north.js';
import { CY, ES, GR, IT, MT, PT } from './holidays-south.js';
import { AT, BE, DE, FR, IE, LI, LU, NL } from './holidays-west.js';
import { MEMBER_STATE_TIME_ZONES, type MemberState } from './member-states.js';
import { endOfLocalDay, localEpochDay } from './zoned-time.js';

/**
 * Working-day calendars of the EU/EEA states, for the deadlines the law counts in working days
 * (GPSR Art. 22: 3 working days for product-safety notices, 2 for authority orders; X-3).
 *
 * - Weekend = Saturday and Sunday everywhere.
 * - Public holidays are the national, country-wide ones, computed from rules (fixed dates,
 *   Western or Orthodox Easter, weekday rules, substitution days where the law moves a holiday).
 *   Regional holidays — German Länder, Spanish autonomous communities, Alsace-Moselle, Austrian
 *   or Swiss-style cantonal days — are not included unless nationwide; neither are one-off days
 *   a government declares by decree (bridge days, a moved May Day). Operators add those as an
 *   extra-holiday list per member state.
 * - Where a day is off only for some employees or by collective agreement, it counts as a working
 *   day: counting one working day too many would make Vigil report a legal deadline later than
 *   it is.
 *
 * Regulation (EEC, Euratom) No 1182/71 is how EU-law periods are counted: Art. 2(2) working days
 * are all days but public holidays, Saturdays and Sundays; Art. 2(1) the public holidays are those
 * of the member state where the action is to be taken; Art. 3(1) the day of the event that starts
 * a period is not counted; Art. 3(2)(b) a period ends with the expiry of the last hour of its last
 * day — in local time, since the days are the member state's.
 */

export type { Holiday, HolidayRule } from './holiday-rules.js';

export const HOLIDAY_RULES: Readonly<Record<MemberState, readonly HolidayRule[]>> = {
  AT, BE, BG, CY, CZ, DE, DK, EE, ES, FI, FR, GR, HR, HU, IE, IT, LT, LU, LV, MT, NL, PL, PT, RO, SE,
  SI, SK, IS, LI, NO,
};

/** Options every working-day function takes. */
export interface CalendarOptions {
  /** Operator-supplied days off for this member state (regional holidays, decreed bridge days). */
  extraHolidays?: readonly IsoDate[];
  /** IANA zone the days are counted in; defaults to the member state's (Atlantic/Canary for the Canaries). */
  timeZone?: string;
}

const cache = new Map<string, readonly Holiday[]>();

/** The national public holidays of a state in a year, sorted by date. */
export function publicHolidays(ms: MemberState, year: number): readonly Holiday[] {
  const key = `${ms}:${year}`;
  let list = cache.get(key);
  if (!list) {
    list = Object.freeze(evaluateRules(HOLIDAY_RULES[ms], year));
    cache.set(key, list);
  }
  return list;
}

export function isPublicHoliday(date: IsoDate, ms: MemberState): boolean {
  const year = Number(date.slice(0, 4));
  return publicHolidays(ms, year).some((h) => h.date === date);
}

function checkExtra(extra: readonly IsoDate[]): void {
  for (const d of extra) if (!isIsoDate(d)) throw new RangeError(`extra holiday is not a calendar date (YYYY-MM-DD): ${d}`);
}

function isWorkingEpochDay(day: number, ms: MemberState, extra: readonly IsoDate[]): boolean {
  const w = weekdayOfEpochDay(day);
  if (w === 0 || w === 6) return false;
  const iso = isoFromEpochDay(day);
  return !isPublicHoliday(iso, ms) && !extra.includes(iso);
}

/**
 * Whether a day is a working day in a member state. A `Date` is an instant and is first placed on
 * the member state's local calendar (23:30Z on a Friday is already Saturday in Athens).
 */
export function isWorkingDay(date: IsoDate | Date, ms: MemberState, extra: readonly IsoDate[] = []): boolean {
  checkExtra(extra);
  const day = typeof date === 'string' ? epochDayFromIso(date) : localEpochDay(date, MEMBER_STATE_TIME_ZONES[ms]);
  return isWorkingEpochDay(day, ms, extra);
}

function zoneOf(ms: MemberState, options: CalendarOptions): string {
  return options.timeZone ?? MEMBER_STATE_TIME_ZONES[ms];
}

/**
 * The deadline `n` working days after an instant: the receipt day itself never counts (even when
 * it is a working day and the notice came at 00:01), the next `n` working days do, and the period
 * ends at the end of the last one, 23:59:59.999 local time. A notice received on Friday in Berlin
 * with n = 3 is due at the end of Wednesday; across Easter it is due a day or two later.
 */
export function addWorkingDays(from: Date, n: number, ms: MemberState, options: CalendarOptions = {}): Date {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working days must be a positive integer, got ${n}`);
  const extra = options.extraHolidays ?? [];
  checkExtra(extra);
  const zone = zoneOf(ms, options);
  let day = localEpochDay(from, zone);
  for (let counted = 0; counted < n; ) {
    day += 1;
    if (isWorkingEpochDay(day, ms, extra)) counted += 1;
  }
  return endOfLocalDay(day, zone);
}

/**
 * The first working day on or after a local calendar day (epoch day). Art. 3(4) of Regulation
 * 1182/71 moves the end of a period that falls on a holiday or weekend to the next working day.
 */
export function firstWorkingDayOnOrAfter(day: number, ms: MemberState, extra: readonly IsoDate[] = []): number {
  checkExtra(extra);
  let d = day;
  while (!isWorkingEpochDay(d, ms, extra)) d += 1;
  return d;
}

/** Working days strictly after `from`'s local day up to and including `to`'s local day. */
export function workingDaysBetween(from: Date, to: Date, ms: MemberState, options: CalendarOptions = {}): number {
  const extra = options.extraHolidays ?? [];
  checkExtra(extra);
  const zone = zoneOf(ms, options);
  const start = localEpochDay(from, zone);
  const end = localEpochDay(to, zone);
  let count = 0;
  for (let d = start + 1; d <= end; d += 1) if (isWorkingEpochDay(d, ms, extra)) count += 1;
  return end >= start ? count : -workingDaysBetween(to, from, ms, options);
}
